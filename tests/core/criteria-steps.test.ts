/**
 * The steps of reading a criteria sheet (WORKBOOK.md, "Criteria"), each on its own, and a parent's Max counted
 * over the leaves below it of its own type.
 */
import {
  checkParentMax,
  effectiveMax,
  leafMaxSums,
  leafRange,
  leafTypeOf,
  linkChildren,
  readCodedRows,
  readCriteriaSheet,
  readGivenMax,
  readTypes,
  type CodedRow,
} from '../../src/core/sheets/criteria-sheet';
import { SheetProblems } from '../../src/core/basics/problems';
import type { ParError } from '../../src/core/types';
import { criteriaSheet, err, type CriterionRow } from '../helpers/workbook';

// criteriaSheet columns: A Mã, B Tiêu chí, C Điểm tối đa, D Cách chấm, E Loại, F Tài liệu kiểm chứng.
const CODE = 0;
const MAX = 2;
const TYPE = 4;

function collect(): { problems: SheetProblems; errors: ParError[]; warnings: ParError[] } {
  const errors: ParError[] = [];
  const warnings: ParError[] = [];
  return { problems: new SheetProblems('vi', 'Tiêu chí', errors, warnings), errors, warnings };
}

function rowsOf(criteria: CriterionRow[]): CodedRow[] {
  return readCodedRows(criteriaSheet(criteria), 0, CODE, collect().problems);
}

describe('readCodedRows', () => {
  test('skips blank codes, reports bad and repeated ones', () => {
    const { problems, errors } = collect();
    const sheet = criteriaSheet([
      { code: '1' },
      { code: '1.1', max: 1 },
      { code: 'x y' },
      { code: '1.1', max: 2 },
    ]);
    sheet.values.splice(2, 0, [null, 'no code']);
    const rows = readCodedRows(sheet, 0, CODE, problems);
    expect(rows.map((raw) => [raw.code, raw.row])).toEqual([
      ['1', 1],
      ['1.1', 3],
    ]);
    expect(errors).toEqual([
      err('vi', 'Tiêu chí', 'A5', 'badCode', { text: 'x y' }),
      err('vi', 'Tiêu chí', 'A6', 'duplicateCode', { code: '1.1', row: 4 }),
    ]);
  });
});

describe('linkChildren', () => {
  test("lists each parent's children in sheet order and reports a missing parent", () => {
    const { problems, errors } = collect();
    const rows = rowsOf([{ code: '1' }, { code: '1.2' }, { code: '1.1' }, { code: '2.1' }]);
    const children = linkChildren(rows, CODE, problems);
    expect([...children]).toEqual([['1', ['1.2', '1.1']]]);
    expect(errors).toEqual([err('vi', 'Tiêu chí', 'A5', 'missingParent', { code: '2.1', parent: '2' })]);
  });
});

describe('readGivenMax', () => {
  test('a blank parent Max is allowed; a blank, negative or unreadable leaf Max is an error', () => {
    const { problems, errors } = collect();
    const rows = rowsOf([
      { code: '1' },
      { code: '1.1' },
      { code: '1.2', max: -1 },
      { code: '1.3', max: 'hai' },
      { code: '1.4', max: '1,5' },
    ]);
    const given = readGivenMax(rows, MAX, linkChildren(rows, CODE, problems), problems);
    expect([...given]).toEqual([
      ['1', null],
      ['1.1', null],
      ['1.2', null],
      ['1.3', null],
      ['1.4', 1.5],
    ]);
    expect(errors).toEqual([
      err('vi', 'Tiêu chí', 'C3', 'leafMaxMissing', { code: '1.1' }),
      err('vi', 'Tiêu chí', 'C4', 'maxNegative', { code: '1.2' }),
      err('vi', 'Tiêu chí', 'C5', 'notANumber', { text: 'hai' }),
    ]);
  });
});

describe('readTypes', () => {
  test("a row without a type takes its nearest ancestor's type, else score", () => {
    const rows = rowsOf([
      { code: '1' },
      { code: '1.1', max: 1 },
      { code: '2', type: 'Điểm cộng' },
      { code: '2.1' },
      { code: '2.1.1', max: 1 },
      { code: '2.2', max: 1, type: 'trừ' },
    ]);
    expect(Object.fromEntries(readTypes(rows, TYPE))).toEqual({
      '1': 'score',
      '1.1': 'score',
      '2': 'bonus',
      '2.1': 'bonus',
      '2.1.1': 'bonus',
      '2.2': 'penalty',
    });
  });

  test('the Type words ignore case and diacritics', () => {
    expect(leafTypeOf('DIEM TRU')).toBe('penalty');
    expect(leafTypeOf('Cộng')).toBe('bonus');
    expect(leafTypeOf('score')).toBe('score');
    expect(leafTypeOf('thưởng')).toBeUndefined();
  });
});

describe("a parent's Max counts the leaves below it of its own type", () => {
  // Field 1 (score): 1.1 score 4, 1.2 score 5, 1.3 penalty 2, 1.4 bonus 1 → Σ score leaves = 4 + 5 = 9.
  const mixed: CriterionRow[] = [
    { code: '1', max: 9 },
    { code: '1.1', max: 4 },
    { code: '1.2', max: 5 },
    { code: '1.3', max: 2, type: 'penalty' },
    { code: '1.4', max: 1, type: 'bonus' },
  ];

  test('a score field whose Max leaves out its penalty and bonus rows is right', () => {
    const set = readCriteriaSheet(criteriaSheet(mixed), 'vi');
    expect(set.errors).toEqual([]);
    expect(set.byCode.get('1')?.max).toBe(9);
  });

  test('a score field whose Max includes its penalty and bonus rows (9 + 2 + 1 = 12) is wrong: the message gives 9', () => {
    const set = readCriteriaSheet(criteriaSheet([{ code: '1', max: 12 }, ...mixed.slice(1)]), 'vi');
    expect(set.errors).toEqual([
      err('vi', 'Tiêu chí', 'C2', 'parentMaxMismatch', { code: '1', given: '12', sum: '9', type: 'điểm' }),
    ]);
    expect(set.errors[0]?.message).toContain('để trống');
  });

  test('left blank, a parent Max is the sum of its own type: 9', () => {
    const set = readCriteriaSheet(criteriaSheet([{ code: '1' }, ...mixed.slice(1)]), 'vi');
    expect(set.errors).toEqual([]);
    expect(set.byCode.get('1')?.max).toBe(9);
  });

  test('whatever the rows in between: 1 = 1.1 (score, blank) → 1.1.1 score 3 + 1.1.2 penalty 1 → 3', () => {
    const criteria: CriterionRow[] = [
      { code: '1', max: 3 },
      { code: '1.1' },
      { code: '1.1.1', max: 3 },
      { code: '1.1.2', max: 1, type: 'penalty' },
    ];
    expect(readCriteriaSheet(criteriaSheet(criteria), 'vi').errors).toEqual([]);
    const wrong = readCriteriaSheet(criteriaSheet([{ code: '1', max: 4 }, ...criteria.slice(1)]), 'vi');
    expect(wrong.errors).toEqual([
      err('vi', 'Tiêu chí', 'C2', 'parentMaxMismatch', { code: '1', given: '4', sum: '3', type: 'điểm' }),
    ]);
  });

  test('a penalty parent counts its penalty leaves (written ≥ 0): 3 = 1 + 2; English message', () => {
    const criteria: CriterionRow[] = [
      { code: '1', max: 10 },
      { code: '1.1', max: 10 },
      { code: '2', max: 4, type: 'penalty' },
      { code: '2.1', max: 1 },
      { code: '2.2', max: 2 },
    ];
    const set = readCriteriaSheet(criteriaSheet(criteria, { english: true }), 'en');
    expect(set.errors).toEqual([
      err('en', 'Criteria', 'C4', 'parentMaxMismatch', { code: '2', given: '4', sum: '3', type: 'penalty' }),
    ]);
    expect(set.errors[0]?.message).toBe(
      'The maximum of 2 is 4 but the penalty leaves below it add up to 3; write 3 or leave the cell blank.',
    );
  });

  test('the steps: sums by type below each code, the check, the effective Max', () => {
    const { problems, errors } = collect();
    const rows = rowsOf([{ code: '1', max: 12 }, ...mixed.slice(1)]);
    const children = linkChildren(rows, CODE, problems);
    const given = readGivenMax(rows, MAX, children, problems);
    const types = readTypes(rows, TYPE);
    const sums = leafMaxSums(rows, children, given, types);
    expect(sums.get('1')).toEqual({ score: 9, bonus: 1, penalty: 2 });
    expect(sums.get('1.3')).toEqual({ score: 0, bonus: 0, penalty: 2 });
    checkParentMax(rows, MAX, children, given, types, sums, problems);
    expect(errors.map((e) => e.cell)).toEqual(['C2']);
    expect(effectiveMax('1', 'score', given, sums)).toBe(12);
    expect(effectiveMax('1.3', 'penalty', given, sums)).toBe(2);
  });

  test('a leaf whose Max cannot be read adds no second error at its parent', () => {
    const set = readCriteriaSheet(
      criteriaSheet([
        { code: '1', max: 9 },
        { code: '1.1', max: 'bốn' },
        { code: '1.2', max: 5 },
      ]),
      'vi',
    );
    expect(set.errors).toEqual([err('vi', 'Tiêu chí', 'C3', 'notANumber', { text: 'bốn' })]);
  });
});

describe('leafRange', () => {
  const raw: CodedRow = { code: '1.1', row: 1, cells: [] };

  test('score [0, Max], lowered by a negative listed entry; penalty [−Max, 0]; bonus [0, Max]', () => {
    const { problems, errors } = collect();
    const choice = {
      kind: 'choice' as const,
      options: [
        { label: 'A', key: 'a', points: 2, text: 'A=2' },
        { label: 'B', key: 'b', points: -1, text: 'B=-1' },
      ],
    };
    expect(leafRange(raw, 3, choice, 'score', 2, problems)).toEqual({ low: -1, high: 2 });
    expect(leafRange(raw, 3, { kind: 'manual' }, 'penalty', 3, problems)).toEqual({ low: -3, high: 0 });
    expect(leafRange(raw, 3, { kind: 'manual' }, 'bonus', 3, problems)).toEqual({ low: 0, high: 3 });
    expect(errors).toEqual([]);
  });

  test('an entry above Max is an error at the Rule cell', () => {
    const { problems, errors } = collect();
    const choice = { kind: 'choice' as const, options: [{ label: 'A', key: 'a', points: 3, text: 'A=3' }] };
    leafRange(raw, 3, choice, 'score', 2, problems);
    expect(errors).toEqual([
      err('vi', 'Tiêu chí', 'D2', 'entryAboveMax', { entry: 'A=3', points: '3', max: '2', code: '1.1' }),
    ]);
  });
});
