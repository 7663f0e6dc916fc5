/**
 * Values in cells (WORKBOOK.md, "Values in cells"): numeric cells as they are; text trimmed (also no-break
 * spaces), one `,` or `.` as the decimal mark, an optional trailing `%` that divides by 100. Thousands
 * separators, two marks, a letter or an error value are errors naming the sheet and cell, never a silent 0.
 */
import { isNotApplicable, readNumber, readYesNo } from '../../src/core/basics/cells';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { err, unitOf, workbook } from '../helpers/workbook';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('readNumber: numbers that are read', () => {
  test.each<[string, Cell, number, boolean]>([
    ['a number cell', 8, 8, false],
    ['a fractional number cell', 8.5, 8.5, false],
    ['a 95 % cell holds 0.95 and is used as it is', 0.95, 0.95, false],
    ['a negative number cell', -0.25, -0.25, false],
    ['comma as decimal mark', '8,5', 8.5, false],
    ['dot as decimal mark', '8.5', 8.5, false],
    ['one comma is a decimal mark, never thousands: "1,234" is 1.234', '1,234', 1.234, false],
    ['one dot likewise: "1.234" is 1.234', '1.234', 1.234, false],
    ['a whole number as text', '7', 7, false],
    ['surrounding spaces', '  7  ', 7, false],
    ['surrounding no-break spaces', `${NBSP}8,5${NBSP}`, 8.5, false],
    ['narrow no-break space', `${NNBSP}2.25${NNBSP}`, 2.25, false],
    ['percent: 95% is 0.95', '95%', 0.95, true],
    ['percent with a space before the sign', '95 %', 0.95, true],
    ['percent with a no-break space before the sign', `95${NBSP}%`, 0.95, true],
    ['percent with comma decimals: 86,02% is 0.8602', '86,02%', 0.8602, true],
    ['negative text with comma', '-0,25', -0.25, false],
    ['zero', '0', 0, false],
  ])('%s', (_label, cell, value, percent) => {
    const read = readNumber(cell);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toBeCloseTo(value, 12);
    expect(read.percent).toBe(percent);
  });
});

describe('readNumber: text that is not a number is refused, never read as 0', () => {
  test.each<[string, Cell, string]>([
    ['dot thousands and comma decimals', '1.234,5', 'thousands'],
    ['space as thousands separator', '1 234', 'thousands'],
    ['no-break space as thousands separator', `1${NBSP}234`, 'thousands'],
    ['comma thousands and dot decimals', '1,234.5', 'thousands'],
    ['dot thousands twice', '1.234.567', 'thousands'],
    ['two decimal marks', '8,5,1', 'two-marks'],
    ['mixed marks that are not thousands', '1.2,3', 'two-marks'],
    ['letters', 'abc', 'not-a-number'],
    ['a number followed by a letter', '8a', 'not-a-number'],
    ['a Vietnamese word', 'tám', 'not-a-number'],
    ['an exponent', '1e3', 'not-a-number'],
    ['#REF!', '#REF!', 'error-value'],
    ['#N/A', '#N/A', 'error-value'],
    ['#DIV/0!', '#DIV/0!', 'error-value'],
    ['#VALUE!', '#VALUE!', 'error-value'],
    ['a boolean cell', true, 'boolean'],
    ['a date cell', new Date(Date.UTC(2025, 0, 6)), 'date'],
  ])('%s', (_label, cell, problem) => {
    const read = readNumber(cell);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toBe(problem);
  });
});

describe('not applicable words: N/A, NA, KAD, Không áp dụng (ignoring case, spaces and Unicode form)', () => {
  test.each<[Cell, boolean]>([
    ['N/A', true],
    ['n/a', true],
    [' N/A ', true],
    ['NA', true],
    ['na', true],
    ['KAD', true],
    ['kad', true],
    ['Không áp dụng', true],
    ['KHÔNG ÁP DỤNG', true],
    ['Không áp dụng'.normalize('NFD'), true],
    ['Khong ap dung', true],
    ['#N/A', false],
    ['Không', false],
    ['', false],
    [null, false],
    [0, false],
  ])('%p → %p', (cell, expected) => {
    expect(isNotApplicable(cell)).toBe(expected);
  });
});

describe('yes/no words: Có, Yes, Đạt, x, TRUE, 1 / Không, No, Không đạt, FALSE, 0', () => {
  test.each<[Cell, boolean | null]>([
    ['Có', true],
    ['có', true],
    ['CÓ', true],
    ['Có'.normalize('NFD'), true],
    ['Yes', true],
    ['yes', true],
    ['Đạt', true],
    ['dat', true],
    ['x', true],
    ['X', true],
    ['TRUE', true],
    [true, true],
    [1, true],
    ['1', true],
    ['Không', false],
    ['không', false],
    ['No', false],
    ['Không đạt', false],
    ['KHÔNG ĐẠT', false],
    ['FALSE', false],
    [false, false],
    [0, false],
    ['0', false],
    ['Có lẽ', null],
    ['2', null],
    [2, null],
    ['', null],
    [null, null],
  ])('%p → %p', (cell, expected) => {
    expect(readYesNo(cell)).toBe(expected);
  });
});

describe('a bad number in a unit sheet is an error naming the sheet and cell', () => {
  // Criteria: field 1 with one manual leaf 1.1 worth 2. The unit types its self score in D2.
  const criteria = [{ code: '1' }, { code: '1.1', max: 2 }];

  test.each<[string, Cell, 'thousands' | 'twoMarks' | 'notANumber' | 'errorValue', { text: string }]>([
    ['thousands separators', '1.234,5', 'thousands', { text: '1.234,5' }],
    ['a space thousands separator', '1 234', 'thousands', { text: '1 234' }],
    ['two marks', '1,5,0', 'twoMarks', { text: '1,5,0' }],
    ['letters', 'hai', 'notANumber', { text: 'hai' }],
    ['#REF!', '#REF!', 'errorValue', { text: '#REF!' }],
    ['#N/A', '#N/A', 'errorValue', { text: '#N/A' }],
    ['#DIV/0!', '#DIV/0!', 'errorValue', { text: '#DIV/0!' }],
    ['#VALUE!', '#VALUE!', 'errorValue', { text: '#VALUE!' }],
  ])('%s in Điểm tự chấm (D2), Vietnamese', (_label, cell, key, params) => {
    const result = scoreWorkbook(workbook({ criteria, units: { 'Huyện A': [{ code: '1.1', self: cell }] } }));
    const unit = unitOf(result, 'Huyện A');
    expect(result.errors).toEqual([err('vi', 'Huyện A', 'D2', key, params)]);
    expect(unit.errors).toContainEqual(err('vi', 'Huyện A', 'D2', key, params));
    // never a silent 0: the unit is not scored at all
    expect(unit.points).toBeNull();
    expect(unit.index).toBeNull();
  });

  test('a unit lists an error value once, as the top-level list does', () => {
    // One bad cell (D2) is one error; the unit's own list should not repeat it.
    const result = scoreWorkbook(
      workbook({ criteria, units: { 'Huyện A': [{ code: '1.1', self: '#REF!' }] } }),
    );
    expect(unitOf(result, 'Huyện A').errors).toEqual([
      err('vi', 'Huyện A', 'D2', 'errorValue', { text: '#REF!' }),
    ]);
  });

  test('the same in an English workbook gives the English message', () => {
    const result = scoreWorkbook(
      workbook({ criteria, english: true, units: { 'District A': [{ code: '1.1', self: '1.234,5' }] } }),
    );
    expect(result.language).toBe('en');
    expect(result.errors).toEqual([err('en', 'District A', 'D2', 'thousands', { text: '1.234,5' })]);
    expect(result.errors[0]?.message).toBe(
      '"1.234,5" has thousands separators; use one "," or "." as the decimal mark only.',
    );
  });

  test('the Vietnamese text of a thousands error', () => {
    const result = scoreWorkbook(
      workbook({ criteria, units: { 'Huyện A': [{ code: '1.1', self: '1 234' }] } }),
    );
    expect(result.errors[0]?.message).toBe(
      '"1 234" có dấu phân cách hàng nghìn; chỉ dùng một dấu "," hoặc "." làm dấu thập phân.',
    );
  });

  test('"8,5" and "8.5" and 8.5 score alike (leaf worth 10)', () => {
    // three units, one leaf of Max 10: each types 8.5 differently → points 8.5 of 10, index 85
    const result = scoreWorkbook(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 10 }],
        units: {
          'Huyện A': [{ code: '1.1', self: '8,5' }],
          'Huyện B': [{ code: '1.1', self: '8.5' }],
          'Huyện C': [{ code: '1.1', self: `${NBSP}8,5${NBSP}` }],
        },
      }),
    );
    expect(result.errors).toEqual([]);
    for (const name of ['Huyện A', 'Huyện B', 'Huyện C']) {
      expect(unitOf(result, name).points).toBeCloseTo(8.5, 12);
      expect(unitOf(result, name).index).toBeCloseTo(85, 9);
    }
  });
});
