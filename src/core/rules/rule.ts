import { TOLERANCE } from '../basics/numbers';
import type { CompareOp } from '../types';
import type { Expr } from './expr';

export interface Threshold {
  op: CompareOp;
  /** A % threshold is stored as a ratio (90% → 0.9). */
  value: number;
  percent: boolean;
}

export interface Band {
  /** null for `else`. */
  test: Threshold | null;
  points: number;
  text: string;
}

export interface ChoiceOption {
  label: string;
  key: string;
  points: number;
  text: string;
}

export type Rule =
  | { kind: 'manual' }
  | { kind: 'yesno' }
  | { kind: 'choice'; options: ChoiceOption[] }
  | { kind: 'bands'; bands: Band[]; usesPercent: boolean }
  | { kind: 'ratio'; floor: Threshold | null }
  | { kind: 'formula'; expr: Expr; inputs: string[] }
  | { kind: 'survey' }
  | { kind: 'surveyRate' };

/** The rules whose points come from the Survey sheet rather than from the unit's sheet. */
export function fromSurvey(rule: Rule): rule is { kind: 'survey' } | { kind: 'surveyRate' } {
  return rule.kind === 'survey' || rule.kind === 'surveyRate';
}

/** A threshold's test, within TOLERANCE. */
export function passes(test: { op: CompareOp; value: number }, quantity: number): boolean {
  switch (test.op) {
    case '>=':
      return quantity >= test.value - TOLERANCE;
    case '>':
      return quantity > test.value + TOLERANCE;
    case '<=':
      return quantity <= test.value + TOLERANCE;
    case '<':
      return quantity < test.value - TOLERANCE;
    case '=':
      return Math.abs(quantity - test.value) <= TOLERANCE;
  }
}

/** The points a rule lists, for the range checks of the criteria sheet. */
export function listedPoints(rule: Rule): { points: number; text: string }[] {
  if (rule.kind === 'choice') return rule.options;
  if (rule.kind === 'bands') return rule.bands;
  return [];
}
