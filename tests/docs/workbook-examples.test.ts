/**
 * The worked examples of docs/WORKBOOK.md hold: each row of the rule examples table, scored by the core as a
 * leaf of Max 2 with its Value and Of, gives the points the table states; and the README's result table is
 * the example workbook's ranking, every rank in order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import { displayNumber } from '../../src/core/basics/numbers';
import { rankingOrder } from '../../src/core/scoring/ranking';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { tableAfter } from '../helpers/markdown';
import { leafOf, unitOf, workbook } from '../helpers/workbook';

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');
/** A cell of the table as a person would type it: numbers with a Vietnamese decimal comma are numbers. */
function typed(cell: string): Cell {
  if (cell === '') return null;
  const text = unquote(cell);
  return /^-?\d+(,\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

describe('the rule examples of docs/WORKBOOK.md', () => {
  const rows = tableAfter(read('docs/WORKBOOK.md'), '<!-- rule examples -->');

  it('are there', () => {
    expect(rows.length).toBeGreaterThanOrEqual(8);
  });

  it.each(rows.map((row) => [unquote(row[0] as string), row] as const))('%s', (_rule, row) => {
    const [rule, value, of, points] = row as [string, string, string, string];
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 2, rule: unquote(rule) }, { code: '1.2', max: 98 }],
        units: { 'Huyện A': [{ code: '1.1', value: typed(value), of: typed(of) }] },
      }),
    );
    expect(result.errors).toEqual([]);
    const expected = Number((/^-?[\d,]+/.exec(points)?.[0] ?? 'NaN').replace(',', '.'));
    expect(leafOf(unitOf(result, 'Huyện A'), '1.1').final).toBeCloseTo(expected, 9);
  });
});

describe("the README's result table", () => {
  it('is the example workbook’s ranking, every rank in order', async () => {
    const rows = tableAfter(read('README.md'), 'Kết quả của ví dụ kèm theo');
    const result = scoreWorkbook(
      (await readXlsx(join(ROOT, 'examples', 'cchc-cap-huyen-2025.xlsx'))).workbook,
    );
    const [section] = rankingOrder(result);
    if (!section) throw new Error('no group');
    const count = section.units.filter((unit) => unit.rank !== null).length;
    const change = (value: number | null): string =>
      value === null ? '' : value > 0 ? `▲${value}` : value < 0 ? `▼${-value}` : '–';
    expect(rows).toEqual(
      section.units.map((unit) => [
        unit.rank === null ? 'lỗi' : `${unit.rank}/${count}`,
        unit.unit,
        // As the command prints it: 85.225 (85.22499… in binary) is 85,23, as a spreadsheet shows it.
        unit.index === null ? '' : displayNumber(unit.index, 'vi'),
        change(unit.change),
        unit.class ?? '',
      ]),
    );
  });
});
