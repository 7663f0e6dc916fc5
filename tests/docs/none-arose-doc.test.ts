/**
 * docs/WORKBOOK.md's "Không phát sinh" part: its tables of words are the code's, and each row of its example table,
 * scored by the core as a leaf of Max 2, gives what the table states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NONE_AROSE_POLICY_WORDS, NONE_AROSE_WORDS } from '../../src/core/scoring/none-arose';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { tableAfter } from '../helpers/markdown';
import { leafOf, unitOf, workbook } from '../helpers/workbook';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'WORKBOOK.md'), 'utf8');

const quoted = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

test('the policies table lists the code’s words for max and n/a', () => {
  const [max, na] = tableAfter(DOC, '<!-- none arose: policies -->');
  expect(new Set(quoted(max?.[0] ?? ''))).toEqual(new Set(NONE_AROSE_POLICY_WORDS.max));
  expect(new Set(quoted(na?.[0] ?? ''))).toEqual(new Set(NONE_AROSE_POLICY_WORDS['n/a']));
});

test('the words table lists the code’s Value words', () => {
  const [value] = tableAfter(DOC, '<!-- none arose: words -->');
  expect(quoted(value?.[1] ?? '')).toEqual([...NONE_AROSE_WORDS]);
});

/** A cell as a person would type it: numbers with a decimal comma are numbers, `…` is the text inside. */
function typed(cell: string): Cell {
  if (cell === '' || cell.startsWith('_')) return null;
  const text = cell.replace(/^`|`$/g, '');
  return /^-?\d+(,\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

describe('the example table', () => {
  const rows = tableAfter(DOC, '<!-- none arose examples -->');

  it('is there', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
  });

  it.each(rows.map((row) => [row[0] as string, row] as const))('%s', (code, row) => {
    const [, rule, policy, value, of, self, points] = row as string[];
    const result = scoreWorkbook(
      workbook({
        criteria: [
          { code: '2' },
          { code, max: 2, rule: typed(rule as string), ifNoneArose: typed(policy as string) },
        ],
        units: {
          'Xã A': [
            { code, value: typed(value as string), of: typed(of as string), self: typed(self as string) },
          ],
        },
      }),
    );
    const stated = points as string;
    if (stated.startsWith('lỗi')) {
      expect(result.errors).toHaveLength(1);
      return;
    }
    expect(result.errors).toEqual([]);
    const leaf = leafOf(unitOf(result, 'Xã A'), code);
    if (stated.startsWith('không áp dụng')) expect(leaf.applicable).toBe(false);
    else expect(leaf.final).toBeCloseTo(Number((/^[\d,]+/.exec(stated)?.[0] ?? 'NaN').replace(',', '.')), 9);
  });
});
