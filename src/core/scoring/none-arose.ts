/**
 * Nothing arose (Không phát sinh): the criteria column If none arose (Nếu không phát sinh) says what a unit gets
 * when nothing arose this year for a criterion, and a unit says so in Value, or by an Of of 0 where the policy is set.
 */
import { a1 } from '../basics/a1';
import { cellText, isBlank } from '../basics/cells';
import type { CodedRow, NoneArosePolicy } from './criteria';
import { inheritDown } from '../sheets/criteria-inherit';
import type { SheetProblems } from '../basics/problems';
import type { Rule } from '../rules/rule';
import { foldKey } from '../basics/text';
import type { Cell } from '../types';

/** `max`: full marks; `n/a`: not applicable. */

/** The If none arose column's words for each policy: the English one, then the Vietnamese. */
export const NONE_AROSE_POLICY_WORDS: Record<NoneArosePolicy, readonly string[]> = {
  max: ['max', 'tối đa'],
  'n/a': ['n/a', 'không áp dụng'],
};

/** The words a unit writes in Value when nothing arose. */
export const NONE_AROSE_WORDS = ['Không phát sinh', 'KPS', 'None arose'] as const;

const POLICY_BY_WORD = new Map<string, NoneArosePolicy>(
  (Object.keys(NONE_AROSE_POLICY_WORDS) as NoneArosePolicy[]).flatMap((policy) =>
    NONE_AROSE_POLICY_WORDS[policy].map((word): [string, NoneArosePolicy] => [foldKey(word), policy]),
  ),
);
const VALUE_WORDS = new Set(NONE_AROSE_WORDS.map(foldKey));

/**
 * Each code's policy: its own If none arose cell, else its nearest ancestor's, else null (blank). A cell that names
 * no policy is an error of the criteria sheet naming the cell, and counts as blank.
 */
export function readNoneArose(
  rows: readonly CodedRow[],
  column: number | undefined,
  problems: SheetProblems,
): Map<string, NoneArosePolicy | null> {
  const own = new Map<string, NoneArosePolicy>();
  if (column !== undefined) {
    for (const { code, row, cells } of rows) {
      const cell = cells[column] ?? null;
      if (isBlank(cell)) continue;
      const policy = POLICY_BY_WORD.get(foldKey(cellText(cell)));
      if (policy) own.set(code, policy);
      else problems.error(a1(row, column), 'badIfNoneArose', { text: cellText(cell) });
    }
  }
  return inheritDown<NoneArosePolicy | null>(
    rows.map((raw) => raw.code),
    (code) => own.get(code),
    null,
  );
}

/** True for a Value of `Không phát sinh`, `KPS` or `None arose` (ignoring case and diacritics). */
export function saysNoneArose(cell: Cell): boolean {
  if (typeof cell !== 'string' || cell.length < 3 || cell.length > 40) return false;
  // The words are 3 letters long or 10 and more, and start with k or n: most cells are turned away unfolded.
  const text = cell.trim();
  if (text.length > 3 && text.length < 10) return false;
  const first = text.charCodeAt(0) | 32;
  return (first === 110 || first === 107) && VALUE_WORDS.has(foldKey(text));
}

/** Whether a `choice` rule has `text` among its own labels, which is then scored as the rule says. */
export function isChoiceLabel(rule: Rule, text: string): boolean {
  if (rule.kind !== 'choice') return false;
  const key = foldKey(text);
  return rule.options.some((option) => option.key === key);
}

/** The rules where an Of of 0 means nothing arose (when the policy is set): ratio, bands, a formula using `of`. */
export function zeroOfMeansNoneArose(rule: Rule): boolean {
  return (
    rule.kind === 'ratio' || rule.kind === 'bands' || (rule.kind === 'formula' && rule.inputs.includes('of'))
  );
}
