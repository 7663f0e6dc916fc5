/** The rule keywords of the Criteria sheet's Rule column (Cách chấm): the one list the parser, messages and docs use. */
import type { Language } from '../types';
import type { Rule } from './rule';

export type RuleKind = Rule['kind'];

/**
 * Each rule's keywords: the English one, then the Vietnamese one, then other spellings read the same way.
 * Keywords are matched ignoring case and diacritics.
 */
export const RULE_KEYWORDS: Record<RuleKind, readonly string[]> = {
  manual: ['manual', 'nhập điểm'],
  yesno: ['yesno', 'có/không', 'yes/no'],
  choice: ['choice', 'lựa chọn'],
  bands: ['bands', 'mức'],
  ratio: ['ratio', 'tỷ lệ', 'tỉ lệ'],
  formula: ['formula', 'công thức'],
  survey: ['survey', 'điều tra'],
  surveyRate: ['survey rate', 'điều tra tỷ lệ', 'điều tra tỉ lệ'],
};

/** The rules written with a list after a colon (`choice: A=1; B=0`). */
export const LIST_RULES: ReadonlySet<RuleKind> = new Set<RuleKind>(['choice', 'bands', 'formula']);

/** Every rule kind, in the order people are shown them. */
export const RULE_KINDS = Object.keys(RULE_KEYWORDS) as RuleKind[];

/** A rule's keyword in a language (English or Vietnamese): the one messages, drop-downs and templates write. */
export function ruleKeyword(kind: RuleKind, language: Language): string {
  return RULE_KEYWORDS[kind][language === 'vi' ? 1 : 0] as string;
}

/** The keywords as a person writes them to start a rule, `choice:` with its colon: for messages and drop-downs. */
export function ruleStarts(language: Language): string[] {
  return RULE_KINDS.map((kind) => ruleKeyword(kind, language) + (LIST_RULES.has(kind) ? ':' : ''));
}
