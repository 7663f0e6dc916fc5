/**
 * One rounding for display. Expected values are what Google Sheets and Excel show for =ROUND(x; 2), and for a
 * cell holding x under the number format 0.00: half away from zero on the decimal value as typed.
 */
import { numberOrDash } from '../../sidebar/i18n';
import { formatTable } from '../../src/cli/text-table';
import { displayNumber, exactNumber, roundHalfAway } from '../../src/core/basics/numbers';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { workbook } from '../helpers/workbook';

test.each([
  [85.225, 85.23],
  [0.005, 0.01],
  [1.005, 1.01], // binary 1.00499999…; JavaScript's toFixed(2) gives "1.00"
  [2.675, 2.68], // binary 2.67499999…; toFixed(2) gives "2.67"
  [85.224999, 85.22],
  [-85.225, -85.23],
  [-0.005, -0.01],
  [-2.675, -2.68],
  [-0.004, 0],
  [0.1 + 0.2, 0.3],
  [100, 100],
  [1e-12, 0],
])('ROUND(%p; 2) = %p', (value, expected) => {
  expect(roundHalfAway(value, 2)).toBe(expected);
});

test('other numbers of decimals: ROUND(2.5; 0) = 3, ROUND(-2.5; 0) = -3, ROUND(0.0005; 3) = 0.001', () => {
  expect(roundHalfAway(2.5, 0)).toBe(3);
  expect(roundHalfAway(-2.5, 0)).toBe(-3);
  expect(roundHalfAway(0.0005, 3)).toBe(0.001);
});

test("written with the language's decimal mark, two decimals, or trimmed", () => {
  expect(displayNumber(85.225, 'vi')).toBe('85,23');
  expect(displayNumber(85.225, 'en')).toBe('85.23');
  expect(displayNumber(1.005, 'vi')).toBe('1,01');
  expect(displayNumber(-0.004, 'vi')).toBe('0,00');
  expect(displayNumber(-2.675, 'en')).toBe('-2.68');
  expect(displayNumber(0.5, 'vi', 2, true)).toBe('0,5');
  expect(displayNumber(2, 'vi', 2, true)).toBe('2');
  expect(displayNumber(0.25, 'en', 2, true)).toBe('0.25');
  expect(displayNumber(10, 'en', 2, true)).toBe('10');
});

describe('the same rounding wherever an index is shown', () => {
  // One leaf of Max 100 with 85.225 typed: index = 100 × 85.225 ÷ 100, which a spreadsheet shows as 85,23.
  const result = scoreWorkbook(
    workbook({
      criteria: [{ code: '1' }, { code: '1.1', max: 100 }],
      units: { 'Huyện A': [{ code: '1.1', self: 85.225 }] },
    }),
  );

  test("the command's table", () => {
    expect(formatTable(result)).toMatch(/^1\/1\s+Huyện A\s+85,23\s/m);
  });

  test('the sidebar', () => {
    expect(numberOrDash(result.units[0]?.index ?? null, 'vi')).toBe('85,23');
    expect(numberOrDash(2.675, 'en')).toBe('2.68');
    expect(numberOrDash(null, 'vi')).toBe('—');
  });
});

test('a number quoted in a message: its shortest exact form, with the decimal mark', () => {
  expect(exactNumber(0.125, 'vi')).toBe('0,125'); // not rounded to 2 decimals as displayNumber would
  expect(exactNumber(0.1 + 0.2, 'en')).toBe('0.3'); // 0.30000000000000004 to 9 decimals
  expect(exactNumber(10, 'vi')).toBe('10');
});
