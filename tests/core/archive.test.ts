/**
 * Saving a year (WORKBOOK.md, "Archiving a year"): the History sheet's new values from this year's result and
 * the current History, with its refusals, and the property that next year reads back the ranks it saved.
 */
import fc from 'fast-check';
import { archiveYear, type ArchiveOutcome } from '../../src/core/years/archive';
import { message } from '../../src/core/messages';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { criteriaSheet, unitSheet } from '../helpers/workbook';

/** Two fields of one leaf each, Max 10: self scores (a, b) give index 5 × (a + b). */
const CRITERIA = [
  { code: '1', name: 'Chỉ đạo' },
  { code: '1.1', max: 10 },
  { code: '2', name: 'Thủ tục' },
  { code: '2.1', max: 10 },
];

interface U {
  name: string;
  s: [number, number];
  group?: string;
  ranked?: boolean;
  sipas?: number;
}

function book(units: readonly U[], settings: Cell[][] | null, history: Sheet | null): Workbook {
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Nhóm', 'Xếp hạng'],
        ...units.map((u) => [u.name, u.group ?? null, u.ranked === false ? 'Không' : null]),
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'SIPAS'],
        ...units.filter((u) => u.sipas !== undefined).map((u) => [u.name, u.sipas ?? null]),
      ],
    },
  ];
  if (settings) sheets.push({ name: 'Cài đặt', values: settings });
  if (history) sheets.push(history);
  for (const u of units)
    sheets.push(
      unitSheet(u.name, [
        { code: '1.1', self: u.s[0] },
        { code: '2.1', self: u.s[1] },
      ]),
    );
  return { sheets };
}

function saved(outcome: ArchiveOutcome): Extract<ArchiveOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

const HEADER_VI = ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'];

// A 90 (1st of 2 in Cấp huyện, SIPAS 0.8 → 2nd), B 80 (2nd, SIPAS 0.9 → 1st), C 70 unranked,
// D 85 (1st of 1 in Cấp xã, no SIPAS).
const UNITS: U[] = [
  { name: 'A', s: [9, 9], group: 'Cấp huyện', sipas: 0.8 },
  { name: 'B', s: [8, 8], group: 'Cấp huyện', sipas: 0.9 },
  { name: 'C', s: [7, 7], group: 'Cấp huyện', ranked: false },
  { name: 'D', s: [8, 9], group: 'Cấp xã' },
];
const THIS_YEAR: Cell[][] = [
  [2025, 'A', 'Cấp huyện', 90, 1, 2, 0.8, 2],
  [2025, 'B', 'Cấp huyện', 80, 2, 2, 0.9, 1],
  [2025, 'D', 'Cấp xã', 85, 1, 1, '', ''],
];

describe('archiveYear', () => {
  test('creates History with the header in the workbook language: one row per unit with a rank', () => {
    const workbook = book(UNITS, [['Năm', 2025]], null);
    const outcome = saved(archiveYear(scoreWorkbook(workbook), null));
    expect(outcome.sheet).toBe('Lịch sử');
    expect(outcome.values).toEqual([HEADER_VI, ...THIS_YEAR]);
    expect([outcome.added, outcome.replaced, outcome.removed]).toEqual([3, 0, 0]);
    expect(outcome.message).toBe(message('vi', 'archiveDone', { year: 2025, added: 3, replaced: 0 }));
  });

  test('the header in English for an English workbook', () => {
    const workbook: Workbook = {
      sheets: [
        criteriaSheet(CRITERIA, { english: true }),
        { name: 'Settings', values: [['Year', 2024]] },
        unitSheet(
          'X',
          [
            { code: '1.1', self: 5 },
            { code: '2.1', self: 5 },
          ],
          { english: true },
        ),
      ],
    };
    const outcome = saved(archiveYear(scoreWorkbook(workbook), null));
    expect(outcome.sheet).toBe('History');
    // X: 10 of 20 = 50, 1st of 1, no group, no SIPAS.
    expect(outcome.values).toEqual([
      ['Year', 'Unit', 'Group', 'Index', 'Rank', 'Out of', 'SIPAS', 'SIPAS rank'],
      [2024, 'X', '', 50, 1, 1, '', ''],
    ]);
  });

  test('replaces the rows of this year only; other years, titles and extra columns stay; twice is once', () => {
    const history: Sheet = {
      name: 'Lịch sử',
      values: [
        ['Kết quả các năm', null, null, null],
        ['Đơn vị', 'Năm', 'Xếp hạng', 'Ghi chú'],
        ['A', 2024, 3, 'giữ'],
        ['A', 2025, 9, 'cũ'],
        ['C', '2025', 1, 'cũ'],
        ['B', 2026, 4, 'năm sau'],
      ],
    };
    const workbook = book(UNITS, [['Năm', 2025]], history);
    const first = saved(archiveYear(scoreWorkbook(workbook), history));
    // Missing columns are added at the right in the contract's order: Nhóm, Chỉ số, Trên tổng số, SIPAS, Hạng SIPAS.
    expect(first.values).toEqual([
      ['Kết quả các năm', null, null, null, '', '', '', '', ''],
      ['Đơn vị', 'Năm', 'Xếp hạng', 'Ghi chú', 'Nhóm', 'Chỉ số', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
      ['A', 2024, 3, 'giữ', '', '', '', '', ''],
      ['B', 2026, 4, 'năm sau', '', '', '', '', ''],
      ['A', 2025, 1, '', 'Cấp huyện', 90, 2, 0.8, 2],
      ['B', 2025, 2, '', 'Cấp huyện', 80, 2, 0.9, 1],
      ['D', 2025, 1, '', 'Cấp xã', 85, 1, '', ''],
    ]);
    // A had a 2025 row (replaced); B and D had none (added); C's 2025 row goes: C has no rank now.
    expect([first.added, first.replaced, first.removed]).toEqual([2, 1, 1]);
    expect(first.message).toBe(
      message('vi', 'archiveDone', { year: 2025, added: 2, replaced: 1 }) +
        ' ' +
        message('vi', 'archiveRemoved', { year: 2025, removed: 1 }),
    );

    const again: Sheet = { name: 'Lịch sử', values: first.values };
    const second = saved(archiveYear(scoreWorkbook(book(UNITS, [['Năm', 2025]], again)), again));
    expect(second.values).toEqual(first.values);
    expect([second.added, second.replaced, second.removed]).toEqual([0, 3, 0]);
  });

  test('refused without a Settings year, even when History gives one', () => {
    const history: Sheet = {
      name: 'Lịch sử',
      values: [
        ['Năm', 'Đơn vị', 'Xếp hạng'],
        [2024, 'A', 1],
      ],
    };
    const result = scoreWorkbook(book(UNITS, null, history));
    expect(result.year).toBe(2025);
    expect(archiveYear(result, history)).toEqual({ ok: false, message: message('vi', 'archiveNoYear') });
  });

  test('refused when History has errors, naming them', () => {
    const history: Sheet = {
      name: 'Lịch sử',
      values: [
        ['Năm', 'Đơn vị', 'Xếp hạng'],
        [2023.5, 'A', 1],
      ],
    };
    const outcome = archiveYear(scoreWorkbook(book(UNITS, [['Năm', 2025]], history)), history);
    expect(outcome).toEqual({
      ok: false,
      message: message('vi', 'archiveHistoryErrors', {
        count: 1,
        list: `A2: ${message('vi', 'historyBadYear', { text: '2023.5' })}`,
      }),
    });
  });
});

describe('property: saving a year, then moving the year on by one', () => {
  const unitArb = fc.record({
    a: fc.integer({ min: 0, max: 10 }),
    b: fc.integer({ min: 0, max: 10 }),
    group: fc.constantFrom('Cấp huyện', 'Cấp xã'),
    ranked: fc.boolean(),
  });

  test('gives every unit a previous rank equal to the rank it had', () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2000, max: 2030 }),
        (specs, year) => {
          const units: U[] = specs.map((spec, i) => ({
            name: `Đơn vị ${i + 1}`,
            s: [spec.a, spec.b],
            group: spec.group,
            ranked: spec.ranked,
          }));
          const before = scoreWorkbook(book(units, [['Năm', year]], null));
          const outcome = saved(archiveYear(before, null));
          const history: Sheet = { name: outcome.sheet, values: outcome.values };
          const after = scoreWorkbook(book(units, [['Năm', year + 1]], history));
          expect(after.errors).toEqual([]);
          expect(after.units.map((unit) => unit.previousRank)).toEqual(before.units.map((unit) => unit.rank));
          expect(after.units.map((unit) => unit.previousIndex)).toEqual(
            before.units.map((unit) => (unit.rank === null ? null : unit.index)),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
