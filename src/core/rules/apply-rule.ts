/** Applies a leaf's rule to the data a unit declared (Value, Of) and gives the computed points. */
import { cellText, isBlank, MAX_CELL_TEXT, readNumber, readYesNo } from '../cells';
import type { MessageKey } from '../messages';
import { numberProblemKey } from '../problems';
import { foldKey } from '../text';
import type { Cell, LeafType } from '../types';
import { calculateFormula } from './formula';
import { passes, type Rule } from './rule';

export interface ScoredLeaf {
  code: string;
  max: number;
  type: LeafType;
  /** The range a result of this leaf is held in: [0, Max] for a score row (lower if its rule lists a negative value), [−Max, 0] for a penalty, [0, Max] for a bonus. */
  low: number;
  high: number;
}

type Params = Record<string, string | number>;
export type Computed =
  { ok: true; value: number } | { ok: false; cell: 'value' | 'of'; key: MessageKey; params: Params };

function fail(cell: 'value' | 'of', key: MessageKey, params: Params = {}): Computed {
  return { ok: false, cell, key, params };
}

function clamp(leaf: ScoredLeaf, value: number): Computed {
  return { ok: true, value: Math.min(leaf.high, Math.max(leaf.low, value)) };
}

/** Full marks of a yes/no or ratio row: a penalty row's "yes" is the whole penalty. */
function fullMarks(leaf: ScoredLeaf): number {
  return leaf.type === 'penalty' ? -leaf.max : leaf.max;
}

type Quantity = { ok: true; value: number; isRatio: boolean } | Extract<Computed, { ok: false }>;

function measure(value: Cell, of: Cell): Quantity {
  if (typeof value === 'number' && (of === null || of === '')) return { ok: true, value, isRatio: false };
  if (typeof value === 'number' && typeof of === 'number' && of !== 0)
    return { ok: true, value: value / of, isRatio: true };
  const v = readNumber(value);
  if (!v.ok) return { ok: false, cell: 'value', key: numberProblemKey(v.problem), params: { text: v.text } };
  if (isBlank(of)) return { ok: true, value: v.value, isRatio: v.percent };
  const o = readNumber(of);
  if (!o.ok) return { ok: false, cell: 'of', key: numberProblemKey(o.problem), params: { text: o.text } };
  if (o.value === 0) return { ok: false, cell: 'of', key: 'ofZero', params: {} };
  return { ok: true, value: v.value / o.value, isRatio: true };
}

function checkRatio(q: Extract<Quantity, { ok: true }>, value: Cell): Computed | null {
  if (!q.isRatio && q.value > 1) return fail('value', 'ratioAboveOne', { value: cellText(value) });
  return null;
}

/** Inputs of a `formula` row: "a=10; b=7" in Value, or a plain number as `value`; Of as `of`. */
export function readInputs(
  value: Cell,
  of: Cell,
): { ok: true; inputs: Map<string, number> } | Extract<Computed, { ok: false }> {
  const inputs = new Map<string, number>();
  // Entries may be on separate lines of the cell, so the text is split before spaces are folded.
  const text = typeof value === 'string' ? value.trim() : cellText(value);
  if (text.length > MAX_CELL_TEXT) return { ok: false, cell: 'value', key: 'tooLong', params: {} };
  if (typeof value === 'number' || !text.includes('=')) {
    const number = readNumber(value);
    if (!number.ok) return { ok: false, cell: 'value', key: 'badInputs', params: { text } };
    inputs.set('value', number.value);
  } else {
    for (const entry of text.split(/[;\n]/)) {
      if (entry.trim() === '') continue;
      const at = entry.indexOf('=');
      const name = at > 0 ? foldKey(entry.slice(0, at)) : '';
      if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name))
        return { ok: false, cell: 'value', key: 'badInputs', params: { text } };
      const number = readNumber(entry.slice(at + 1));
      if (!number.ok)
        return {
          ok: false,
          cell: 'value',
          key: 'badInputNumber',
          params: { name, text: entry.slice(at + 1).trim() },
        };
      inputs.set(name, number.value);
    }
  }
  if (!isBlank(of)) {
    const o = readNumber(of);
    if (!o.ok) return { ok: false, cell: 'of', key: numberProblemKey(o.problem), params: { text: o.text } };
    inputs.set('of', o.value);
  }
  return { ok: true, inputs };
}

/** The computed points of a leaf whose Value is filled. */
export type ComputedRule = Exclude<Rule, { kind: 'manual' } | { kind: 'survey' }>;

export function computeLeaf(rule: ComputedRule, leaf: ScoredLeaf, value: Cell, of: Cell): Computed {
  switch (rule.kind) {
    case 'yesno': {
      const yes = readYesNo(value);
      if (yes === null) return fail('value', 'notYesNo', { text: cellText(value) });
      return { ok: true, value: yes ? fullMarks(leaf) : 0 };
    }
    case 'choice': {
      const key = foldKey(typeof value === 'string' ? value : cellText(value));
      const option = rule.options.find((candidate) => candidate.key === key);
      if (!option) {
        const labels = rule.options.map((candidate) => candidate.label).join('; ');
        return fail('value', 'notAChoice', { text: cellText(value), code: leaf.code, labels });
      }
      return clamp(leaf, option.points);
    }
    case 'bands': {
      const q = measure(value, of);
      if (!q.ok) return q;
      const aboveOne = rule.usesPercent ? checkRatio(q, value) : null;
      if (aboveOne) return aboveOne;
      const band = rule.bands.find((candidate) => candidate.test === null || passes(candidate.test, q.value));
      if (!band) return fail('value', 'noBandMatches', { value: cellText(value), code: leaf.code });
      return clamp(leaf, band.points);
    }
    case 'ratio': {
      const q = measure(value, of);
      if (!q.ok) return q;
      const aboveOne = checkRatio(q, value);
      if (aboveOne) return aboveOne;
      const r = Math.min(1, Math.max(0, q.value));
      if (rule.floor && !passes(rule.floor, r)) return { ok: true, value: 0 };
      return clamp(leaf, fullMarks(leaf) * r);
    }
    case 'formula': {
      const read = readInputs(value, of);
      if (!read.ok) return read;
      const result = calculateFormula(rule.expr, read.inputs);
      if (!result.ok) {
        return result.problem === 'missing-input'
          ? fail('value', 'missingInput', { name: result.name, code: leaf.code })
          : fail('value', 'divisionByZero', { code: leaf.code });
      }
      return clamp(leaf, result.value);
    }
  }
}
