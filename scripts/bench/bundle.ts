/**
 * Part 4: the Apps Script bundle. Size of dist/Code.js, cold load time in a fresh vm context (each load gets a
 * unique trailing comment so V8's compilation cache cannot serve it), and one PAR_SCORE call over a 100-row
 * column with the criteria range as its 4th argument (so it reads no spreadsheet).
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Cell } from '../../src/core/types';
import { createFakeEnvironment } from '../../tests/fakes/apps-script';
import { CODE_JS, median, Mismatch, timed } from './common';
import { generateWorkbook } from '../generate-workbook';

export interface BundleResult {
  bytes: number;
  loads: number;
  loadMedianMs: number;
  loadMaxMs: number;
  /** Creating the fresh context itself (not part of the load). */
  contextMedianMs: number;
  parScoreRows: number;
  parScoreFirstMs: number;
  parScoreMedianMs: number;
  parScoreCalls: number;
}

/** 103 criteria: 100 of them are rows of a unit sheet (the other 3 come from the Survey sheet). */
const PAR_SCORE_CRITERIA = 103;

export function measureBundle(loads = 20, calls = 20): BundleResult {
  const code = readFileSync(CODE_JS, 'utf8');
  const env = createFakeEnvironment({ sheets: [{ name: 'Sheet1', values: [] }] });
  const loadTimes: number[] = [];
  const contextTimes: number[] = [];
  let context: vm.Context = vm.createContext({});
  for (let i = 0; i < loads; i++) {
    const made = timed(() => vm.createContext({ ...env.globals }));
    contextTimes.push(made.ms);
    context = made.value;
    const source = `${code}\n// load ${i} ${Date.now()}\n`;
    loadTimes.push(timed(() => vm.runInContext(source, made.value, { filename: 'Code.js' })).ms);
  }

  const book = generateWorkbook({ units: 1, criteria: PAR_SCORE_CRITERIA, seed: 1 });
  const criteria = book.sheets.find((sheet) => sheet.name === 'Tiêu chí')?.values ?? [];
  const unit = book.sheets.find((sheet) => sheet.name === 'DV00001')?.values.slice(2) ?? [];
  const columnOf = (c: number): Cell[][] => unit.map((row) => [row[c] ?? null]);
  const args = { codes: columnOf(0), values: columnOf(3), ofs: columnOf(4), criteria };
  context.args = args;
  const call = (): unknown =>
    vm.runInContext('PAR_SCORE(args.codes, args.values, args.ofs, args.criteria)', context);
  const first = timed(call);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) times.push(timed(call).ms);

  // The custom function must agree with the core's computed points, row by row.
  const expected = new Map(
    (scoreWorkbook(book).units[0]?.leaves ?? []).map((leaf) => [
      leaf.code,
      leaf.computed === null ? '' : leaf.computed,
    ]),
  );
  const output = first.value;
  if (!Array.isArray(output) || output.length !== unit.length)
    throw new Mismatch(`PAR_SCORE returned ${JSON.stringify(output)}`);
  output.forEach((row: unknown, i) => {
    const code = String(unit[i]?.[0]);
    const got = Array.isArray(row) ? (row[0] as unknown) : row;
    const want = expected.get(code);
    if (!(
      got === want ||
      (typeof got === 'number' && typeof want === 'number' && Math.abs(got - want) <= 1e-12)
    )) {
      throw new Mismatch(
        `PAR_SCORE row ${i + 1} (${code}): ${JSON.stringify(got)}, the core computed ${JSON.stringify(want)}`,
      );
    }
  });

  return {
    bytes: statSync(CODE_JS).size,
    loads,
    loadMedianMs: median(loadTimes),
    loadMaxMs: Math.max(...loadTimes),
    contextMedianMs: median(contextTimes),
    parScoreRows: unit.length,
    parScoreFirstMs: first.ms,
    parScoreMedianMs: median(times),
    parScoreCalls: calls,
  };
}
