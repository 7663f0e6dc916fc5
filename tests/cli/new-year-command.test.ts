/**
 * `par-index new-year WORKBOOK.xlsx --out OUT.xlsx` as a child process (WORKBOOK.md, "Command line"): this year
 * in History, Year + 1, Stage back to self-assessment, this year's entries emptied (values and formulas), codes,
 * names, Max, other columns and formatting kept, generated tabs and marks removed; the input never changed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sheetFromWorksheet, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { MARK_NOTE_TAG } from '../../src/core/outputs/mark-signs';
import { message } from '../../src/core/messages';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { ensureBuilt, runCommand as run, sha256 } from '../helpers/cli';
import { criteriaSheet } from '../helpers/workbook';

/** Two leaves of Max 50: a unit's index is the sum of its two self scores. */
const CRITERIA = [{ code: '1' }, { code: '1.1', max: 50 }, { code: '1.2', max: 50 }];
const UNIT_HEADER = [
  'Mã',
  'Tiêu chí',
  'Điểm tối đa',
  'Số liệu kê khai',
  'Trên tổng số',
  'Điểm tự chấm',
  'Tài liệu kiểm chứng',
  'Điểm thẩm định',
  'Ý kiến thẩm định',
  'Giải trình',
  'Điểm sau giải trình',
  'Ghi chú riêng',
];

/** A unit sheet: 1.1 self a, appraised a, re-appraised a; 1.2 self b. Column L is a person's own. */
function unitSheet(name: string, a: number, b: number): Sheet {
  return {
    name,
    values: [
      UNIT_HEADER,
      ['1.1', 'Chỉ đạo', 50, 'có', 1, a, 'QĐ 12', a, 'đạt', 'đã giải trình', a, 'giữ'],
      ['1.2', 'Báo cáo', 50, null, null, b, null, null, null, null, null, null],
    ],
  };
}

/**
 * Xã An 45 + 45 = 90 (1st), Xã Bình 40 + 40 = 80 (2nd), Xã Cư 30 + 30 = 60 (3rd), Xã Đông not ranked.
 * Previous ranks typed last year: An 2, Bình 1.
 */
function book(settings: Cell[][] | null): Workbook {
  const sheets: Sheet[] = [
    criteriaSheet(CRITERIA),
    {
      name: 'Đơn vị',
      values: [
        ['Đơn vị', 'Xếp hạng', 'Xếp hạng năm trước', 'Chỉ số năm trước', 'Tên năm trước'],
        ['Xã An', null, 2, 80, 'Xã An Cũ'],
        ['Xã Bình', null, 1, 85, null],
        ['Xã Cư', null, null, null, null],
        ['Xã Đông', 'Không', null, null, null],
      ],
    },
    {
      name: 'Điều tra',
      values: [
        ['Đơn vị', 'SIPAS'],
        ['Xã An', 0.8],
        ['Xã Bình', 0.9],
      ],
    },
  ];
  if (settings) sheets.push({ name: 'Cài đặt', values: settings });
  sheets.push(
    unitSheet('Xã An', 45, 45),
    unitSheet('Xã Bình', 40, 40),
    unitSheet('Xã Cư', 30, 30),
    unitSheet('Xã Đông', 20, 20),
  );
  return { sheets };
}

let dir: string;
let input: string;

/** The values of every sheet, as the command reads them. */
async function read(path: string): Promise<{ excel: ExcelJS.Workbook; sheets: Map<string, Cell[][]> }> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  return {
    excel,
    sheets: new Map(excel.worksheets.map((ws) => [ws.name, sheetFromWorksheet(ws).values])),
  };
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-new-year-'));
  const plain = join(dir, 'plain.xlsx');
  await writeWorkbookXlsx(book([['Năm', 2024]]), plain);
  // The generated tabs, as a recompute leaves them.
  const ranked = join(dir, 'ranked.xlsx');
  expect(run('rank', plain, '--out', ranked).status).toBe(0);
  // A formula in Xã An's self score, a bold Value cell, a Mark (fill and note) on its row 2 beside a person's
  // own note, and a mark-coloured fill on a kept column of Xã Bình.
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(ranked);
  const an = excel.getWorksheet('Xã An') as ExcelJS.Worksheet;
  an.getCell('F3').value = { formula: '20+25', result: 45 };
  an.getCell('D2').font = { bold: true };
  const markFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8E6' } };
  for (const cell of ['A2', 'B2', 'C2']) an.getCell(cell).fill = markFill;
  an.getCell('A2').note = `xem lại\n${MARK_NOTE_TAG} mất điểm 5`;
  an.getCell('B2').note = `${MARK_NOTE_TAG} thẩm định hạ 5`;
  (excel.getWorksheet('Xã Bình') as ExcelJS.Worksheet).getCell('L2').fill = markFill;
  // A field row whose name is merged across the entry columns (B4:H4).
  const cu = excel.getWorksheet('Xã Cư') as ExcelJS.Worksheet;
  cu.getCell('A4').value = '1';
  cu.getCell('B4').value = 'Công tác chỉ đạo';
  cu.mergeCells('B4:H4');
  input = join(dir, 'in.xlsx');
  await excel.xlsx.writeFile(input);
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('par-index new-year', () => {
  test("writes next year's workbook and never changes the input", async () => {
    const before = sha256(input);
    const out = join(dir, 'next.xlsx');
    const result = run('new-year', input, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(message('vi', 'archiveDone', { year: 2024, added: 3, replaced: 0 }));
    expect(result.stdout).toContain(message('vi', 'newYearDone', { year: 2025, units: 4, removed: 3 }));
    expect(sha256(input)).toBe(before);

    const { excel, sheets } = await read(out);
    // Generated tabs removed, History added.
    expect([...sheets.keys()]).toEqual([
      'Tiêu chí',
      'Đơn vị',
      'Điều tra',
      'Cài đặt',
      'Xã An',
      'Xã Bình',
      'Xã Cư',
      'Xã Đông',
      'Lịch sử',
    ]);
    expect(sheets.get('Lịch sử')).toEqual([
      ['Năm', 'Đơn vị', 'Nhóm', 'Chỉ số', 'Xếp hạng', 'Trên tổng số', 'SIPAS', 'Hạng SIPAS'],
      [2024, 'Xã An', null, 90, 1, 3, 0.8, 2],
      [2024, 'Xã Bình', null, 80, 2, 3, 0.9, 1],
      [2024, 'Xã Cư', null, 60, 3, 3, null, null],
    ]);
    expect(sheets.get('Cài đặt')).toEqual([
      ['Năm', 2025],
      ['Giai đoạn', 'kê khai'],
    ]);
    expect(sheets.get('Đơn vị')).toEqual([
      ['Đơn vị', 'Xếp hạng', 'Xếp hạng năm trước', 'Chỉ số năm trước', 'Tên năm trước'],
      ['Xã An', null, null, null, null],
      ['Xã Bình', null, null, null, null],
      ['Xã Cư', null, null, null, null],
      ['Xã Đông', 'Không', null, null, null],
    ]);
    expect(sheets.get('Điều tra')).toEqual([
      ['Đơn vị', 'SIPAS'],
      ['Xã An', null],
      ['Xã Bình', null],
    ]);
    // Codes, names, Max and the person's own column kept; every entry empty, the formula too.
    // The merged field row keeps its name (every cell of a merge reads as its first).
    const fieldRow = ['1', ...new Array<Cell>(7).fill('Công tác chỉ đạo'), null, null, null, null];
    expect(sheets.get('Xã Cư')?.[3]).toEqual(fieldRow);
    expect((excel.getWorksheet('Xã Cư') as ExcelJS.Worksheet).getCell('H4').isMerged).toBe(true);
    for (const name of ['Xã An', 'Xã Bình', 'Xã Cư', 'Xã Đông'])
      expect(sheets.get(name)?.slice(0, 3)).toEqual([
        UNIT_HEADER,
        ['1.1', 'Chỉ đạo', 50, null, null, null, null, null, null, null, null, 'giữ'],
        ['1.2', 'Báo cáo', 50, null, null, null, null, null, null, null, null, null],
      ]);
    const an = excel.getWorksheet('Xã An') as ExcelJS.Worksheet;
    expect(an.getCell('F3').formula).toBeUndefined();
    expect(an.getCell('D2').font).toMatchObject({ bold: true });
    // The marks are gone; the person's own note line stays.
    const marked = (cell: ExcelJS.Cell): boolean =>
      cell.fill?.type === 'pattern' && cell.fill.fgColor?.argb === 'FFFCE8E6';
    const inputAn = (await read(input)).excel.getWorksheet('Xã An') as ExcelJS.Worksheet;
    expect(marked(inputAn.getCell('A2'))).toBe(true);
    for (const cell of ['A2', 'B2', 'C2']) expect(marked(an.getCell(cell))).toBe(false);
    expect(marked((excel.getWorksheet('Xã Bình') as ExcelJS.Worksheet).getCell('L2'))).toBe(false);
    expect(an.getCell('A2').note).toBe('xem lại');
    expect(an.getCell('B2').note).toBeUndefined();
  });

  test('ranking the new workbook gives every unit that had a rank this year that rank as its previous rank', () => {
    const out = join(dir, 'next-ranked.xlsx');
    expect(run('new-year', input, '--out', out).status).toBe(0);
    const json = JSON.parse(run('rank', out, '--json').stdout) as {
      year: number;
      units: { unit: string; previousRank: number | null; rank: number | null }[];
    };
    expect(json.year).toBe(2025);
    expect(json.units.map((unit) => [unit.unit, unit.previousRank])).toEqual([
      ['Xã An', 1],
      ['Xã Bình', 2],
      ['Xã Cư', 3],
      ['Xã Đông', null],
    ]);
  });

  test('refused as archive is: exit 2, the message, no file', async () => {
    const noYear = join(dir, 'no-year.xlsx');
    await writeWorkbookXlsx(book(null), noYear);
    const out = join(dir, 'no-year-next.xlsx');
    const result = run('new-year', noYear, '--out', out);
    expect(result.status).toBe(2);
    // The workbook's errors and warnings first, as rank prints them (two units have no Survey row); then the refusal.
    expect(result.stdout).toMatch(/^Không có lỗi\.\n\nCảnh báo \(2\):\n/);
    expect(result.stdout).not.toContain('→');
    expect(result.stderr).toContain(message('vi', 'archiveNoYear'));
    expect(existsSync(out)).toBe(false);
  });

  test('exit 2 for a usage error: no --out, or --out the input', () => {
    expect(run('new-year', input).stderr).toContain('Missing --out OUT.xlsx.');
    const same = run('new-year', input, '--out', input);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('the input is never written over');
    expect(run('--help').stdout).toContain('Usage: par-index new-year WORKBOOK.xlsx --out OUT.xlsx');
  });
});
