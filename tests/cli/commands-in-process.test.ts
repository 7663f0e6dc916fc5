/**
 * verify, new-year, archive and report run in this process through `main` (the other command-line tests run the
 * built command as a child process, which coverage does not see), on a small workbook worked out by hand: one leaf
 * of Max 100, so a unit's index is its self score. A 92 (1st, class A), B 85 (2nd, B), C 71 (3rd, C); Settings Year
 * 2025.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { VerifyJson } from '../../src/cli/verify-command';
import { writeWorkbookXlsx } from '../../src/cli/xlsx';
import type { Workbook } from '../../src/core/types';
import { workbook } from '../helpers/workbook';

async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const BOOK: Workbook = (() => {
  const book = workbook({
    criteria: [{ code: '1' }, { code: '1.1', max: 100 }],
    units: { A: [{ code: '1.1', self: 92 }], B: [{ code: '1.1', self: 85 }], C: [{ code: '1.1', self: 71 }] },
  });
  return { sheets: [...book.sheets, { name: 'Cài đặt', values: [['Năm', 2025]] }] };
})();

let dir: string;
let input: string;
let ranked: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-in-process-'));
  input = join(dir, 'input.xlsx');
  ranked = join(dir, 'ranked.xlsx');
  await writeWorkbookXlsx(BOOK, input);
  expect((await run('rank', input, '--out', ranked)).status).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify', () => {
  test('a fresh rank --out file agrees: exit 0, and --json says so with no difference', async () => {
    expect((await run('verify', ranked)).status).toBe(0);
    const json = await run('verify', ranked, '--json');
    expect(json.status).toBe(0);
    const parsed = JSON.parse(json.stdout) as VerifyJson;
    expect(parsed.agree).toBe(true);
    expect(parsed.differences).toEqual([]);
    expect(parsed.errors).toEqual([]);
  });

  test("B's rank edited by hand from 2 to 1: exit 1, the difference names B, the Rank column, 1 and 2", async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(ranked);
    const tab = excel.getWorksheet('Xếp hạng') as ExcelJS.Worksheet;
    let header = 0;
    tab.eachRow((row, r) => {
      if (header === 0 && row.values && (row.values as unknown[]).includes('Đơn vị')) header = r;
    });
    const headers = tab.getRow(header).values as unknown[];
    const unitColumn = headers.indexOf('Đơn vị');
    const rankColumn = headers.indexOf('Hạng');
    tab.eachRow((row) => {
      if (row.getCell(unitColumn).value === 'B') row.getCell(rankColumn).value = 1;
    });
    const edited = join(dir, 'edited.xlsx');
    await excel.xlsx.writeFile(edited);
    const json = await run('verify', edited, '--json');
    expect(json.status).toBe(1);
    const parsed = JSON.parse(json.stdout) as VerifyJson;
    expect(parsed.agree).toBe(false);
    expect(parsed.differences).toEqual([{ unit: 'B', column: 'Hạng', tab: 1, computed: 2 }]);
    const text = await run('verify', edited);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('B');
  });

  test('a workbook with no ranking tab: exit 2, and --json still gives its errors and warnings, agree false', async () => {
    expect((await run('verify', input)).status).toBe(2);
    const json = await run('verify', input, '--json');
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ agree: false, differences: [], errors: [], warnings: [] });
  });
});

describe('new-year, archive and report', () => {
  test("new-year: next year's workbook gives every unit this year's rank as its previous rank", async () => {
    const out = join(dir, 'next.xlsx');
    expect((await run('new-year', ranked, '--out', out)).status).toBe(0);
    const next = await run('rank', out, '--json');
    const units = (JSON.parse(next.stdout) as { units: { unit: string; previousRank: number | null }[] })
      .units;
    // Ranks this year: A 1, B 2, C 3 (92 > 85 > 71); next year's entries are empty.
    expect(units.map((unit) => [unit.unit, unit.previousRank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
    expect((JSON.parse(next.stdout) as { year: number }).year).toBe(2026);
  });

  test('archive: this year saved to History, three rows added', async () => {
    const out = join(dir, 'archived.xlsx');
    const result = await run('archive', input, '--out', out);
    expect(result.status).toBe(0);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(out);
    // The header and one row for each ranked unit.
    expect((excel.getWorksheet('Lịch sử') as ExcelJS.Worksheet).actualRowCount).toBe(4);
  });

  test("report: B's report tab, and a unit nobody has is refused with exit 2", async () => {
    const out = join(dir, 'report.xlsx');
    expect((await run('report', input, '--unit', 'B', '--out', out)).status).toBe(0);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(out);
    expect(excel.worksheets.map((sheet) => sheet.name)).toContain('Báo cáo – B');
    expect((await run('report', input, '--unit', 'Z', '--out', join(dir, 'none.xlsx'))).status).toBe(2);
  });
});
