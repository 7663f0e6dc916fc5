/**
 * What the command says about the files it is given (WORKBOOK.md, "Command line"): every file that is not an
 * .xlsx to read gets a message in Vietnamese and English saying what it is and how to get an .xlsx, never a
 * library's text; notes written by other programs do not stop a workbook being read; OUT is never the input,
 * also through a link, and an existing OUT is replaced only with --force.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readXlsx, writeWorkbookXlsx } from '../../src/cli/xlsx';
import { fileMessage } from '../../src/cli/file-messages';
import { FILE_CASES } from '../fixtures/bad/files';
import { workbook } from '../helpers/workbook';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;
let small: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-index-files-'));
  small = join(dir, 'small.xlsx');
  // One unit: 1.1 (Max 2) self 2 → 2 of 2, index 100.
  await writeWorkbookXlsx(
    workbook({
      criteria: [{ code: '1' }, { code: '1.1', max: 2 }],
      units: { 'Huyện A': [{ code: '1.1', self: 2 }] },
    }),
    small,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FILE_CASES.map((item) => [item.id, item] as const))('%s', (_id, item) => {
  if (item.message !== null) {
    const key = item.message;
    it('exits 2 with the message in both languages and nothing of a library', async () => {
      const path = await item.make(dir);
      const out = join(dir, `${item.id}-out.xlsx`);
      const result = await run('rank', path, '--out', out);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `par-index: ${fileMessage('vi', key, path)}\npar-index: ${fileMessage('en', key, path)}\n`,
      );
      expect(result.stderr).toContain('File → Download → Microsoft Excel');
    });
  } else {
    it('is read: the unit scores 2 of 2, and OUT keeps the values', async () => {
      const path = await item.make(dir);
      const before = sha256(path);
      const out = join(dir, `${item.id}-out.xlsx`);
      const result = await run('rank', path, '--json', '--out', out);
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
      const json = JSON.parse(result.stdout) as { units: { unit: string; points: number; index: number }[] };
      expect(json.units.map((unit) => [unit.unit, unit.points, unit.index])).toEqual([['Huyện A', 2, 100]]);
      expect(sha256(path)).toBe(before);
      const written = await readXlsx(out);
      expect(written.workbook.sheets.find((sheet) => sheet.name === 'Huyện A')?.values).toEqual([
        ['Mã', 'Điểm tự chấm'],
        ['1.1', 2],
      ]);
    });
  }
});

it('keeps a note whose target was absolute in OUT', async () => {
  const item = FILE_CASES.find((candidate) => candidate.id === 'f11-notes-absolute-target');
  if (!item) throw new Error('no case');
  const path = await item.make(dir);
  const out = join(dir, 'note-kept.xlsx');
  expect((await run('rank', path, '--out', out)).status).toBe(0);
  const note = (await readXlsx(out)).book.getWorksheet('Huyện A')?.getCell('B2').note;
  expect(JSON.stringify(note)).toContain('Theo Báo cáo 45/BC-UBND');
});

describe('--out', () => {
  it.each([
    ['a hard link to the input', (link: string) => linkSync(small, link)],
    ['a symbolic link to the input', (link: string) => symlinkSync(small, link)],
  ])('refuses %s, even with --force, and leaves the input as it was', async (_label, makeLink) => {
    const link = join(dir, `link-${Math.random().toString(36).slice(2)}.xlsx`);
    makeLink(link);
    const before = sha256(small);
    const result = await run('rank', small, '--out', link, '--force');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(fileMessage('vi', 'outIsInput', link));
    expect(result.stderr).toContain(fileMessage('en', 'outIsInput', link));
    expect(sha256(small)).toBe(before);
  });

  it('does not replace an existing OUT without --force; replaces it with --force; says what it wrote', async () => {
    const out = join(dir, 'existing.xlsx');
    writeFileSync(out, 'an older file');
    const refused = await run('rank', small, '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(fileMessage('vi', 'outExists', out));
    expect(readFileSync(out, 'utf8')).toBe('an older file');

    const forced = await run('rank', small, '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.stdout.trimEnd().split('\n').at(-1)).toBe(
      fileMessage('vi', 'outWritten', out, 'Xếp hạng, Trừ điểm, Phân tích'),
    );
    const sheets = (await readXlsx(out)).workbook.sheets.map((sheet) => sheet.name);
    expect(sheets).toEqual(expect.arrayContaining(['Huyện A', 'Xếp hạng', 'Trừ điểm', 'Phân tích']));
  });

  it('prints only the JSON with --json', async () => {
    const out = join(dir, 'json-only.xlsx');
    const result = await run('rank', small, '--json', '--out', out);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});

describe('--basis in Vietnamese', () => {
  /** 1.1 (Max 2): self 2, appraised 1. auto and appraised → 1 (index 50); self → 2 (index 100). */
  let appraised: string;
  beforeAll(async () => {
    appraised = join(dir, 'appraised.xlsx');
    await writeWorkbookXlsx(
      workbook({
        criteria: [{ code: '1' }, { code: '1.1', max: 2 }],
        units: { 'Huyện A': [{ code: '1.1', self: 2, appraised: 1 }] },
      }),
      appraised,
    );
  });

  it.each([
    ['tự động', 50],
    ['Tự Động', 50],
    ['tự chấm', 100],
    ['tu cham', 100],
    ['thẩm định', 50],
    ['self', 100],
  ])('--basis "%s" ranks on index %d', async (basis, index) => {
    const result = await run('rank', appraised, '--json', '--basis', basis);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { units: { index: number }[] }).units[0]?.index).toBe(index);
  });

  it('refuses a basis that is none of them', async () => {
    const result = await run('rank', appraised, '--basis', 'điểm cao nhất');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('tự chấm');
  });
});
