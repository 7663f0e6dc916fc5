/**
 * The compact form the built-in criteria templates are written in, and how a template becomes a criteria sheet
 * in one language. Each criterion is written once: code, Max, rule and type are the same in both languages;
 * only the words differ.
 *
 * A rule is written with the English keywords (`yesno`, `choice:`, `bands:`, `ratio`, `formula:`, `survey`,
 * `survey rate`, `manual`, `else`); the Vietnamese sheet gets the Vietnamese ones. Where a rule holds words of its
 * own (a choice's labels, a formula's input and function names) they are written `Vietnamese|English`, as in
 * `choice: Kịp thời|On time=1; Không ban hành|Not issued=0` or `formula: nếu|if(a > 0; b/a; 1)`. Evidence and
 * Applies to (group names) are written `Vietnamese|English` too; If none arose as `max` or `n/a`.
 */
import { RULE_KEYWORDS, ruleKeyword, RULE_KINDS, type RuleKind } from '../core/rules/keywords';
import type { Cell, Language } from '../core/types';

export type TemplateRow = [
  code: string,
  max: number | null,
  rule: string,
  vi: string,
  en: string,
  evidence?: string,
  type?: 'bonus' | 'penalty',
  appliesTo?: string,
  ifNoneArose?: 'max' | 'n/a',
];

/** The criteria sheet's header row in each language (the contract's first alias of each column). */
export const CRITERIA_TEMPLATE_HEADER: Record<Language, Cell[]> = {
  vi: [
    'Mã',
    'Tiêu chí',
    'Điểm tối đa',
    'Cách chấm',
    'Loại',
    'Tài liệu kiểm chứng',
    'Áp dụng cho',
    'Nếu không phát sinh',
  ],
  en: ['Code', 'Criterion', 'Max', 'Rule', 'Type', 'Evidence', 'Applies to', 'If none arose'],
};

/** The rule of a plan issued on time, late or not at all, shared by the templates. */
export const ON_TIME = 'choice: Kịp thời|On time=1; Không kịp thời|Late=0.5; Không ban hành|Not issued=0';

/** The rule each English keyword names. */
const KIND_OF_KEYWORD = new Map(RULE_KINDS.map((kind) => [RULE_KEYWORDS[kind][0] as string, kind]));

/** A template rule's leading English keyword, longest first (`survey rate` before `survey`). */
const LEADING_KEYWORD = new RegExp(
  `^(?:${[...KIND_OF_KEYWORD.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
);

const VI_TYPES = { bonus: 'điểm cộng', penalty: 'điểm trừ' };
const VI_NONE_AROSE = { max: 'tối đa', 'n/a': 'không áp dụng' };

/** `Vietnamese|English` inside a rule: the words on each side run up to the rule's own punctuation. */
const ALTERNATIVE = /([^;=:()*+\-/,|]+)\|([^;=:()*+\-/,|]+)/g;

/** A rule of the template in the words of one language. */
export function localRule(rule: string, language: Language): string {
  const words = rule.replace(ALTERNATIVE, (_, vi: string, en: string) =>
    language === 'vi' ? vi.trimEnd() + /\s*$/.exec(en)?.[0] : /^\s*/.exec(vi)?.[0] + en.trimStart(),
  );
  if (language === 'en') return words;
  return words
    .replace(LEADING_KEYWORD, (keyword) => ruleKeyword(KIND_OF_KEYWORD.get(keyword) as RuleKind, 'vi'))
    .replace(/\belse=/g, 'còn lại=');
}

/** One side of a `Vietnamese|English` text. */
export function localText(text: string, language: Language): string {
  const bar = text.indexOf('|');
  return bar < 0 ? text : language === 'vi' ? text.slice(0, bar) : text.slice(bar + 1);
}

/** The header, then one row per criterion (codes as text), in one language. */
export function templateRows(rows: readonly TemplateRow[], language: Language): Cell[][] {
  return [
    [...CRITERIA_TEMPLATE_HEADER[language]],
    ...rows.map(([code, max, rule, vi, en, evidence = '', type, appliesTo = '', ifNone]): Cell[] => [
      code,
      language === 'vi' ? vi : en,
      max,
      localRule(rule, language),
      type ? (language === 'vi' ? VI_TYPES[type] : type) : '',
      localText(evidence, language),
      localText(appliesTo, language),
      ifNone ? (language === 'vi' ? VI_NONE_AROSE[ifNone] : ifNone) : '',
    ]),
  ];
}

/** The codes whose points come from the Survey sheet, in criteria order. */
export function surveyCodes(rows: readonly TemplateRow[]): string[] {
  return rows.filter((row) => row[2] === 'survey' || row[2] === 'survey rate').map((row) => row[0]);
}
