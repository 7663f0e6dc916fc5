/**
 * The command on years, as a child process: `par-index archive WORKBOOK.xlsx --out OUT.xlsx` (WORKBOOK.md,
 * "Archiving a year" and "Command line": the copy gets this year's History rows, the input never changes), and
 * `rank --json` on the commune-level example, whose History gives every new field of the JSON.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { message } from '../../src/core/messages';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { readXlsxFile, sheetFromWorksheet, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { criteriaSheet, unitSheet } from '../helpers/workbook';
import { ensureBuilt, ROOT, runCommand as run, sha256 } from '../helpers/cli';

const COMMUNE_EXAMPLE = join(ROOT, 'examples', 'cchc-cap-xa-2025.xlsx');

async function sheetsOf(path: string): Promise<Map<string, Cell[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return new Map(
    book.worksheets.map((worksheet) => [worksheet.name, trim(sheetFromWorksheet(worksheet).values)]),
  );
}

/** Values without trailing blank cells and rows, so a cleared cell and a never-written one compare equal. */
function trim(values: Cell[][]): Cell[][] {
  const rows = values.map((row) => {
    const line = row.map((cell) => (cell === undefined || cell === '' ? null : cell));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).length === 0) rows.pop();
  return rows;
}

/** Two fields of one leaf, Max 10 each: self scores (a, b) give index 5 × (a + b). */
const CRITERIA = [
  { code: '1', name: 'Chỉ đạo' },
  { code: '1.1', max: 10 },
  { code: '2', name: 'Thủ tục' },
  { code: '2.1', max: 10 },
];

/**
 * Xã An Hòa 9 + 9 → 90 (1st of 2, SIPAS 0.8 → 2nd); Phường Bắc Hà 8 + 8 → 80 (2nd, SIPAS 0.9 → 1st);
 * Xã Cẩm Lạc unranked. History holds 2023 and an old 2024 row of Xã An Hòa, which the archive replaces.
 */
function workbook(options: { year: boolean }): Workbook {
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Nhóm', 'Xếp hạng'],
        ['Xã An Hòa', 'Cấp xã', null],
        ['Phường Bắc Hà', 'Cấp xã', null],
        ['Xã Cẩm Lạc', 'Cấp xã', 'Không'],
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'SIPAS'],
        ['Xã An Hòa', 0.8],
        ['Phường Bắc Hà', 0.9],
      ],
    },
  ];
  if (options.year) sheets.push({ name: 'Cài đặt', values: [['Năm', 2024]] });
  sheets.push(
    {
      name: 'Lịch sử',
      values: [
        ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
        [2023, 'Xã An Hòa', 'Cấp xã', 70, 2, 2, 0.7, 2],
        [2023, 'Phường Bắc Hà', 'Cấp xã', 75, 1, 2, 0.75, 1],
        [2024, 'Xã An Hòa', 'Cấp xã', 50, 9, 9, null, null],
      ],
    },
    unitSheet('Xã An Hòa', [
      { code: '1.1', self: 9 },
      { code: '2.1', self: 9 },
    ]),
    unitSheet('Phường Bắc Hà', [
      { code: '1.1', self: 8 },
      { code: '2.1', self: 8 },
    ]),
    unitSheet('Xã Cẩm Lạc', [
      { code: '1.1', self: 7 },
      { code: '2.1', self: 7 },
    ]),
  );
  return { sheets };
}

let dir: string;
let input: string;
let noYear: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-archive-'));
  input = join(dir, 'xa.xlsx');
  noYear = join(dir, 'no-year.xlsx');
  await writeWorkbookXlsx(workbook({ year: true }), input);
  await writeWorkbookXlsx(workbook({ year: false }), noYear);
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('par-index archive', () => {
  test('writes the copy with this year in History, never the input; nothing else changes', async () => {
    const before = sha256(input);
    const out = join(dir, 'xa-archived.xlsx');
    const result = run('archive', input, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Phường Bắc Hà is added; Xã An Hòa's 2024 row is replaced.
    expect(result.stdout).toContain(message('vi', 'archiveDone', { year: 2024, added: 1, replaced: 1 }));
    expect(sha256(input)).toBe(before);

    const original = await sheetsOf(input);
    const written = await sheetsOf(out);
    expect([...written.keys()]).toEqual([...original.keys()]);
    for (const [name, values] of original) if (name !== 'Lịch sử') expect(written.get(name)).toEqual(values);
    expect(written.get('Lịch sử')).toEqual([
      ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
      [2023, 'Xã An Hòa', 'Cấp xã', 70, 2, 2, 0.7, 2],
      [2023, 'Phường Bắc Hà', 'Cấp xã', 75, 1, 2, 0.75, 1],
      [2024, 'Xã An Hòa', 'Cấp xã', 90, 1, 2, 0.8, 2],
      [2024, 'Phường Bắc Hà', 'Cấp xã', 80, 2, 2, 0.9, 1],
    ]);

    // Archiving the copy again gives the same History: only 2024's rows are replaced.
    const again = join(dir, 'xa-archived-twice.xlsx');
    const second = run('archive', out, '--out', again);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(message('vi', 'archiveDone', { year: 2024, added: 0, replaced: 2 }));
    expect((await sheetsOf(again)).get('Lịch sử')).toEqual(written.get('Lịch sử'));
  });

  test('refused without a Settings year: exit 2, the message, nothing written', () => {
    const out = join(dir, 'no-year-archived.xlsx');
    const result = run('archive', noYear, '--out', out);
    expect(result.status).toBe(2);
    // The workbook's errors and warnings first, as rank prints them; then the refusal.
    expect(result.stdout).toMatch(/^Không có lỗi\.\n\nCảnh báo \(2\):\n/);
    expect(result.stderr).toContain(message('vi', 'archiveNoYear'));
    expect(existsSync(out)).toBe(false);
  });

  // A usage error is one line ending with where the whole usage is.
  const SEE = 'Xem / see: par-index --help\n';
  test.each<[string, string[], string]>([
    ['no --out', ['archive', '__IN__'], 'Missing --out OUT.xlsx. ' + SEE],
    ['no workbook', ['archive', '--out', 'x.xlsx'], 'Missing WORKBOOK.xlsx. ' + SEE],
    [
      'an unknown option',
      ['archive', '__IN__', '--out', 'x.xlsx', '--json'],
      'Unknown option "--json". ' + SEE,
    ],
    ['--out the input', ['archive', '__IN__', '--out', '__IN__'], 'the input is never written over'],
  ])('exit 2 for a usage error: %s; the input untouched', (_label, args, said) => {
    const before = sha256(input);
    const result = run(...args.map((arg) => (arg === '__IN__' ? input : arg)));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(said);
    expect(sha256(input)).toBe(before);
  });

  test('--help lists the archive command next to rank', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: par-index rank WORKBOOK.xlsx');
    expect(result.stdout).toContain('Usage: par-index archive WORKBOOK.xlsx --out OUT.xlsx');
  });

  test('exit 2 for an unreadable file', () => {
    const result = run('archive', join(dir, 'nowhere.xlsx'), '--out', join(dir, 'x.xlsx'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nowhere.xlsx');
  });
});

describe('rank --json on the commune-level example (synthetic data)', () => {
  /**
   * Hand-computed in examples/source/build-example-cap-xa.ts: this year 2025 (Settings), Compare with 2022.
   * In the order of the Units sheet: [unit, index, rank, previous rank (History 2024), change, SIPAS rank, streak,
   *  compare [rank 2022, change, SIPAS rank 2022, SIPAS change] or null, history [year, index, rank] before 2025]
   */
  type Expected = [
    string,
    number,
    number,
    number | null,
    number | null,
    number,
    number,
    [number, number, number, number] | null,
    [number, number, number][],
  ];
  const EXPECTED: Expected[] = [
    // 1st in 2022, 2023, 2024 and 2025: 4 years running. 2022: 1st → 1 − 1 = 0; SIPAS 2 − 2 = 0.
    [
      'Phường Thành Sen',
      95.7,
      1,
      1,
      0,
      2,
      4,
      [1, 0, 2, 0],
      [
        [2022, 91.84, 1],
        [2023, 92.6, 1],
        [2024, 93.71, 1],
      ],
    ],
    // 4th in 2024 → up 2; 2022: 3 − 2 = 1; SIPAS 1 − 3 = −2.
    [
      'Phường Trần Phú',
      93.8,
      2,
      4,
      2,
      3,
      0,
      [3, 1, 1, -2],
      [
        [2022, 88.12, 3],
        [2023, 90.05, 2],
        [2024, 89.33, 4],
      ],
    ],
    // renamed from Xã Kỳ Trinh: 5th in 2024 → up 2; 2022: 8 − 3 = 5; SIPAS 9 − 1 = 8.
    [
      'Phường Sông Trí',
      92.5,
      3,
      5,
      2,
      1,
      0,
      [8, 5, 9, 8],
      [
        [2022, 80.47, 8],
        [2023, 84.9, 6],
        [2024, 88.02, 5],
      ],
    ],
    // SIPAS 0.8843 tied with Xã Đồng Tiến: both 4th.
    [
      'Xã Thạch Lạc',
      89.4,
      4,
      2,
      -2,
      4,
      0,
      [2, -2, 3, -1],
      [
        [2022, 89.6, 2],
        [2023, 89.74, 3],
        [2024, 91.15, 2],
      ],
    ],
    [
      'Xã Đồng Tiến',
      89,
      5,
      3,
      -2,
      4,
      0,
      [5, 0, 6, 2],
      [
        [2022, 85.31, 5],
        [2023, 87.22, 4],
        [2024, 90.48, 3],
      ],
    ],
    // merged from Xã Tân Mỹ and Xã Hà Linh: no previous rank, no row of its own before 2025.
    ['Xã Tân Mỹ Hà', 84.2, 6, null, null, 6, 0, null, []],
    [
      'Xã Cẩm Bình',
      81.4,
      8,
      6,
      -2,
      7,
      0,
      [4, -4, 4, -3],
      [
        [2022, 86.9, 4],
        [2023, 86.48, 5],
        [2024, 86.1, 6],
      ],
    ],
    [
      'Xã Thiên Cầm',
      82.5,
      7,
      9,
      2,
      8,
      0,
      [6, -1, 5, -3],
      [
        [2022, 83.45, 6],
        [2023, 81.2, 8],
        [2024, 81.56, 9],
      ],
    ],
    [
      'Xã Kỳ Xuân',
      80.3,
      9,
      7,
      -2,
      9,
      0,
      [7, -2, 7, -2],
      [
        [2022, 82.18, 7],
        [2023, 83.05, 7],
        [2024, 85.27, 7],
      ],
    ],
    [
      'Xã Hương Phố',
      72.9,
      10,
      11,
      1,
      10,
      0,
      [10, 0, 10, 0],
      [
        [2022, 76.63, 10],
        [2023, 77.08, 11],
        [2024, 79.9, 11],
      ],
    ],
  ];

  test('exit 0, year 2025, and every unit’s years, streak, comparison and SIPAS rank', () => {
    const result = run('rank', COMMUNE_EXAMPLE, '--json');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      year: number | null;
      errors: unknown[];
      units: {
        unit: string;
        index: number;
        rank: number;
        previousRank: number | null;
        change: number | null;
        sipasRank: number;
        streak: number;
        compare: unknown;
        history: { year: number; index: number; rank: number }[];
      }[];
    };
    expect(output.errors).toEqual([]);
    expect(output.year).toBe(2025);
    expect(output.units.map((unit) => unit.unit)).toEqual(EXPECTED.map(([name]) => name));
    for (const [name, index, rank, previousRank, change, sipasRank, streak, compare, history] of EXPECTED) {
      const unit = output.units.find((candidate) => candidate.unit === name);
      expect(unit).toMatchObject({ unit: name, rank, previousRank, change, sipasRank, streak });
      expect(unit?.index).toBeCloseTo(index, 9);
      expect(unit?.compare).toEqual(
        compare && {
          year: 2022,
          rank: compare[0],
          change: compare[1],
          sipasRank: compare[2],
          sipasChange: compare[3],
        },
      );
      // earlier years from History as typed, then 2025's own result
      expect(unit?.history.slice(0, -1)).toEqual(
        history.map(([year, i, r]) => ({ year, index: i, rank: r })),
      );
      expect(unit?.history.at(-1)).toEqual({ year: 2025, index: unit?.index, rank });
    }
  });
});

/**
 * The format's English History sheet is named "History", which Google Sheets allows and exceljs refuses (Excel
 * keeps the name for its own change history). District A 9 → index 90, 1st; District B 8 → 80, 2nd.
 */
describe('an English workbook: archive and report with a sheet named History', () => {
  function english(history: boolean): Workbook {
    return {
      sheets: [
        { name: 'Settings', values: [['Year', 2024]] },
        {
          name: 'Criteria',
          values: [
            ['Code', 'Criterion', 'Max'],
            ['1', 'Lead', null],
            ['1.1', 'a', 10],
          ],
        },
        ...(history
          ? [
              {
                name: 'History',
                values: [
                  ['Year', 'Unit', 'Index', 'Rank'],
                  [2023, 'District A', 70, 2],
                ],
              },
            ]
          : []),
        {
          name: 'District A',
          values: [
            ['Code', 'Self score'],
            ['1.1', 9],
          ],
        },
        {
          name: 'District B',
          values: [
            ['Code', 'Self score'],
            ['1.1', 8],
          ],
        },
      ],
    };
  }

  async function historyOf(path: string): Promise<Cell[][] | undefined> {
    const { workbook } = await readXlsxFile(path);
    const sheet = workbook.sheets.find((candidate) => candidate.name === 'History');
    return sheet && trim(sheet.values);
  }

  test('archive creates the History sheet with the English header', async () => {
    const path = join(dir, 'en-new.xlsx');
    await writeWorkbookXlsx(english(false), path);
    const out = join(dir, 'en-new-archived.xlsx');
    const result = run('archive', path, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // Year, Unit, Group (none), Index, Rank, Out of (2 ranked), no SIPAS.
    expect(await historyOf(out)).toEqual([
      ['Year', 'Unit', 'Group', 'Index', 'Rank', 'Out of', 'SIPAS', 'SIPAS rank'],
      [2024, 'District A', null, 90, 1, 2],
      [2024, 'District B', null, 80, 2, 2],
    ]);
  });

  test('archive and report read a workbook that has one', async () => {
    const path = join(dir, 'en-history.xlsx');
    await writeWorkbookXlsx(english(true), path);
    const out = join(dir, 'en-history-archived.xlsx');
    const archived = run('archive', path, '--out', out);
    expect(archived.stderr).toBe('');
    expect(archived.status).toBe(0);
    expect(await historyOf(out)).toEqual([
      // The sheet's own columns first, the missing ones after them.
      ['Year', 'Unit', 'Index', 'Rank', 'Group', 'Out of', 'SIPAS', 'SIPAS rank'],
      [2023, 'District A', 70, 2],
      [2024, 'District A', 90, 1, null, 2],
      [2024, 'District B', 80, 2, null, 2],
    ]);
    const reported = run('report', path, '--all', '--out', join(dir, 'en-history-reports.xlsx'));
    expect(reported.stderr).toBe('');
    expect(reported.status).toBe(0);
  });
});
