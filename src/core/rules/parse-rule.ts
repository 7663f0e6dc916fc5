/** The rule language of the Criteria sheet's Rule column (Cách chấm), keywords in English or Vietnamese. */
import { cellText, isErrorValue, MAX_CELL_TEXT, readNumber } from '../basics/cells';
import { keyed, type KeyedMessage, type MessageKey, type ParamsArg } from '../messages';
import { foldKey } from '../basics/text';
import type { Cell } from '../types';
import { parseFormula } from './formula';
import { RULE_KEYWORDS, RULE_KINDS, type RuleKind } from './keywords';
import type { Band, ChoiceOption, Rule } from './rule';
import { covers, readThreshold, splitEntries, splitOperator } from './thresholds';

type RuleParse = { ok: true; rule: Rule } | ({ ok: false } & KeyedMessage);

/** The rule each folded keyword names; a blank Rule cell is manual. */
const KIND_BY_KEYWORD = new Map<string, RuleKind>([
  ['', 'manual'],
  ...RULE_KINDS.flatMap((kind) =>
    RULE_KEYWORDS[kind].map((word): [string, RuleKind] => [foldKey(word), kind]),
  ),
]);
/** `ratio` may be followed by its floor without a colon (`ratio >=80%`). */
const RATIO = RULE_KEYWORDS.ratio.map(foldKey);
const ELSE = /^(else|con lai|nguoc lai|khac)\s*=\s*(.+)$/;

function fail<K extends MessageKey>(key: K, ...params: ParamsArg<K>): RuleParse {
  return { ok: false, ...keyed(key, ...params) };
}

function readPoints(text: string): number | null {
  const number = readNumber(text.trim());
  return number.ok && !number.percent ? number.value : null;
}

function parseChoice(body: string, keyword: string): RuleParse {
  const options: ChoiceOption[] = [];
  for (const entry of splitEntries(body)) {
    const at = entry.lastIndexOf('=');
    const label = at > 0 ? entry.slice(0, at).trim() : '';
    const points = at > 0 ? readPoints(entry.slice(at + 1)) : null;
    if (label === '' || points === null) return fail('badChoiceEntry', { entry });
    const key = foldKey(label);
    if (options.some((option) => option.key === key)) return fail('duplicateChoice', { label });
    options.push({ label, key, points, text: entry });
  }
  if (options.length === 0) return fail('emptyRuleBody', { keyword });
  return { ok: true, rule: { kind: 'choice', options } };
}

function parseBand(entry: string): Band | null {
  const otherwise = ELSE.exec(foldKey(entry));
  if (otherwise) {
    const points = readPoints(otherwise[2] as string);
    return points === null ? null : { test: null, points, text: entry };
  }
  const split = splitOperator(entry);
  const at = split ? split.rest.indexOf('=') : -1;
  if (!split || at <= 0) return null;
  const threshold = readNumber(split.rest.slice(0, at).trim());
  const points = readPoints(split.rest.slice(at + 1));
  const test = threshold.ok ? { op: split.op, value: threshold.value, percent: threshold.percent } : null;
  return test && points !== null ? { test, points, text: entry } : null;
}

function parseBands(body: string, keyword: string): RuleParse {
  const bands: Band[] = [];
  for (const entry of splitEntries(body)) {
    const band = parseBand(entry);
    if (!band) return fail('badBandEntry', { entry });
    if (bands.some((earlier) => earlier.test === null)) return fail('elseNotLast');
    const test = band.test;
    const shadow = test && bands.find((earlier) => earlier.test && covers(earlier.test, test));
    if (shadow) return fail('unreachableBand', { entry, earlier: shadow.text });
    bands.push(band);
  }
  if (bands.length === 0) return fail('emptyRuleBody', { keyword });
  return {
    ok: true,
    rule: { kind: 'bands', bands, usesPercent: bands.some((band) => band.test?.percent === true) },
  };
}

function parseRatio(rest: string): RuleParse {
  const text = rest.replace(/^\s*:?\s*/, '');
  if (text === '') return { ok: true, rule: { kind: 'ratio', floor: null } };
  const floor = readThreshold(text);
  if (
    !floor ||
    (floor.op !== '>=' && floor.op !== '>') ||
    (!floor.percent && floor.value > 1) ||
    floor.value < 0
  ) {
    return fail('badRatioFloor', { text });
  }
  return { ok: true, rule: { kind: 'ratio', floor } };
}

export function parseRule(cell: Cell): RuleParse {
  const raw = cellText(cell);
  if (raw.length > MAX_CELL_TEXT) return fail('tooLong');
  if (isErrorValue(cell)) return fail('errorValue', { text: raw });
  const colon = raw.indexOf(':');
  const keyword = colon >= 0 ? raw.slice(0, colon).trim() : raw;
  const head = foldKey(keyword);
  const body = colon >= 0 ? raw.slice(colon + 1) : '';
  const kind = KIND_BY_KEYWORD.get(head);
  if (colon < 0 || body.trim() === '') {
    if (kind === 'manual' || kind === 'yesno' || kind === 'survey' || kind === 'surveyRate')
      return { ok: true, rule: { kind } };
  }
  if (kind === 'choice') return parseChoice(body, keyword);
  if (kind === 'bands') return parseBands(body, keyword);
  if (kind === 'formula') {
    if (body.trim() === '') return fail('emptyRuleBody', { keyword });
    const formula = parseFormula(body.trim());
    if (!formula.ok) return formula;
    return { ok: true, rule: { kind: 'formula', expr: formula.expr, inputs: formula.inputs } };
  }
  const folded = foldKey(raw);
  const ratio = RATIO.find(
    (word) =>
      folded === word ||
      folded.startsWith(word + ' ') ||
      folded.startsWith(word + ':') ||
      folded.startsWith(word + '>'),
  );
  if (ratio) return parseRatio(folded.slice(ratio.length));
  return fail('unknownRule', { text: raw.length > 60 ? raw.slice(0, 60) + '…' : raw });
}
