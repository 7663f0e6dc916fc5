/** Applies a leaf's rule to the data a unit declared (Value, Of) and gives the computed points. */
import { cellText, isBlank, MAX_CELL_TEXT, readNumber, readYesNo } from '../basics/cells';
import { keyed, type KeyedMessage, type MessageKey, type ParamsArg } from '../messages';
import { numberProblemKey } from '../basics/problems';
import { foldKey } from '../basics/text';
import type { Cell, LeafType } from '../types';
import { calculateFormula, type FormulaInputs } from './formula';
import { TOLERANCE } from '../basics/numbers';
import { passes, type Rule } from './rule';

export interface ScoredLeaf {
  code: string;
  max: number;
  type: LeafType;
  /** The range a result of this leaf is held in: [0, Max] for a score row (lower if its rule lists a negative value), [−Max, 0] for a penalty, [0, Max] for a bonus. */
  low: number;
  high: number;
}

/** Why a Value or Of cell could not be scored, and which of the two cells to name. */
type Failure = { ok: false; cell: 'value' | 'of' } & KeyedMessage;

type Computed = { ok: true; value: number } | Failure;

function fail<K extends MessageKey>(cell: 'value' | 'of', key: K, ...params: ParamsArg<K>): Failure {
  return { ok: false, cell, ...keyed(key, ...params) };
}

function clamp(leaf: ScoredLeaf, value: number): number {
  return Math.min(leaf.high, Math.max(leaf.low, value));
}

/** Full marks of a yes/no or ratio row: a penalty row's "yes" is the whole penalty. */
function fullMarks(leaf: ScoredLeaf): number {
  return leaf.type === 'penalty' ? -leaf.max : leaf.max;
}

/**
 * The measured quantity of `bands` and `ratio`: Value ÷ Of, or Value. With `asRatio`, a Value above 1 with no Of
 * and no % sign is an error (95 typed for 95 %).
 */
function measure(value: Cell, of: Cell, asRatio: boolean): number | Failure {
  if (typeof value === 'number' && typeof of === 'number' && of !== 0) return value / of;
  if (typeof value === 'number' && (of === null || of === '') && !(asRatio && value > 1)) return value;
  const v = readNumber(value);
  if (!v.ok) return fail('value', numberProblemKey(v.problem), { text: v.text });
  if (isBlank(of)) {
    if (asRatio && !v.percent && v.value > 1)
      return fail('value', 'ratioAboveOne', { value: cellText(value) });
    return v.value;
  }
  const o = readNumber(of);
  if (!o.ok) return fail('of', numberProblemKey(o.problem), { text: o.text });
  if (o.value === 0) return fail('of', 'ofZero');
  return v.value / o.value;
}

const ASCII_NAME = /^[a-z_][a-z0-9_]*$/;
const INPUT_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * A formula's inputs: a handful of names, found by a short scan (cheaper to reuse than a Map). Cleared by a count,
 * not by emptying the arrays, so reusing it from row to row allocates nothing.
 */
export class InputList implements FormulaInputs {
  private readonly names: string[] = [];
  private readonly values: number[] = [];
  private size = 0;

  private indexOf(name: string): number {
    for (let i = 0; i < this.size; i++) if (this.names[i] === name) return i;
    return -1;
  }

  set(name: string, value: number): void {
    const at = this.indexOf(name);
    if (at >= 0) this.values[at] = value;
    else {
      this.names[this.size] = name;
      this.values[this.size] = value;
      this.size++;
    }
  }

  get(name: string): number | undefined {
    const at = this.indexOf(name);
    return at < 0 ? undefined : this.values[at];
  }

  clear(): void {
    this.size = 0;
  }
}

/**
 * The name of the input written in text[from, to), folded; null when it is not a name. Names written as the
 * formula usually has them (lower-case ASCII) are read without building a new string for each row.
 */
function inputName(text: string, from: number, to: number): string | null {
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (to - from === 1) {
    const c = text.charCodeAt(from);
    if (c >= 97 && c <= 122) return LETTERS[c - 97] as string;
  }
  const raw = text.slice(from, to);
  if (ASCII_NAME.test(raw)) return raw;
  const name = foldKey(raw);
  return INPUT_NAME.test(name) ? name : null;
}

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));

/** Digits with at most one "," or "." between `from` and `to`, spaces around allowed; NaN for anything else. */
function simpleDecimal(text: string, from: number, to: number): number {
  let value = 0;
  let scale = 0;
  let digits = 0;
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  let end = to;
  while (end > i && text.charCodeAt(end - 1) === 32) end--;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (scale > 0) scale *= 10;
    } else if ((c === 44 || c === 46) && scale === 0 && digits > 0) scale = 1;
    else return Number.NaN;
  }
  if (digits === 0 || scale === 1 || digits > 15) return Number.NaN;
  return scale > 0 ? value / scale : value;
}

/**
 * Inputs of a `formula` row: "a=10; b=7" in Value (entries split by ";" or new lines), or a plain number as
 * `value`; Of as `of`. Fills `inputs`, which the caller may reuse.
 */
function readInputs(value: Cell, of: Cell, inputs: InputList = new InputList()): InputList | Failure {
  const text = typeof value === 'string' ? value.trim() : cellText(value);
  if (text.length > MAX_CELL_TEXT) return fail('value', 'tooLong');
  if (typeof value === 'number' || !text.includes('=')) {
    const number = readNumber(value);
    if (!number.ok) return fail('value', 'badInputs', { text });
    inputs.set('value', number.value);
  } else {
    for (let start = 0; start < text.length;) {
      let end = start;
      while (end < text.length && text.charCodeAt(end) !== 59 && text.charCodeAt(end) !== 10) end++;
      const at = text.indexOf('=', start);
      if (at < 0 || at >= end) {
        if (text.slice(start, end).trim() !== '') return fail('value', 'badInputs', { text });
        start = end + 1;
        continue;
      }
      const name = inputName(text, start, at);
      if (name === null) return fail('value', 'badInputs', { text });
      let number = simpleDecimal(text, at + 1, end);
      if (Number.isNaN(number)) {
        const read = readNumber(text.slice(at + 1, end));
        if (!read.ok) return fail('value', 'badInputNumber', { name, text: text.slice(at + 1, end).trim() });
        number = read.value;
      }
      inputs.set(name, number);
      start = end + 1;
    }
  }
  if (!isBlank(of)) {
    const o = readNumber(of);
    if (!o.ok) return fail('of', numberProblemKey(o.problem), { text: o.text });
    inputs.set('of', o.value);
  }
  return inputs;
}

/** The rules whose points are computed from Value/Of (manual and survey points are typed or given). */
export type ComputedRule = Exclude<Rule, { kind: 'manual' } | { kind: 'survey' } | { kind: 'surveyRate' }>;

/**
 * The computed points of a leaf whose Value is filled, or why they cannot be computed. Allocates nothing on
 * success when the caller passes an InputList to reuse for formula rows (it is cleared first).
 */
export function computePoints(
  rule: ComputedRule,
  leaf: ScoredLeaf,
  value: Cell,
  of: Cell,
  inputs: InputList = new InputList(),
): number | Failure {
  switch (rule.kind) {
    case 'yesno': {
      const yes = readYesNo(value);
      if (yes === null) return fail('value', 'notYesNo', { text: cellText(value) });
      return yes ? fullMarks(leaf) : 0;
    }
    case 'choice': {
      const key = foldKey(typeof value === 'string' ? value : cellText(value));
      for (const option of rule.options) if (option.key === key) return clamp(leaf, option.points);
      const labels = rule.options.map((candidate) => candidate.label).join('; ');
      return fail('value', 'notAChoice', { text: cellText(value), code: leaf.code, labels });
    }
    case 'bands': {
      const q = measure(value, of, rule.usesPercent);
      if (typeof q !== 'number') return q;
      for (const band of rule.bands)
        if (band.test === null || passes(band.test, q)) return clamp(leaf, band.points);
      return fail('value', 'noBandMatches', { value: cellText(value), code: leaf.code });
    }
    case 'ratio': {
      const q = measure(value, of, true);
      if (typeof q !== 'number') return q;
      const r = Math.min(1, Math.max(0, q));
      if (rule.floor && !passes(rule.floor, r)) return 0;
      return clamp(leaf, fullMarks(leaf) * r);
    }
    case 'formula': {
      inputs.clear();
      const read = readInputs(value, of, inputs);
      if (!(read instanceof InputList)) return read;
      const result = calculateFormula(rule.expr, read);
      if (typeof result !== 'number') {
        return result.problem === 'missing-input'
          ? fail('value', 'missingInput', { name: result.name, code: leaf.code })
          : fail('value', 'divisionByZero', { code: leaf.code });
      }
      return clamp(leaf, result);
    }
  }
}

/**
 * A `survey rate` leaf's points from its Survey cell: Max × the rate, read as SIPAS is (a ratio, or percent
 * points when typed with % or above 1); null when the cell is blank; a rate outside [0, 100 %] is refused.
 */
export function surveyRatePoints(leaf: ScoredLeaf, cell: Cell): number | null | KeyedMessage {
  if (isBlank(cell)) return null;
  const number = readNumber(cell);
  if (!number.ok) return keyed(numberProblemKey(number.problem), { text: number.text });
  const rate = !number.percent && number.value > 1 ? number.value / 100 : number.value;
  if (rate < -TOLERANCE || rate > 1 + TOLERANCE)
    return keyed('surveyRateOutOfRange', { text: cellText(cell), code: leaf.code });
  return clamp(leaf, fullMarks(leaf) * rate);
}

/** computePoints as a result object, for callers that prefer one shape. */
export function computeLeaf(rule: ComputedRule, leaf: ScoredLeaf, value: Cell, of: Cell): Computed {
  const points = computePoints(rule, leaf, value, of);
  return typeof points === 'number' ? { ok: true, value: points } : points;
}
