/**
 * The year after the reorganisation (WORKBOOK.md, "Years"): ranks compared only within a group, merged and split
 * units starting afresh, and the warnings about previous names, changed groups and units without a Survey row.
 * The workbook and the hand-computed ranks are described in tests/helpers/reorganised.ts.
 */
import { archiveYear } from '../../src/core/years/archive';
import { toJsonOutput } from '../../src/core/outputs/json-output';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, WorkbookResult } from '../../src/core/types';
import { AN_PHU_NFD, reorganisedWorkbook } from '../helpers/reorganised';
import { err, unitOf } from '../helpers/workbook';

const result = scoreWorkbook(reorganisedWorkbook());

/** The year fields of a unit as the JSON gives them. */
function years(unit: string) {
  const json = toJsonOutput(result).units.find((candidate) => candidate.unit === unit);
  if (!json) throw new Error(`no unit ${unit}`);
  const { rank, previousRank, change, streak, compare, history, sipasRank } = json;
  return { rank, previousRank, change, streak, compare, history, sipasRank };
}

describe('previous ranks, changes, compare and streaks', () => {
  test('Xã Bình Minh, first four years running in one block', () => {
    // 2024 row: Xã, rank 1 → change 1 − 1 = 0. First in 2025, 2024, 2023 and 2022 → streak 4.
    // Compare 2022: rank 1 → change 0; SIPAS rank then 2, now 1 (SIPAS 0.90, highest in Xã) → 2 − 1 = 1.
    expect(years('Xã Bình Minh')).toEqual({
      rank: 1,
      previousRank: 1,
      change: 0,
      streak: 4,
      sipasRank: 1,
      compare: { year: 2022, rank: 1, change: 0, sipasRank: 2, sipasChange: 1 },
      history: [
        { year: 2022, index: 85, rank: 1 },
        { year: 2023, index: 88, rank: 1 },
        { year: 2024, index: 90, rank: 1 },
        { year: 2025, index: 90, rank: 1 },
      ],
    });
  });

  test('Xã An Phú, typed in NFD, matches its NFC History rows and is named in NFC', () => {
    // 85 → 2nd of Xã. 2024: 3rd → 3 − 2 = 1. 2022: 6th → 6 − 2 = 4; SIPAS rank 9 then, 2 now → 7.
    expect(result.units.map((unit) => unit.unit)).not.toContain(AN_PHU_NFD);
    expect(years('Xã An Phú')).toEqual({
      rank: 2,
      previousRank: 3,
      change: 1,
      streak: 0,
      sipasRank: 2,
      compare: { year: 2022, rank: 6, change: 4, sipasRank: 9, sipasChange: 7 },
      history: [
        { year: 2022, index: 70, rank: 6 },
        { year: 2024, index: 80, rank: 3 },
        { year: 2025, index: 85, rank: 2 },
      ],
    });
  });

  test('Xã Phong Nha, a thị trấn of another block last year: no change of rank across blocks', () => {
    // 2024 row in "Thị trấn" (5th of 8): no previous rank, no change. 2022 row also in "Thị trấn" (3rd): compare
    // keeps that rank and SIPAS rank 4 but gives no change. Its history still lists both years.
    expect(years('Xã Phong Nha')).toEqual({
      rank: 3,
      previousRank: null,
      change: null,
      streak: 0,
      sipasRank: 3,
      compare: { year: 2022, rank: 3, change: null, sipasRank: 4, sipasChange: null },
      history: [
        { year: 2022, index: 72, rank: 3 },
        { year: 2024, index: 70, rank: 5 },
        { year: 2025, index: 80, rank: 3 },
      ],
    });
    // The previous index is an index, not a rank: it is still shown (70 from the 2024 row).
    expect(unitOf(result, 'Xã Phong Nha').previousIndex).toBe(70);
  });

  test.each([
    ['Xã Hợp Nhất', 4, 75, 'merged from Xã Cũ 1 and Xã Cũ 2'],
    ['Xã Đồng Hới Bắc', 5, 70, 'split from Xã Đồng Hới, with Xã Đồng Hới Nam'],
    ['Xã Đồng Hới Nam', 6, 65, 'split from Xã Đồng Hới, with Xã Đồng Hới Bắc'],
  ])('%s (%s/8, %s), %s, starts afresh', (unit, rank, index) => {
    expect(years(unit)).toEqual({
      rank,
      previousRank: null,
      change: null,
      streak: 0,
      sipasRank: rank,
      compare: null,
      history: [{ year: 2025, index, rank }],
    });
  });

  test('Phường Nam Lý, merged, was first before under its own name: streak 1, typed previous rank 2 used', () => {
    // Its own name has 2024 and 2023 rows ranked 1, but a merged unit has no earlier years: streak 1, not 3.
    // Typed previous rank 2, 1st now → 2 − 1 = 1.
    expect(years('Phường Nam Lý')).toEqual({
      rank: 1,
      previousRank: 2,
      change: 1,
      streak: 1,
      sipasRank: 1,
      compare: null,
      history: [{ year: 2025, index: 90, rank: 1 }],
    });
  });

  test('a previous name written with a comma is one name: matching nothing, it gives nothing', () => {
    expect(years('Xã Phẩy')).toMatchObject({ previousRank: null, compare: null, history: [{ year: 2025 }] });
  });
});

describe('warnings', () => {
  test('every warning of the contract, in the JSON as the terminal prints them', () => {
    expect(toJsonOutput(result).warnings).toEqual([
      err('vi', 'Điều tra', null, 'surveyNoRow', { name: 'Xã Không Khớp', near: '' }),
      // "Phường Đông Sơn" differs from "Phường Đồng Sơn" by one accent: a different name, listed as near.
      err('vi', 'Điều tra', null, 'surveyNoRow', { name: 'Phường Đồng Sơn', near: '"Phường Đông Sơn"' }),
      // D8: the comma joins the two old names into one that matches nothing; each old name is near it.
      err('vi', 'Đơn vị', 'D8', 'previousNameUnknown', {
        name: 'Xã Cũ 1, Xã Cũ 2',
        unit: 'Xã Phẩy',
        near: '"Xã Cũ 1", "Xã Cũ 2"',
      }),
      err('vi', 'Đơn vị', 'D9', 'previousNameUnknown', { name: 'Xã Zzz', unit: 'Xã Không Khớp', near: '' }),
      // One warning for the old name, at the first unit that gives it.
      err('vi', 'Đơn vị', 'D6', 'previousNameShared', {
        name: 'Xã Đồng Hới',
        units: 'Xã Đồng Hới Bắc, Xã Đồng Hới Nam',
      }),
      // History row 4 holds Thị trấn Phong Nha's 2024 group.
      err('vi', 'Lịch sử', 'C4', 'historyOtherGroup', {
        unit: 'Xã Phong Nha',
        year: 2024,
        was: 'Thị trấn',
        now: 'Xã',
      }),
    ]);
    // Survey row 10 names no unit: an error of the Survey sheet, no unit's.
    expect(result.errors).toEqual([
      err('vi', 'Điều tra', 'A10', 'surveyUnknownUnit', { name: 'Phường Đông Sơn' }),
    ]);
  });

  test('the comma message tells that several names are separated by ";"', () => {
    const warning = result.warnings.find((w) => w.cell === 'D8');
    expect(warning?.message).toContain('";"');
  });

  test('in English for an English workbook', () => {
    const english = scoreWorkbook(reorganisedWorkbook({ english: true }));
    expect(english.warnings).toContainEqual(
      err('en', 'History', 'C4', 'historyOtherGroup', {
        unit: 'Xã Phong Nha',
        year: 2024,
        was: 'Thị trấn',
        now: 'Xã',
      }),
    );
    expect(english.warnings.find((w) => w.cell === 'D9')?.message).toBe(
      'The previous name "Xã Zzz" of Xã Không Khớp is not in the History sheet, so it is not used.',
    );
  });

  /** The workbook with History replaced by `values` (null: no History sheet). */
  function withHistory(values: Cell[][] | null): WorkbookResult {
    const book = reorganisedWorkbook();
    const sheets = book.sheets.flatMap((sheet): Sheet[] =>
      sheet.name !== 'Lịch sử' ? [sheet] : values === null ? [] : [{ name: sheet.name, values }],
    );
    return scoreWorkbook({ sheets });
  }

  const historyWarnings = (r: WorkbookResult) => r.warnings.filter((w) => w.sheet !== 'Điều tra');

  test('a History with a header row and no rows: every previous name matches nothing', () => {
    // Split old names still start afresh and are warned about. Year 2025 from Settings.
    const cells = historyWarnings(withHistory([['Năm', 'Đơn vị', 'Nhóm', 'Xếp hạng']])).map((w) => w.cell);
    expect(cells).toEqual(['D4', 'D5', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D10', 'D6']);
  });

  test.each<[string, Cell[][] | null]>([
    ['no History sheet', null],
    ['a History sheet without a header row', [['ghi chú']]],
    [
      'a History sheet with an error',
      [
        ['Năm', 'Đơn vị', 'Xếp hạng'],
        [2024.5, 'Xã Bình Minh', 1],
      ],
    ],
  ])('%s: no warning about previous names, and the split units still start afresh', (_label, values) => {
    const other = withHistory(values);
    expect(historyWarnings(other)).toEqual([]);
    expect(unitOf(other, 'Xã Đồng Hới Bắc').history).toHaveLength(1);
  });

  test('a unit with errors still gets the warning about its previous name', () => {
    const book = reorganisedWorkbook();
    const sheet = book.sheets.find((candidate) => candidate.name === 'Xã Không Khớp') as Sheet;
    (sheet.values[1] as Cell[])[3] = 60; // 60 > Max 50: an error of the unit
    const other = scoreWorkbook(book);
    expect(unitOf(other, 'Xã Không Khớp').status).toBe('error');
    expect(other.warnings.map((w) => w.cell)).toContain('D9');
    expect(unitOf(other, 'Xã Không Khớp')).toMatchObject({ streak: 0, compare: null });
  });

  test('an old name that another unit bears this year: the unit giving it starts afresh, with a warning', () => {
    // Xã Mới gives "Xã Bình Minh" as its previous name, but Xã Bình Minh is still a unit this year.
    const book = reorganisedWorkbook();
    const units = book.sheets.find((sheet) => sheet.name === 'Đơn vị') as Sheet;
    units.values.push(['Xã Mới', 'Xã', null, 'Xã Bình Minh']);
    book.sheets.push({ ...(book.sheets.find((s) => s.name === 'Phường Đồng Sơn') as Sheet), name: 'Xã Mới' });
    const other = scoreWorkbook(book);
    // Xã Mới 80 ties Xã Phong Nha: both 3rd. It gets no 2024 row of Xã Bình Minh (1st): no previous rank.
    expect(unitOf(other, 'Xã Mới')).toMatchObject({ rank: 3, previousRank: null, streak: 0, compare: null });
    expect(unitOf(other, 'Xã Bình Minh')).toMatchObject({ previousRank: 1, streak: 4 });
    expect(other.warnings).toContainEqual(
      err('vi', 'Đơn vị', 'D12', 'previousNameIsCurrent', {
        name: 'Xã Bình Minh',
        unit: 'Xã Mới',
        other: 'Xã Bình Minh',
      }),
    );
  });
});

test('archive writes the unit typed decomposed in NFC, with its group', () => {
  const history = reorganisedWorkbook().sheets.find((sheet) => sheet.name === 'Lịch sử') as Sheet;
  const outcome = archiveYear(result, history);
  if (!outcome.ok) throw new Error(outcome.message);
  const rows = outcome.values.filter((row) => row[0] === 2025);
  // Xã An Phú: 85, 2nd of the 8 ranked in Xã, SIPAS rank 2; SIPAS 0.88 in a column added after History's own.
  expect(rows).toContainEqual([2025, 'Xã An Phú', 'Xã', 85, 2, 8, 2, 0.88]);
  expect(rows.flat().filter((cell) => typeof cell === 'string' && cell !== cell.normalize('NFC'))).toEqual(
    [],
  );
});
