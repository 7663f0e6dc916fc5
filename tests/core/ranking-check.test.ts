/**
 * The ranking tab against a fresh result (WORKBOOK.md, "Command line", `par-index verify`): rank, index, class and
 * which units are listed, found by the project's own headers in either language.
 * One leaf of Max 100 per unit: a unit's index is its typed self score.
 */
import { checkRankingTab, type RankingCheck } from '../../src/core/outputs/ranking-check';
import { buildRankingTab } from '../../src/core/outputs/ranking-tab';
import { tabValues } from '../../src/core/outputs/tab';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { workbook } from '../helpers/workbook';

const HUNDRED = [{ code: '1' }, { code: '1.1', max: 100 }];

/** A 92 (A, 1st), B 85 (B, 2nd), C 71 (C, 3rd), D 101 (above Max: error, listed without rank, index or class). */
function data(scores: Record<string, Cell> = { A: 92, B: 85, C: 71, D: 101 }, english = false): Workbook {
  const units: Record<string, { code: string; self: Cell }[]> = {};
  for (const [name, self] of Object.entries(scores)) units[name] = [{ code: '1.1', self }];
  return workbook({ criteria: HUNDRED, units, english });
}

/** The workbook with the ranking tab its own scoring writes. */
function withTab(book: Workbook): Workbook {
  const tab = buildRankingTab(scoreWorkbook(book));
  return { sheets: [...book.sheets, { name: tab.name, values: tabValues(tab) }] };
}

function check(book: Workbook): RankingCheck {
  return checkRankingTab(book, scoreWorkbook(book));
}

function differences(book: Workbook) {
  const checked = check(book);
  if (!checked.found) throw new Error('no ranking tab');
  return checked.differences;
}

/** The ranking sheet's cell of a unit's row and a column found by its header. */
function edit(book: Workbook, unit: string, header: string, value: Cell): Workbook {
  const sheets = book.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((row) => [...row]) }));
  const ranking = sheets[sheets.length - 1] as Sheet;
  const column = (ranking.values[1] as Cell[]).indexOf(header);
  const row = ranking.values.find((line) => line.includes(unit)) as Cell[];
  row[column] = value;
  return { sheets };
}

describe('the ranking tab against the data', () => {
  test('a tab written from the same data agrees, error unit included', () => {
    expect(check(withTab(data()))).toEqual({ found: true, sheet: 'Xếp hạng', differences: [] });
  });

  test('an English workbook: the tab "Ranking" with English headers agrees, and an edit names the English header', () => {
    const book = withTab(data({ A: 92, B: 85 }, true));
    expect(check(book)).toEqual({ found: true, sheet: 'Ranking', differences: [] });
    expect(differences(edit(book, 'B', 'Class', 'A'))).toEqual([
      { unit: 'B', column: 'Class', tab: 'A', computed: 'B' },
    ]);
  });

  test('a rank edited by hand is named with the tab value and the computed one', () => {
    // C is 3rd; the tab now says 1st.
    expect(differences(edit(withTab(data()), 'C', 'Hạng', 1))).toEqual([
      { unit: 'C', column: 'Hạng', tab: 1, computed: 3 },
    ]);
  });

  test('a rank as the "r/N" text the tab shows agrees; a wrong r or N differs', () => {
    const book = withTab(data());
    // 3 units ranked (D has an error): B is 2/3.
    expect(differences(edit(book, 'B', 'Hạng', '2/3'))).toEqual([]);
    expect(differences(edit(book, 'B', 'Hạng', '2 / 3'))).toEqual([]);
    expect(differences(edit(book, 'B', 'Hạng', '1/3'))).toEqual([
      { unit: 'B', column: 'Hạng', tab: '1/3', computed: '2/3' },
    ]);
    expect(differences(edit(book, 'B', 'Hạng', '2/4'))).toEqual([
      { unit: 'B', column: 'Hạng', tab: '2/4', computed: '2/3' },
    ]);
    expect(differences(edit(book, 'B', 'Hạng', 'nhì'))).toEqual([
      { unit: 'B', column: 'Hạng', tab: 'nhì', computed: 2 },
    ]);
    // D, an error, has no rank: a rank typed for it differs.
    expect(differences(edit(book, 'D', 'Hạng', '4/4'))).toEqual([
      { unit: 'D', column: 'Hạng', tab: '4/4', computed: null },
    ]);
  });

  test('an index agrees within less than 0.005, rounded or as text; further away it differs', () => {
    const book = withTab(data());
    // A's index is 92.
    expect(differences(edit(book, 'A', 'Chỉ số (%)', 92.004))).toEqual([]);
    expect(differences(edit(book, 'A', 'Chỉ số (%)', '92,00'))).toEqual([]);
    expect(differences(edit(book, 'A', 'Chỉ số (%)', '92 %'))).toEqual([]);
    // 92.005 − 92 is 0.00499… in binary: the first value that differs here is 92.006.
    expect(differences(edit(book, 'A', 'Chỉ số (%)', 92.006))).toEqual([
      { unit: 'A', column: 'Chỉ số (%)', tab: 92.006, computed: 92 },
    ]);
    expect(differences(edit(book, 'A', 'Chỉ số (%)', null))).toEqual([
      { unit: 'A', column: 'Chỉ số (%)', tab: null, computed: 92 },
    ]);
    expect(differences(edit(book, 'A', 'Chỉ số (%)', 'cao'))).toEqual([
      { unit: 'A', column: 'Chỉ số (%)', tab: 'cao', computed: 92 },
    ]);
    // D, an error, has no index.
    expect(differences(edit(book, 'D', 'Chỉ số (%)', 50))).toEqual([
      { unit: 'D', column: 'Chỉ số (%)', tab: 50, computed: null },
    ]);
  });

  test('a stale tab: after the data changed, every changed rank, index and class is named', () => {
    const tab = withTab(data()).sheets.at(-1) as Sheet;
    // C now typed 95: C 1st (95, A), A 2nd, B 3rd; B's class stays B, A's stays A.
    const changed = data({ A: 92, B: 85, C: 95, D: 101 });
    const book = { sheets: [...changed.sheets, tab] };
    expect(differences(book)).toEqual([
      { unit: 'A', column: 'Hạng', tab: 1, computed: 2 },
      { unit: 'B', column: 'Hạng', tab: 2, computed: 3 },
      { unit: 'C', column: 'Hạng', tab: 3, computed: 1 },
      { unit: 'C', column: 'Chỉ số (%)', tab: 71, computed: 95 },
      { unit: 'C', column: 'Xếp loại', tab: 'C', computed: 'A' },
    ]);
  });

  test('a unit missing from the tab and a unit the data no longer has are both named', () => {
    const tab = withTab(data({ A: 92, Cũ: 80 })).sheets.at(-1) as Sheet;
    const book = { sheets: [...data({ A: 92, Mới: 80 }).sheets, tab] };
    expect(differences(book)).toEqual([
      { unit: 'Mới', column: 'Đơn vị', tab: null, computed: 'Mới' },
      { unit: 'Cũ', column: 'Đơn vị', tab: 'Cũ', computed: null },
    ]);
  });

  test('a unit listed twice: its first row is compared, the second is named as a row the data does not have', () => {
    const book = withTab(data());
    const ranking = book.sheets.at(-1) as Sheet;
    const second = [...(ranking.values.find((row) => row.includes('B')) as Cell[])];
    const sheets = [...book.sheets.slice(0, -1), { ...ranking, values: [...ranking.values, second] }];
    expect(differences({ sheets })).toEqual([{ unit: 'B', column: 'Đơn vị', tab: 'B', computed: null }]);
  });

  test('columns are found by header wherever they stand; a missing column reads as blank, named by its header', () => {
    // Only Unit and Class, in another order, under a title of two rows: A's rank and index are missing.
    const book = data({ A: 92 });
    const ranking: Sheet = {
      name: 'xep hang',
      values: [['Bảng xếp hạng'], [], ['Xếp loại', 'ĐƠN VỊ'], ['A', 'A'], [null, null]],
    };
    expect(differences({ sheets: [...book.sheets, ranking] })).toEqual([
      { unit: 'A', column: 'Hạng', tab: null, computed: 1 },
      { unit: 'A', column: 'Chỉ số (%)', tab: null, computed: 92 },
    ]);
  });

  test('no ranking tab, or one without the header row, is not found', () => {
    expect(check(data())).toEqual({ found: false, sheet: null });
    const book = data();
    const blank: Sheet = { name: 'Xếp hạng', values: [['Xếp hạng'], [1, 'A']] };
    expect(check({ sheets: [...book.sheets, blank] })).toEqual({ found: false, sheet: 'Xếp hạng' });
  });
});
