/**
 * `par-index archive WORKBOOK.xlsx --out OUT.xlsx` as a child process (WORKBOOK.md, "Archiving a year" and
 * "Command line"): the copy gets this year's History rows, the input never changes.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { message } from '../../src/core/messages';
import type { Cell, Sheet, Workbook } from '../../src/core/types';
import { sheetFromWorksheet, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { criteriaSheet, unitSheet } from '../helpers/workbook';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'par-index.cjs');
const BUILT = join(ROOT, 'build', 'par-index.cjs');

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src/core', 'src/cli']) walk(join(ROOT, dir));
  return newest;
}

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

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
  if (!existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource())
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, timeout: 120000 });
  if (!existsSync(BUILT)) throw new Error('build/par-index.cjs could not be built');
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
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message('vi', 'archiveNoYear'));
    expect(existsSync(out)).toBe(false);
  });

  test.each<[string, string[]]>([
    ['no --out', ['archive', '__IN__']],
    ['no workbook', ['archive', '--out', 'x.xlsx']],
    ['--out the input', ['archive', '__IN__', '--out', '__IN__']],
    ['an unknown option', ['archive', '__IN__', '--out', 'x.xlsx', '--json']],
  ])('exit 2 for a usage error: %s; the input untouched', (_label, args) => {
    const before = sha256(input);
    const result = run(...args.map((arg) => (arg === '__IN__' ? input : arg)));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: par-index archive WORKBOOK.xlsx --out OUT.xlsx');
    expect(sha256(input)).toBe(before);
  });

  test('exit 2 for an unreadable file', () => {
    const result = run('archive', join(dir, 'nowhere.xlsx'), '--out', join(dir, 'x.xlsx'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nowhere.xlsx');
  });
});
