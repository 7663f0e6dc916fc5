import { readNumber } from '../basics/cells';
import type { CompareOp } from '../types';
import type { Threshold } from './rule';

const OPERATOR = /^(>=|<=|≥|≤|=>|=<|>|<|=)\s*/;
const ALIASES: Record<string, CompareOp> = { '≥': '>=', '≤': '<=', '=>': '>=', '=<': '<=' };

/** The entries of a list such as "A=1; B=0.5" or "A>=90; B>=80; D": split at ";" or new lines, trimmed, none empty. */
export function splitEntries(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Splits a leading comparison operator off `text` (">= 90%" → ">=", "90%"). */
export function splitOperator(text: string): { op: CompareOp; rest: string } | null {
  const match = OPERATOR.exec(text);
  if (!match) return null;
  const raw = match[1] as string;
  return { op: ALIASES[raw] ?? (raw as CompareOp), rest: text.slice(match[0].length) };
}

/** A threshold such as ">=90%" or "> 3"; null if it is not one. */
export function readThreshold(text: string): Threshold | null {
  const split = splitOperator(text.trim());
  if (!split) return null;
  const number = readNumber(split.rest);
  if (!number.ok) return null;
  return { op: split.op, value: number.value, percent: number.percent };
}

type Interval = { low: number; lowIn: boolean; high: number; highIn: boolean };

function interval(test: { op: CompareOp; value: number }): Interval {
  const v = test.value;
  switch (test.op) {
    case '>=':
      return { low: v, lowIn: true, high: Infinity, highIn: false };
    case '>':
      return { low: v, lowIn: false, high: Infinity, highIn: false };
    case '<=':
      return { low: -Infinity, lowIn: false, high: v, highIn: true };
    case '<':
      return { low: -Infinity, lowIn: false, high: v, highIn: false };
    case '=':
      return { low: v, lowIn: true, high: v, highIn: true };
  }
}

/** True when every quantity that passes `inner` also passes `outer`, so `inner` after `outer` never applies. */
export function covers(
  outer: { op: CompareOp; value: number },
  inner: { op: CompareOp; value: number },
): boolean {
  const o = interval(outer);
  const i = interval(inner);
  const lowOk = o.low < i.low || (o.low === i.low && (o.lowIn || !i.lowIn));
  const highOk = o.high > i.high || (o.high === i.high && (o.highIn || !i.highIn));
  return lowOk && highOk;
}
