/**
 * A subset of the bad-input corpus written to .xlsx and run through the built command as a child process:
 * `par-index rank IN.xlsx --json --out OUT.xlsx`. Exit status 1 when a unit has errors (0 when the input is
 * accepted), the expected error in the JSON, the input file byte for byte as it was, and every sheet of OUT
 * other than the generated tabs holding the input's values.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/xlsx';
import type { JsonOutput } from '../../src/core/outputs/json-output';
import { SUBSET } from '../fixtures/bad';
import {
  GENERATED_TABS,
  inBatches,
  runCli,
  runCliAsync,
  sha256,
  trimmed,
  writeCorpusXlsx,
  type Run,
} from './helpers';

import type { Workbook } from '../../src/core/types';

interface Outcome {
  hash: string;
  before: Workbook;
  run: Run;
  hashAfter: string;
  after: Workbook | null;
}

let dir: string;
const outcomes = new Map<string, Outcome>();

/** Every case is written and run once, four at a time; the tests below look at the outcomes. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'par-bad-cli-'));
  await inBatches(SUBSET, 4, async (item) => {
    const input = join(dir, `${item.id}.xlsx`);
    const out = join(dir, `${item.id}-out.xlsx`);
    await writeCorpusXlsx(item.workbook, input);
    const hash = sha256(input);
    const before = (await readXlsx(input)).workbook;
    const run = await runCliAsync(['rank', input, '--json', '--out', out]);
    const after = existsSync(out) ? (await readXlsx(out)).workbook : null;
    outcomes.set(item.id, { hash, before, run, hashAfter: sha256(input), after });
  });
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('runs at least 15 corpus cases', () => {
  expect(SUBSET.length).toBeGreaterThanOrEqual(15);
});

describe.each(SUBSET.map((item) => [item.id, item] as const))('%s', (id, item) => {
  const outcome = (): Outcome => {
    const found = outcomes.get(id);
    if (!found) throw new Error(`${id} did not run`);
    return found;
  };

  it(`exits ${item.errors.length === 0 ? 0 : 1} and prints the expected errors and units as JSON`, () => {
    const { run } = outcome();
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: item.errors.length === 0 ? 0 : 1,
      stderr: '',
    });
    const json = JSON.parse(run.stdout) as JsonOutput;
    if (item.errors.length === 0) expect(json.errors).toEqual([]);
    for (const expected of item.errors) expect(json.errors).toContainEqual(expected);

    expect(json.units.map((unit) => unit.unit)).toEqual(item.units.map(([name]) => name));
    item.units.forEach(([name, points], i) => {
      const unit = json.units[i];
      if (!unit) throw new Error(`no unit ${name}`);
      if (points === null) {
        expect([unit.points, unit.index, unit.rank, unit.class]).toEqual([null, null, null, null]);
        expect(unit.errors.length).toBeGreaterThan(0);
      } else {
        expect(unit.errors).toEqual([]);
        expect(unit.points).toBeCloseTo(points, 9);
        expect(unit.rank).not.toBeNull();
      }
    });
  });

  it('leaves the input file byte for byte as it was', () => {
    const { hash, hashAfter } = outcome();
    expect(hashAfter).toBe(hash);
  });

  it('writes OUT with the input sheets unchanged and the three generated tabs', () => {
    const { before, after } = outcome();
    if (!after) throw new Error('no OUT written');
    const kept = after.sheets.filter((sheet) => !GENERATED_TABS.includes(sheet.name));
    expect(kept.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
    for (const sheet of kept) {
      const original = before.sheets.find((candidate) => candidate.name === sheet.name);
      expect({ sheet: sheet.name, values: trimmed(sheet.values) }).toEqual({
        sheet: sheet.name,
        values: trimmed(original?.values ?? []),
      });
    }
    const generated = after.sheets.filter((sheet) => GENERATED_TABS.includes(sheet.name));
    expect(generated.map((sheet) => sheet.name)).toEqual(
      item.language === 'en' ? ['Ranking', 'Deductions', 'Analysis'] : ['Xếp hạng', 'Trừ điểm', 'Phân tích'],
    );
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['an empty (0-byte) file', Buffer.alloc(0)],
    ['a text file named .xlsx', Buffer.from('Mã,Tiêu chí\n1.1,x\n')],
    ['a truncated zip', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000', 'latin1')],
  ])('%s: exit 2, a message on standard error, no OUT', (label, bytes) => {
    const input = join(dir, `unreadable-${label.replace(/\W+/g, '-')}.xlsx`);
    const out = join(dir, `unreadable-${label.replace(/\W+/g, '-')}-out.xlsx`);
    writeFileSync(input, bytes);
    const hash = sha256(input);
    const run = runCli(['rank', input, '--json', '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('par-index');
    expect(existsSync(out)).toBe(false);
    expect(sha256(input)).toBe(hash);
  });

  it('a file that does not exist: exit 2', () => {
    const run = runCli(['rank', join(dir, 'no-such-file.xlsx'), '--json']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('--out naming the input itself: exit 2, the input untouched', async () => {
    const item = SUBSET[0];
    if (!item) throw new Error('empty subset');
    const input = join(dir, 'same-as-out.xlsx');
    await writeCorpusXlsx(item.workbook, input);
    const hash = sha256(input);
    const run = runCli(['rank', input, '--out', input]);
    expect(run.status).toBe(2);
    expect(sha256(input)).toBe(hash);
  });
});

describe('text that looks like an .xlsx escape', () => {
  /**
   * A cell holding the text "_x0041_" is stored in .xlsx as "_x005F_x0041_" (the format's escape for a
   * literal "_xHHHH_"). Written back unescaped it would read "A": the writer escapes it, so OUT's copy of
   * the sheet keeps the text a person typed.
   */
  it('keeps "_x0041_" in OUT as it was in the input', async () => {
    const item = SUBSET.find((candidate) => candidate.errors.length === 0);
    if (!item) throw new Error('no accepted case in the subset');
    const workbook = structuredClone(item.workbook);
    const sheet = workbook.sheets.find((candidate) => candidate.name === 'Huyện B');
    if (!sheet) throw new Error('no Huyện B');
    (sheet.values[3] as (typeof sheet.values)[number])[8] = '_x0041_';
    const input = join(dir, 'escape.xlsx');
    const out = join(dir, 'escape-out.xlsx');
    await writeCorpusXlsx(workbook, input);
    const read = (await readXlsx(input)).workbook.sheets.find((s) => s.name === 'Huyện B');
    expect(read?.values[3]?.[8]).toBe('_x0041_');
    expect(runCli(['rank', input, '--out', out]).status).toBe(0);
    const written = (await readXlsx(out)).workbook.sheets.find((s) => s.name === 'Huyện B');
    expect(written?.values[3]?.[8]).toBe('_x0041_');
  });
});
