/**
 * `npm run bench` (run through scripts/bench.mjs): measures the five things in docs/PERFORMANCE.md, prints one
 * table and writes bench-results/bench.json. Benchmarks are not tests: a missed target is reported, not failed;
 * but compared implementations must give the same answers, and the bench exits 1 when they do not.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { measureBundle, type BundleResult } from './bundle';
import { measureCalls, type CallsRow } from './calls';
import { measureCli, type CliResult } from './cli';
import {
  CODE_JS,
  CRITERIA,
  formatInt,
  formatMb,
  formatMs,
  GROUPS,
  Mismatch,
  MISMATCH_EXIT,
  ratio,
  RESULTS,
  ROOT,
  runChild,
  workbook,
} from './common';
import { coreChild, measureCore, type CoreRow } from './core';
import { measureFormulas, type Aggregation, type FormulasRow } from './formulas';
import { profileChild, profileCli, profileCore, type ProfileLine, type ProfileSummary } from './profile';

const CALL_SIZES = [13, 130, 700];
const FORMULA_RUNS: { units: number; runs: number; aggregation: Aggregation }[] = [
  { units: 130, runs: 3, aggregation: 'block' },
  { units: 700, runs: 1, aggregation: 'block' },
  { units: 130, runs: 1, aggregation: 'sumifs' },
];
const TARGETS = { coreMs: 500, bundleBytes: 150 * 1024, loadMs: 15 };

/** Documented Apps Script limits: 6 min per execution, 30 s per custom function call. */
const LIMITS = { executionMs: 6 * 60_000, customFunctionMs: 30_000 };
/**
 * Assumed cost of one service call from Apps Script, for the estimates only (see docs/PERFORMANCE.md): from about
 * 1 ms (a call the service answers from its look-ahead or write cache) to about 50 ms (a round trip).
 */
const MS_PER_CALL = { low: 1, high: 50 };

function machine(): Record<string, string | number> {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let nproc = os.availableParallelism();
  try {
    nproc = Number(execSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    // nproc is not everywhere; availableParallelism is the same figure.
  }
  return {
    date: new Date().toISOString(),
    nproc,
    cpu: model,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    /** Other work on the machine skews timings: the 1, 5, 15-minute load averages before and after. */
    loadBefore: os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
  };
}

type Row = [string, string, string, string, string, string, string];

function printTable(rows: Row[]): void {
  const header: Row = ['Part', 'Case', 'Ours', 'Compared with', 'Ratio', 'Target', 'Result'];
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => [...row[c]!].length)));
  const line = (row: Row): string =>
    row.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function callRows(calls: CallsRow[]): Row[] {
  const extra = calls.map((row) => row.ours.data - row.units);
  const bounded = Math.max(...extra) - Math.min(...extra) <= 2;
  const rows: Row[] = calls.map((row, i) => [
    i === 0 ? '1 Spreadsheet calls per recompute' : '',
    `${row.units} units × ${CRITERIA}`,
    `${formatInt(row.ours.total)} calls, ${formatInt(row.ours.data)} move data`,
    `naive ${formatInt(row.naive.total)} (${formatInt(row.naive.data)} data)`,
    `${ratio(row.naive.total, row.ours.total)} (data ${ratio(row.naive.data, row.ours.data)})`,
    'data ≤ units + c',
    `${bounded ? 'ok' : 'MISSED'}: ${row.units} + ${row.ours.data - row.units}`,
  ]);
  const [first, last] = [calls[0] as CallsRow, calls[calls.length - 1] as CallsRow];
  const span = last.units - first.units;
  rows.push([
    '',
    'each extra unit',
    `${((last.ours.total - first.ours.total) / span).toFixed(2)} calls, ${((last.ours.data - first.ours.data) / span).toFixed(2)} data`,
    `naive ${formatInt((last.naive.total - first.naive.total) / span)}`,
    '',
    '',
    '',
  ]);
  return rows;
}

function coreRows(core: CoreRow[]): Row[] {
  return core.map((row, i) => {
    const target = row.units === 10_000;
    return [
      i === 0 ? `2 Core: score + rank in memory` : '',
      `${formatInt(row.units)} units × ${CRITERIA} (median of ${row.runs})`,
      `${formatMs(row.medianMs)} (best ${formatMs(Math.min(...row.samplesMs))}; after a full GC ${formatMs(row.afterGcMedianMs)}), ${formatInt(row.rowsPerSecond)} rows/s, heap +${formatMb(row.heapGrowthBytes)}`,
      `bare sum loop ${formatMs(row.floorMedianMs)}`,
      ratio(row.medianMs, row.floorMedianMs),
      target ? `≤ ${formatMs(TARGETS.coreMs)}` : '',
      target
        ? row.medianMs <= TARGETS.coreMs
          ? 'ok'
          : `MISSED ×${(row.medianMs / TARGETS.coreMs).toFixed(1)}`
        : '',
    ];
  });
}

function formulaRows(formulas: FormulasRow[]): Row[] {
  return formulas.map((row, i) => [
    i === 0 ? '3 Staff formulas (HyperFormula)' : '',
    `${row.units} units, ${row.aggregation === 'block' ? 'SUM per unit' : 'SUMIFS per unit'}${row.runs > 1 ? ` (median of ${row.runs})` : ''}`,
    formatMs(row.oursMs),
    `${formatInt(row.formulaCells)} formulas ${formatMs(row.formulasMs)}`,
    ratio(row.formulasMs, row.oursMs),
    'same ranks',
    'ok',
  ]);
}

function bundleRows(bundle: BundleResult): Row[] {
  return [
    [
      '4 Apps Script bundle',
      'dist/Code.js size',
      `${(bundle.bytes / 1024).toFixed(1)} KB`,
      '',
      '',
      `≤ ${TARGETS.bundleBytes / 1024} KB`,
      bundle.bytes <= TARGETS.bundleBytes ? 'ok' : 'MISSED',
    ],
    [
      '',
      `cold load, fresh vm (median of ${bundle.loads})`,
      `${formatMs(bundle.loadMedianMs)} (max ${formatMs(bundle.loadMaxMs)})`,
      '',
      '',
      `≤ ${TARGETS.loadMs} ms`,
      bundle.loadMedianMs <= TARGETS.loadMs ? 'ok' : 'MISSED',
    ],
    [
      '',
      `PAR_SCORE, ${bundle.parScoreRows}-row column`,
      `first ${formatMs(bundle.parScoreFirstMs)}, then ${formatMs(bundle.parScoreMedianMs)}`,
      'core leaf by leaf',
      '',
      '≤ 30 s (limit)',
      'ok, same values',
    ],
  ];
}

function cliRows(cli: CliResult): Row[] {
  return cli.runs.map((run, i) => [
    i === 0 ? '5 Command line' : '',
    `rank ${run.mode}, ${cli.units} units (median of ${run.runs})`,
    `${formatMs(run.wallMedianMs)}, peak RSS ${formatMb(run.peakRssBytes)}`,
    run.mode === '--json' ? 'core in memory' : '',
    '',
    '',
    run.mode === '--json' ? 'ok, same ranks' : 'ok',
  ]);
}

function child(args: string[]): void {
  const [name, ...rest] = args;
  const n = rest.map(Number);
  let result: unknown;
  if (name === 'core') result = coreChild(n[0] ?? 10, n[1] ?? 7, n[2] ?? 1);
  else if (name === 'profile') result = profileChild(n[0] ?? 10_000);
  else if (name === 'formulas')
    result = measureFormulas(n[0] ?? 130, n[1] ?? 1, (rest[2] ?? 'block') as Aggregation);
  else throw new Error(`unknown bench child ${String(name)}`);
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  for (const file of [CODE_JS, join(ROOT, 'build', 'par-index.cjs')]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` first (the bench measures what is built)`);
  }
  mkdirSync(RESULTS, { recursive: true });
  const started = performance.now();
  const info = machine();
  const step = (label: string): void =>
    console.error(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${label}`);

  step('1/5 spreadsheet calls (add-in vs naive script, in the fake)');
  const code = readFileSync(CODE_JS, 'utf8');
  const calls = CALL_SIZES.map((units) => measureCalls(units, code));
  step('2/5 core throughput (child processes)');
  const core = measureCore();
  step('2/5 profile of the core at 10,000 units (node --cpu-prof)');
  const profile: ProfileSummary = profileCore(10_000);
  step('3/5 the same scoring as spreadsheet formulas (HyperFormula, child processes)');
  const formulas = FORMULA_RUNS.map(({ units, runs, aggregation }) =>
    runChild<FormulasRow>(['--max-old-space-size=4096'], 'formulas', [
      String(units),
      String(runs),
      aggregation,
    ]),
  );
  step('4/5 the Apps Script bundle');
  const bundle = measureBundle();
  step('5/5 the command line');
  const cli = await measureCli(700, 3, scoreWorkbook(workbook(700)));
  step('5/5 profile of rank --out (node --cpu-prof)');
  const cliProfile = profileCli(cli.units, cli.xlsx, cli.out);
  step('done');
  info.loadAfter = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

  const seconds = (calls: number): { low: number; high: number } => ({
    low: (calls * MS_PER_CALL.low) / 1000,
    high: (calls * MS_PER_CALL.high) / 1000,
  });
  const estimates = calls.map((row) => ({
    units: row.units,
    msPerCall: MS_PER_CALL,
    oursSeconds: seconds(row.ours.total),
    naiveSeconds: seconds(row.naive.total),
    limitSeconds: LIMITS.executionMs / 1000,
  }));
  const report = {
    machine: info,
    command: 'npm run bench',
    workbooks: { criteria: CRITERIA, groups: GROUPS, seed: 1, generator: 'scripts/generate-workbook.ts' },
    targets: TARGETS,
    limits: LIMITS,
    calls,
    estimates,
    core,
    profile,
    cliProfile,
    formulas,
    bundle,
    cli,
    seconds: (performance.now() - started) / 1000,
  };
  writeFileSync(join(RESULTS, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(
    `\nPAR Index benchmark — ${info.date}; ${info.nproc} × ${info.cpu}, ${info.memory}, node ${info.node}`,
  );
  console.log(
    `Load average before ${info.loadBefore}, after ${info.loadAfter} (other work on the machine slows timings).`,
  );
  console.log(
    `Workbooks: scripts/generate-workbook.ts, ${CRITERIA} criteria, ${GROUPS} ranking blocks, seed 1.\n`,
  );
  printTable([
    ...callRows(calls),
    ...coreRows(core),
    ...formulaRows(formulas),
    ...bundleRows(bundle),
    ...cliRows(cli),
  ]);
  const show = (title: string, lines: ProfileLine[]): void => {
    console.log(`\n${title}`);
    for (const line of lines) console.log(`  ${line.percent.toFixed(1).padStart(5)} %  ${line.where}`);
  };
  show(`Core, 10,000 units: self time while scoring (${profile.file}):`, profile.self.slice(0, 8));
  console.log('  hottest source lines (V8 inlines small functions into their callers):');
  for (const line of profile.hotLines.slice(0, 6)) {
    console.log(`  ${line.percent.toFixed(1).padStart(5)} %  ${line.where}  ${line.text}`);
  }
  show(
    `rank --out, ${cli.units} units: self time by package (${cliProfile.file}):`,
    cliProfile.byPackage.slice(0, 5),
  );
  console.log(
    `\nApps Script time from the call counts, at ${MS_PER_CALL.low}–${MS_PER_CALL.high} ms per call (limit 360 s):`,
  );
  for (const estimate of estimates) {
    const range = ({ low, high }: { low: number; high: number }): string =>
      `${formatInt(low)}–${formatInt(high)} s`;
    console.log(
      `  ${String(estimate.units).padStart(4)} units: ours ${range(estimate.oursSeconds)}, naive ${range(estimate.naiveSeconds)}`,
    );
  }
  console.log(`Full figures: ${join('bench-results', 'bench.json')}.`);
  console.log(`Bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  try {
    child(process.argv.slice(at + 1));
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error;
    console.error(`MISMATCH: ${error.message}`);
    process.exit(MISMATCH_EXIT);
  }
} else {
  main().catch((error: unknown) => {
    if (error instanceof Mismatch)
      console.error(`\nBENCH FAILED: implementations disagree: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
