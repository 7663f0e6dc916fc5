/**
 * `par-index report WORKBOOK.xlsx --unit NAME|--all --out OUT.xlsx` as a child process (WORKBOOK.md, "Command
 * line" and "Unit report"): one tab per unit with --all, never the input, a unit by name matched as unit names
 * are, an unknown name answered with the near names, and the tab's numbers equal to the JSON's.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { message } from '../../src/core/messages';
import { REPORT_COLUMNS } from '../../src/core/outputs/report-tab';
import type { Cell } from '../../src/core/types';
import { sheetFromWorksheet } from '../../src/cli/xlsx';
import { ensureBuilt, EXAMPLE, runCommand as run, sha256 } from '../helpers/cli';

async function sheetsOf(path: string): Promise<Map<string, Cell[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return new Map(book.worksheets.map((worksheet) => [worksheet.name, sheetFromWorksheet(worksheet).values]));
}

interface JsonUnit {
  unit: string;
  index: number | null;
  rank: number | null;
  errors: unknown[];
  fields: { code: string; points: number; max: number; index: number | null; rank: number | null }[];
  history: { year: number; index: number | null; rank: number | null }[];
}

let dir: string;
let units: JsonUnit[];

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-report-'));
  units = (JSON.parse(run('rank', EXAMPLE, '--json').stdout) as { units: JsonUnit[] }).units;
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The rows under the header row that reads `headers`, up to the first blank row. */
function tableUnder(values: Cell[][], headers: string[]): Cell[][] {
  const at = values.findIndex((row) => headers.every((header, c) => row[c] === header));
  if (at < 0) throw new Error(`no table headed ${headers.join(', ')}`);
  const rows: Cell[][] = [];
  for (let r = at + 1; r < values.length && values[r]?.some((cell) => cell !== null && cell !== ''); r++)
    rows.push(values[r] as Cell[]);
  return rows;
}

const viHeaders = (table: Record<string, { header: { vi: string } }>): string[] =>
  Object.values(table).map((column) => column.header.vi);

describe('par-index report', () => {
  test('--all writes one tab per unit into the copy, never the input; other sheets unchanged', async () => {
    const before = sha256(EXAMPLE);
    const out = join(dir, 'all.xlsx');
    const result = run('report', EXAMPLE, '--all', '--out', out);
    // The example has a unit with errors: exit 1, as rank gives, and its report still written.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(message('vi', 'reportsWritten', { count: units.length }));
    expect(sha256(EXAMPLE)).toBe(before);
    const original = await sheetsOf(EXAMPLE);
    const written = await sheetsOf(out);
    const added = [...written.keys()].filter((name) => !original.has(name));
    expect(added).toEqual(units.map((unit) => `Báo cáo – ${unit.unit}`));
    for (const [name, values] of original) expect(written.get(name)).toEqual(values);
    const erroneous = units.find((unit) => unit.errors.length > 0) as JsonUnit;
    expect(written.get(`Báo cáo – ${erroneous.unit}`)?.[1]?.[0]).toContain('chưa có kết quả xếp hạng');
  });

  test('--unit by name, case and accents aside; the tab numbers equal the JSON', async () => {
    const unit = units.find((candidate) => candidate.unit === 'Huyện Thạch Hà') as JsonUnit;
    const out = join(dir, 'one.xlsx');
    const result = run('report', EXAMPLE, '--unit', 'HUYEN  thach ha', '--out', out);
    expect(result.stderr).toBe('');
    const written = await sheetsOf(out);
    const values = written.get('Báo cáo – Huyện Thạch Hà') as Cell[][];
    expect([...written.keys()].filter((name) => name.startsWith('Báo cáo'))).toHaveLength(1);
    const fields = tableUnder(values, viHeaders(REPORT_COLUMNS.fields));
    expect(fields.map((row) => [row[0], row[2], row[3], row[4], row[5]])).toEqual(
      unit.fields.map((field) => [field.code, field.points, field.max, field.index, field.rank]),
    );
    const history = tableUnder(values, viHeaders(REPORT_COLUMNS.history));
    // The tab gives each rank as r/N with its group: "4/12 trong nhóm Cấp huyện".
    expect(history.map((row) => row.slice(0, 3))).toEqual(
      unit.history.map((entry) => [
        entry.year,
        entry.index,
        entry.rank === null ? null : expect.stringMatching(new RegExp(`^${entry.rank}/\\d+ trong nhóm `)),
      ]),
    );
    expect(values[1]?.[0]).toContain(`xếp thứ ${unit.rank}/`);
  });

  test('an unknown unit: exit 2, the near names, nothing written', () => {
    const out = join(dir, 'none.xlsx');
    const result = run('report', EXAMPLE, '--unit', 'Huyen Thanh Ha', '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      message('vi', 'reportUnknownUnit', { name: 'Huyen Thanh Ha', near: 'Huyện Thạch Hà', units: '' }),
    );
    expect(existsSync(out)).toBe(false);
  });

  test('usage: --out is needed, and exactly one of --unit or --all', () => {
    expect(run('report', EXAMPLE, '--all').status).toBe(2);
    const both = run('report', EXAMPLE, '--all', '--unit', 'X', '--out', join(dir, 'x.xlsx'));
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Give --unit NAME (once or more) or --all, not both.');
    expect(run('report', EXAMPLE, '--out', join(dir, 'y.xlsx')).status).toBe(2);
  });
});
