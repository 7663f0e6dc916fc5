/** The terminal's table: its words, its alignment, and the warnings under their own heading. */
import { formatErrors, formatTable, formatWarnings } from '../../src/cli/text-table';
import { message } from '../../src/core/messages';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { workbook, type CriterionRow } from '../helpers/workbook';

/** 1.1 manual, Max 100. */
const CRITERIA: CriterionRow[] = [{ code: '1' }, { code: '1.1', max: 100 }];

/**
 * Huyện A self 90 (index 90, rank 1, previous rank 1: no change), Huyện Bắc self 80 (unranked), Huyện C with
 * `errors` cells it cannot read.
 */
function result(options: { english?: boolean; errors?: number; unitsHeader?: Cell[] } = {}) {
  const english = options.english === true;
  const bad = Array.from({ length: options.errors ?? 1 }, (_, i) => ({ code: '1.1', self: `chín${i}` }));
  const [unit, ranked, previous] = english
    ? ['Unit', 'Ranked', 'Previous rank']
    : ['Đơn vị', 'Xếp hạng', 'Xếp hạng năm trước'];
  return scoreWorkbook(
    workbook({
      criteria: CRITERIA,
      english,
      units: {
        'Huyện A': [{ code: '1.1', self: 90 }],
        'Huyện Bắc': [{ code: '1.1', self: 80 }],
        'Huyện C': bad,
      },
      unitsSheet: [
        options.unitsHeader ?? [unit, ranked, previous],
        ['Huyện A', english ? 'Yes' : 'Có', 1],
        ['Huyện Bắc', english ? 'No' : 'Không', null],
        ['Huyện C', null, null],
      ],
    }),
  );
}

describe('the text table', () => {
  it('counts errors in the right number', () => {
    expect(formatErrors(result({ english: true, errors: 1 }))).toMatch(/^1 error:$/m);
    // Two rows of 1.1 in Huyện C: the second is a duplicate code, the first a number it cannot read.
    expect(formatErrors(result({ english: true, errors: 2 }))).toMatch(/^2 errors:$/m);
    expect(formatErrors(result({ errors: 1 }))).toMatch(/^1 lỗi:$/m);
  });

  it('writes no change as "–", as the ranking tab does, and heads the flag count "Số mục"', () => {
    const lines = formatTable(result()).split('\n');
    expect(lines[1]).toMatch(/\sSố mục$/);
    expect(lines.find((line) => line.includes('Huyện A'))).toMatch(/^1\/1\s+Huyện A\s+90,00\s+–\s+A\s+1$/);
  });

  it('keeps every column aligned, also beside "không xếp hạng"', () => {
    const lines = formatTable(result()).split('\n');
    /** The column (in characters) where `text` starts on the line holding `row`. */
    const at = (row: string, text: string): number => {
      const line = lines.find((candidate) => candidate.includes(row)) ?? '';
      expect(line).toContain(text);
      return [...line.slice(0, line.indexOf(text))].length;
    };
    expect(lines.find((line) => line.startsWith('không xếp hạng'))).toContain('Huyện Bắc');
    const unitColumn = at('Đơn vị', 'Đơn vị');
    expect(at('Huyện A', 'Huyện A')).toBe(unitColumn);
    expect(at('Huyện Bắc', 'Huyện Bắc')).toBe(unitColumn);
    expect(at('Huyện C', 'Huyện C')).toBe(unitColumn);
    expect(at('Huyện Bắc', '80,00')).toBe(at('Huyện A', '90,00'));
  });

  it('lists warnings under "Cảnh báo" / "Warnings" with their sheet and cell', () => {
    const vi = result({ unitsHeader: ['Đơn vị', 'Xếp hạng', 'Hạng năm trướcc'] });
    expect(formatWarnings(vi).split('\n')).toEqual([
      'Cảnh báo (1):',
      `  Đơn vị!C1: ${message('vi', 'nearHeader', { header: 'Hạng năm trướcc', resembles: 'Hạng năm trước' })}`,
    ]);
    const en = result({ english: true, unitsHeader: ['Unit', 'Ranked', 'Previous rnak'] });
    expect(formatWarnings(en).split('\n')[0]).toBe('Warnings (1):');
  });
});
