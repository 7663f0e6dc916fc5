/**
 * `par-index verify WORKBOOK.xlsx [--json]` as a child process (WORKBOOK.md, "Command line"): a fresh `rank --out`
 * file agrees; a rank or an index edited by hand, or a tab left stale after the data changed, is named with the
 * unit, the column header, the tab's value and the computed one; exit 0, 1 and 2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { VerifyJson } from '../../src/cli/verify-command';
import { writeWorkbookXlsx } from '../../src/cli/xlsx';
import type { Cell, Workbook } from '../../src/core/types';
import { ensureBuilt, EXAMPLE, runCommand as run, sha256 } from '../helpers/cli';
import { workbook } from '../helpers/workbook';

const HUNDRED = [{ code: '1' }, { code: '1.1', max: 100 }];

/** One leaf of Max 100: the index is the self score. A 92 (1st, A), B 85 (2nd, B), C 71 (3rd, C). */
function book(english = false, scores: Record<string, Cell> = { A: 92, B: 85, C: 71 }): Workbook {
  const units: Record<string, { code: string; self: Cell }[]> = {};
  for (const [name, self] of Object.entries(scores)) units[name] = [{ code: '1.1', self }];
  return workbook({ criteria: HUNDRED, units, english });
}

let dir: string;
let input: string;
let fresh: string;
let freshEnglish: string;

/** A copy of `from` with one cell changed: the ranking tab's cell of a unit and a header, or a sheet's A1 cell. */
async function edited(from: string, name: string, change: (book: ExcelJS.Workbook) => void): Promise<string> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(from);
  change(excel);
  const path = join(dir, name);
  await excel.xlsx.writeFile(path);
  return path;
}

function rankingCell(excel: ExcelJS.Workbook, tab: string, unit: string, header: string): ExcelJS.Cell {
  const sheet = excel.getWorksheet(tab) as ExcelJS.Worksheet;
  let column = 0;
  sheet.getRow(2).eachCell((cell, c) => {
    if (cell.value === header) column = c;
  });
  let row = 0;
  sheet.eachRow((line, r) => {
    if (line.values instanceof Array && line.values.includes(unit)) row = r;
  });
  return sheet.getCell(row, column);
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-verify-'));
  input = join(dir, 'in.xlsx');
  fresh = join(dir, 'fresh.xlsx');
  await writeWorkbookXlsx(book(), input);
  expect(run('rank', input, '--out', fresh).status).toBe(0);
  const english = join(dir, 'in-en.xlsx');
  freshEnglish = join(dir, 'fresh-en.xlsx');
  await writeWorkbookXlsx(book(true), english);
  expect(run('rank', english, '--out', freshEnglish).status).toBe(0);
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('par-index verify', () => {
  test('a fresh rank --out file agrees: exit 0, the file unchanged', () => {
    const before = sha256(fresh);
    const result = run('verify', fresh);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Không có lỗi.');
    expect(result.stdout).toContain('Sheet "Xếp hạng" khớp với kết quả tính lại (3 đơn vị).');
    expect(sha256(fresh)).toBe(before);
  });

  test('the example workbook ranked with --out agrees', () => {
    const out = join(dir, 'example-ranked.xlsx');
    // The example has a unit with errors on purpose: rank exits 1 and still writes the tabs.
    expect(run('rank', EXAMPLE, '--out', out).status).toBe(1);
    const result = run('verify', out, '--json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as VerifyJson).differences).toEqual([]);
  });

  test('a rank edited by hand names the unit, the column, the tab value and the computed one: exit 1', async () => {
    // C is 3rd; someone typed 1.
    const path = await edited(fresh, 'rank-edited.xlsx', (excel) => {
      rankingCell(excel, 'Xếp hạng', 'C', 'Hạng').value = 1;
    });
    const result = run('verify', path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('khác kết quả tính lại ở 1 chỗ');
    expect(result.stdout).toContain('  C — Hạng: trong sheet 1, tính lại 3');
  });

  test('an index edited by hand is named; within 0.005 it agrees', async () => {
    // B's index is 85.
    const far = await edited(fresh, 'index-edited.xlsx', (excel) => {
      rankingCell(excel, 'Xếp hạng', 'B', 'Chỉ số (%)').value = 88.5;
    });
    const result = run('verify', far, '--json');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      agree: false,
      differences: [{ unit: 'B', column: 'Chỉ số (%)', tab: 88.5, computed: 85 }],
      errors: [],
      warnings: [],
    });
    const near = await edited(fresh, 'index-rounded.xlsx', (excel) => {
      rankingCell(excel, 'Xếp hạng', 'B', 'Chỉ số (%)').value = 85.004;
    });
    expect(run('verify', near).status).toBe(0);
  });

  test('a stale tab: the data changed after the tab was written', async () => {
    // C's self score 71 → 95: C 1st (A), A 2nd, B 3rd.
    const path = await edited(fresh, 'stale.xlsx', (excel) => {
      (excel.getWorksheet('C') as ExcelJS.Worksheet).getCell('D2').value = 95;
    });
    const result = run('verify', path, '--json');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as VerifyJson).differences).toEqual([
      { unit: 'A', column: 'Hạng', tab: 1, computed: 2 },
      { unit: 'B', column: 'Hạng', tab: 2, computed: 3 },
      { unit: 'C', column: 'Hạng', tab: 3, computed: 1 },
      { unit: 'C', column: 'Chỉ số (%)', tab: 71, computed: 95 },
      { unit: 'C', column: 'Xếp loại', tab: 'C', computed: 'A' },
    ]);
  });

  test('an English workbook: agrees, and an edited class is told in English with the English header', async () => {
    const agree = run('verify', freshEnglish);
    expect(agree.status).toBe(0);
    expect(agree.stdout).toContain('The sheet "Ranking" agrees with the recomputed result (3 units).');
    const path = await edited(freshEnglish, 'class-edited.xlsx', (excel) => {
      rankingCell(excel, 'Ranking', 'B', 'Class').value = 'A';
    });
    const result = run('verify', path);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('  B — Class: the tab has A, recomputed B');
  });

  test('--json: agree, differences, and the workbook errors and warnings as rank reports them', async () => {
    // A's self score above Max: an error; a header of C's sheet nearly matches Giải trình: a warning.
    const path = await edited(fresh, 'errors.xlsx', (excel) => {
      (excel.getWorksheet('A') as ExcelJS.Worksheet).getCell('D2').value = 120;
      (excel.getWorksheet('C') as ExcelJS.Worksheet).getCell('H1').value = 'Giải trìnhh';
    });
    const rank = JSON.parse(run('rank', path, '--json').stdout) as { errors: unknown[] };
    const result = run('verify', path, '--json');
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as VerifyJson;
    expect(Object.keys(output)).toEqual(['agree', 'differences', 'errors', 'warnings']);
    expect(output.agree).toBe(false);
    expect(output.errors).toEqual(rank.errors);
    expect(output.errors).toHaveLength(1);
    expect(output.warnings).toHaveLength(1);
    expect(output.warnings[0]).toMatchObject({ sheet: 'C', cell: 'H1' });
    // A lost its rank, index and class; B and C moved up.
    expect(output.differences.map((d) => `${d.unit} ${d.column}`)).toEqual([
      'A Hạng',
      'A Chỉ số (%)',
      'A Xếp loại',
      'B Hạng',
      'C Hạng',
    ]);
    const text = run('verify', path);
    expect(text.stdout).toContain('1 lỗi:');
    expect(text.stdout).toContain('Cảnh báo (1):');
  });

  test('exit 2 without a ranking tab, for an unreadable file, and for a usage error', () => {
    const none = run('verify', input);
    expect(none.status).toBe(2);
    // The workbook's errors and warnings first, as rank prints them (contract: verify prints them as rank does).
    expect(none.stdout).toBe('Không có lỗi.\n');
    expect(none.stderr).toContain('không có sheet Xếp hạng');
    const missing = run('verify', join(dir, 'nowhere.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.xlsx');
    const usage = run('verify', fresh, '--out', join(dir, 'x.xlsx'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Unknown option "--out"');
    expect(run('--help').stdout).toContain('Usage: par-index verify WORKBOOK.xlsx [--json]');
  });
});
