/**
 * The command on the year after the reorganisation (tests/helpers/reorganised.ts), as a child process: the JSON's
 * warnings, names in NFC and an aligned table; `report` and `archive` print the errors and warnings `rank`
 * prints; two --unit; an old name; `--out` refused or failing, each for its true reason; a closed pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileMessage } from '../../src/cli/file-messages';
import { writeFailure } from '../../src/cli/output-file';
import { writeWorkbookXlsx } from '../../src/cli/xlsx';
import { message } from '../../src/core/messages';
import { ensureBuilt, ROOT, runCommand as run } from '../helpers/cli';
import { AN_PHU_NFD, reorganisedWorkbook } from '../helpers/reorganised';
import { err } from '../helpers/workbook';

let dir: string;
let input: string;

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'par-index-reorganised-'));
  input = join(dir, 'xa-2025.xlsx');
  await writeWorkbookXlsx(reorganisedWorkbook(), input);
}, 180000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What follows the tables in `rank`'s output: the errors, then the warnings. */
function problemsOf(stdout: string): string {
  return stdout.slice(stdout.indexOf('1 lỗi:'));
}

describe('rank', () => {
  test('--json: the warnings of the contract at the top level, names in NFC', () => {
    const result = run('rank', input, '--json');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as {
      units: { unit: string; previousRank: number | null; compare: unknown }[];
      warnings: unknown[];
    };
    // Six warnings, hand-listed in tests/core/years-2025.test.ts; two of them here.
    expect(output.warnings).toHaveLength(6);
    expect(output.warnings).toContainEqual(
      err('vi', 'Lịch sử', 'C4', 'historyOtherGroup', {
        unit: 'Xã Phong Nha',
        year: 2024,
        was: 'Thị trấn',
        now: 'Xã',
      }),
    );
    expect(output.warnings).toContainEqual(
      err('vi', 'Đơn vị', 'D6', 'previousNameShared', {
        name: 'Xã Đồng Hới',
        units: 'Xã Đồng Hới Bắc, Xã Đồng Hới Nam',
      }),
    );
    const names = output.units.map((unit) => unit.unit);
    expect(names).toContain('Xã An Phú');
    expect(names).not.toContain(AN_PHU_NFD);
    expect(names.every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(output.units.find((unit) => unit.unit === 'Xã Phong Nha')).toMatchObject({
      previousRank: null,
      compare: { year: 2022, rank: 3, change: null, sipasChange: null },
    });
  });

  test('the table: the name typed decomposed comes out in NFC, its columns aligned', () => {
    const result = run('rank', input);
    const lines = result.stdout.split('\n');
    const anPhu = lines.find((line) => line.includes('Xã An Phú')) as string;
    const binhMinh = lines.find((line) => line.includes('Xã Bình Minh')) as string;
    expect(anPhu.indexOf('85,00')).toBe(binhMinh.indexOf('90,00'));
    expect(result.stdout).toContain('Cảnh báo (6):');
  });

  test('a closed pipe (rank … | true) ends quietly', () => {
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/par-index.cjs rank "${input}" --json | true`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60000,
      },
    );
    expect(piped.stderr).toBe('');
  });
});

describe('report and archive print the errors and warnings rank prints', () => {
  test.each([
    ['report', '--all'],
    ['archive', '--force'],
  ])('%s', (command, option) => {
    const rankOut = run('rank', input).stdout;
    const result = run(command, input, option, '--out', join(dir, `${command}.xlsx`));
    expect(result.status).toBe(0);
    // The survey sheet's one error, then the six warnings, as rank ends its output with them.
    expect(result.stdout.startsWith(problemsOf(rankOut))).toBe(true);
    expect(result.stdout).toContain('Cảnh báo (6):');
  });
});

describe('report --unit', () => {
  test('given twice: both units are reported', async () => {
    const out = join(dir, 'two.xlsx');
    const result = run('report', input, '--unit', 'Xã Phong Nha', '--unit', 'xa an phu', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(message('vi', 'reportsWritten', { count: 2 }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((sheet) => sheet.name).filter((name) => name.startsWith('Báo cáo'))).toEqual([
      'Báo cáo – Xã Phong Nha',
      'Báo cáo – Xã An Phú',
    ]);
  });

  test('an old name points to the units that bear it now', () => {
    const merged = run('report', input, '--unit', 'Xã Cũ 2', '--out', join(dir, 'old.xlsx'));
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain(
      message('vi', 'reportOldName', { name: 'Xã Cũ 2', units: 'Xã Hợp Nhất' }),
    );
    const split = run('report', input, '--unit', 'xa dong hoi', '--out', join(dir, 'old.xlsx'));
    expect(split.stderr).toContain(
      message('vi', 'reportOldName', { name: 'xa dong hoi', units: 'Xã Đồng Hới Bắc, Xã Đồng Hới Nam' }),
    );
  });

  test('an English workbook says so in English, and in the singular for one report', () => {
    expect(message('en', 'reportsWritten', { count: 1 })).toBe('Wrote 1 unit report.');
    expect(message('en', 'reportsWritten', { count: 2 })).toBe('Wrote 2 unit reports.');
  });
});

describe('--out', () => {
  const said = (
    stderr: string,
    key: Parameters<typeof fileMessage>[1],
    path: string,
    detail?: string,
  ): void => {
    expect(stderr).toContain(fileMessage('vi', key, path, undefined, detail));
    expect(stderr).toContain(fileMessage('en', key, path, undefined, detail));
  };

  test('an existing directory: told so, also with --force', () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder, { recursive: true });
    for (const args of [[], ['--force']]) {
      const result = run('rank', input, '--out', folder, ...args);
      expect(result.status).toBe(2);
      said(result.stderr, 'outIsDirectory', folder);
    }
  });

  test('a name that is not .xlsx', () => {
    const out = join(dir, 'ket-qua.csv');
    const result = run('report', input, '--all', '--out', out);
    expect(result.status).toBe(2);
    said(result.stderr, 'outNotXlsx', out);
  });

  test('a folder that does not exist, and a folder that is a file: no such directory', () => {
    for (const folder of [join(dir, 'missing'), join(dir, 'plain-file')]) {
      if (folder.endsWith('plain-file')) writeFileSync(folder, 'x');
      const out = join(folder, 'out.xlsx');
      const result = run('archive', input, '--out', out);
      expect(result.status).toBe(2);
      said(result.stderr, 'outNoDirectory', out, folder);
    }
  });

  test("any other failure gives the system's own words, not a guess", () => {
    // A name of 300 characters is longer than a file name may be.
    const out = join(dir, `${'a'.repeat(300)}.xlsx`);
    const result = run('rank', input, '--out', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ENAMETOOLONG');
    expect(result.stderr).not.toContain('permission');
  });

  test.each<[string, Parameters<typeof fileMessage>[1]]>([
    ['EACCES', 'outNoPermission'],
    ['EPERM', 'outNoPermission'],
    ['EROFS', 'outReadOnly'],
    ['ENOSPC', 'outNoSpace'],
    ['EDQUOT', 'outNoSpace'],
  ])('%s is told as %s', (code, key) => {
    const error = Object.assign(new Error(code), { code });
    expect(writeFailure(error, '/tmp/x/out.xlsx').key).toBe(key);
  });

  test('a failure that is no system error gives its own message', () => {
    expect(writeFailure(new Error('sheet name refused'), 'out.xlsx')).toEqual({
      key: 'outNotWritten',
      detail: 'sheet name refused',
    });
    expect(writeFailure('odd', 'out.xlsx')).toEqual({ key: 'outNotWritten', detail: 'odd' });
  });
});
