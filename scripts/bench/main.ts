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
import { measureCli, type CliMode, type CliResult, type CliRun } from './cli';
import {
  CODE_JS,
  CRITERIA,
  formatInt,
  formatMb,
  formatMs,
  GROUPS,
  median,
  Mismatch,
  MISMATCH_EXIT,
  ratio,
  RESULTS,
  ROOT,
  runChild,
  workbook,
} from './common';
import { coreChild, FRESH, freshChild, measureCore, measureFresh, type CoreRow, type FreshRow } from './core';
import { measureFormulas, type Aggregation, type FormulasRow } from './formulas';
import { profileChild, profileCli, profileCore, type ProfileLine, type ProfileSummary } from './profile';

const CALL_SIZES = [13, 130, 700];
const FORMULA_RUNS: { units: number; warmRuns: number; aggregation: Aggregation }[] = [
  { units: 130, warmRuns: 3, aggregation: 'block' },
  { units: 700, warmRuns: 0, aggregation: 'block' },
  { units: 130, warmRuns: 0, aggregation: 'sumifs' },
];
const TARGETS = {
  /** Every call of a recompute: at most this many per unit, plus a constant of at most callsConstant. */
  callsPerUnit: 5,
  callsConstant: 150,
  coreMs: 500,
  bundleBytes: 150 * 1024,
  loadMs: 15,
  /** The command line against exceljs alone reading the same file. */
  cliJsonOfRead: 0.8,
  cliOutOfRead: 1.5,
  cliOutRssBytes: 400 * 1024 * 1024,
};

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
  const rows: Row[] = [];
  calls.forEach((row, i) => {
    rows.push(
      [
        i === 0 ? '1 Spreadsheet calls per recompute' : '',
        `${row.units} units × ${CRITERIA}`,
        `${formatInt(row.ours.total)} calls, ${formatInt(row.ours.data)} move data`,
        `simplest batched script ${formatInt(row.batched.total)} (${formatInt(row.batched.data)} data)`,
        `ours ÷ batched ${ratio(row.ours.total, row.batched.total)} (data ${ratio(row.ours.data, row.batched.data)})`,
        'data ≤ units + c',
        `${bounded ? 'ok' : 'MISSED'}: ${row.units} + ${row.ours.data - row.units}`,
      ],
      [
        '',
        '',
        '',
        '',
        '',
        `all ≤ ${TARGETS.callsPerUnit} × units + ${TARGETS.callsConstant}`,
        `${row.ours.total <= TARGETS.callsPerUnit * row.units + TARGETS.callsConstant ? 'ok' : 'MISSED'}: ` +
          `${formatInt(row.ours.total)} ≤ ${formatInt(TARGETS.callsPerUnit * row.units + TARGETS.callsConstant)}`,
      ],
      [
        '',
        '',
        '',
        `anti-pattern, a call per cell ${formatInt(row.naive.total)} (${formatInt(row.naive.data)} data)`,
        `naive ÷ ours ${ratio(row.naive.total, row.ours.total)} (data ${ratio(row.naive.data, row.ours.data)})`,
        '',
        '',
      ],
    );
  });
  const [first, last] = [calls[0] as CallsRow, calls[calls.length - 1] as CallsRow];
  const span = last.units - first.units;
  const slope = (pick: (row: CallsRow) => number): number => (pick(last) - pick(first)) / span;
  const oursSlope = slope((row) => row.ours.total);
  const batchedSlope = slope((row) => row.batched.total);
  rows.push([
    '',
    'each extra unit',
    `${oursSlope.toFixed(2)} calls, ${slope((row) => row.ours.data).toFixed(2)} data`,
    `batched ${batchedSlope.toFixed(2)}; naive ${formatInt(slope((row) => row.naive.total))}`,
    `ours ÷ batched ${ratio(oursSlope, batchedSlope)}`,
    `all ≤ batched's ${batchedSlope.toFixed(0)} per unit + c`,
    oursSlope <= batchedSlope + 0.05 ? 'ok' : 'MISSED',
  ]);
  // The constant of "a per unit + c", from the smallest size: what a recompute costs whatever the units.
  const constant = (pick: (row: CallsRow) => number, perUnit: number): number =>
    pick(first) - perUnit * first.units;
  rows.push([
    '',
    'constant (calls at 0 units)',
    `${formatInt(constant((row) => row.ours.total, oursSlope))} calls`,
    `batched ${formatInt(constant((row) => row.batched.total, batchedSlope))}`,
    '',
    '',
    '',
  ]);
  calls.forEach((row, i) =>
    rows.push([
      i === 0 ? 'Apply roles (appraisal stage)' : '',
      `${row.units} units`,
      `${formatInt(row.roles.total)} calls`,
      `${(row.roles.total / row.units).toFixed(1)} per unit`,
      '',
      '',
      '',
    ]),
  );
  return rows;
}

function coreRows(core: CoreRow[], fresh: FreshRow[]): Row[] {
  const rows: Row[] = core.map((row, i) => {
    const target = row.units === 10_000;
    return [
      i === 0 ? `2 Core: score + rank in memory` : '',
      `${formatInt(row.units)} units × ${CRITERIA}, warm (median of ${row.runs})`,
      `${formatMs(row.medianMs)} (best ${formatMs(Math.min(...row.samplesMs))}; after a full GC ${formatMs(row.afterGcMedianMs)}), ${formatInt(row.rowsPerSecond)} rows/s, heap after − before +${formatMb(row.heapGrowthBytes)}`,
      `bare sum loop ${formatMs(row.floorMedianMs)}`,
      `ours ÷ loop ${ratio(row.medianMs, row.floorMedianMs)}`,
      target ? `≤ ${formatMs(TARGETS.coreMs)}` : '',
      target
        ? row.medianMs <= TARGETS.coreMs
          ? 'ok'
          : `MISSED ×${(row.medianMs / TARGETS.coreMs).toFixed(1)}`
        : '',
    ];
  });
  const warm = core.find((row) => row.units === FRESH.units);
  const firstMs = median(fresh.map((row) => row.firstMs));
  rows.push([
    '',
    `${formatInt(FRESH.units)} units, fresh process (first run; median of ${fresh.length} processes)`,
    formatMs(firstMs),
    warm ? `warm run ${formatMs(warm.medianMs)}` : '',
    warm ? `fresh ÷ warm ${ratio(firstMs, warm.medianMs)}` : '',
    '',
    '',
  ]);
  const growth = median(fresh.map((row) => row.scoringPeakRssBytes - row.rssBeforeBytes));
  const input = median(fresh.map((row) => row.inputHeapBytes));
  const peak = median(fresh.map((row) => row.peakRssBytes));
  const reset = fresh.every((row) => row.meter === 'VmHWM (peak reset)');
  rows.push([
    '',
    `${formatInt(FRESH.units)} units, peak RSS from the OS (fresh process)`,
    reset
      ? `+${formatMb(growth)} while scoring (process peak ${formatMb(peak)})`
      : `process peak ${formatMb(peak)} (the OS's peak could not be reset before scoring)`,
    `the input workbook in memory ${formatMb(input)} (heap)`,
    reset ? `growth ÷ input ${ratio(growth, input)}` : '',
    '',
    '',
  ]);
  return rows;
}

function formulaRows(formulas: FormulasRow[]): Row[] {
  const rows: Row[] = [];
  formulas.forEach((row, i) => {
    const what = `${row.units} units, ${row.aggregation === 'block' ? 'SUM per unit' : 'SUMIFS per unit'}`;
    rows.push([
      i === 0 ? '3 Staff formulas (HyperFormula)' : '',
      `${what}: cold vs cold (first run in a fresh process)`,
      formatMs(row.cold.oursMs),
      `${formatInt(row.formulaCells)} formulas built ${formatMs(row.cold.formulasMs)}`,
      `formulas ÷ ours ${ratio(row.cold.formulasMs, row.cold.oursMs)}`,
      'same ranks',
      'ok',
    ]);
    if (row.formulasWarmMs !== null) {
      rows.push([
        '',
        `${what}: warm vs warm (median of ${row.warmRuns})`,
        formatMs(row.oursWarmMs),
        `formulas rebuilt ${formatMs(row.formulasWarmMs)}`,
        `formulas ÷ ours ${ratio(row.formulasWarmMs, row.oursWarmMs)}`,
        '',
        '',
      ]);
    }
    if (row.edit) {
      rows.push([
        '',
        `${what}: one input cell edited (median of ${row.edit.edits})`,
        `${formatMs(row.oursWarmMs)} (a whole warm run)`,
        `formulas recalculate ${formatMs(row.edit.formulasMs)}`,
        `formulas ÷ ours ${ratio(row.edit.formulasMs, row.oursWarmMs)}`,
        'same ranks',
        'ok',
      ]);
    }
  });
  return rows;
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
  const run = (mode: CliMode): CliRun => {
    const found = cli.runs.find((candidate) => candidate.mode === mode);
    if (!found) throw new Error(`no ${mode} run`);
    return found;
  };
  const read = run('exceljs read');
  const copy = run('exceljs read + write');
  const json = run('--json');
  const out = run('--out');
  const openpyxlRead = run('exceljs read, openpyxl file');
  const openpyxlOut = run('--out, openpyxl file');
  const figure = (r: CliRun): string => `${formatMs(r.wallMedianMs)}, peak RSS ${formatMb(r.peakRssBytes)}`;
  const versus = (r: CliRun, base: CliRun, name: string): string =>
    `${name} ${ratio(r.wallMedianMs, base.wallMedianMs)}, RSS ${ratio(r.peakRssBytes, base.peakRssBytes)}`;
  const jsonOk = json.wallMedianMs <= TARGETS.cliJsonOfRead * read.wallMedianMs;
  const outOk = (r: CliRun, base: CliRun): boolean =>
    r.wallMedianMs <= TARGETS.cliOutOfRead * base.wallMedianMs && r.peakRssBytes <= TARGETS.cliOutRssBytes;
  return [
    [
      '5 Command line',
      `rank --json, ${cli.units} units (median of ${json.runs})`,
      figure(json),
      `exceljs alone reads the file: ${figure(read)}`,
      versus(json, read, 'ours ÷ read'),
      `≤ ${TARGETS.cliJsonOfRead}× read`,
      `${jsonOk ? 'ok' : 'MISSED'}, same ranks as the core`,
    ],
    [
      '',
      `rank --out, ${cli.units} units (median of ${out.runs})`,
      figure(out),
      'exceljs alone reads the file',
      versus(out, read, 'ours ÷ read'),
      `≤ ${TARGETS.cliOutOfRead}× read, ≤ ${formatMb(TARGETS.cliOutRssBytes)}`,
      outOk(out, read) ? 'ok' : 'MISSED',
    ],
    [
      '',
      '',
      '',
      `exceljs alone reads and writes it back: ${figure(copy)}`,
      versus(out, copy, 'ours ÷ copy'),
      '',
      '',
    ],
    [
      '',
      `rank --out, the file as openpyxl writes it (median of ${openpyxlOut.runs})`,
      figure(openpyxlOut),
      `exceljs alone reads that file: ${figure(openpyxlRead)}`,
      versus(openpyxlOut, openpyxlRead, 'ours ÷ read'),
      `≤ ${TARGETS.cliOutOfRead}× read, ≤ ${formatMb(TARGETS.cliOutRssBytes)}`,
      outOk(openpyxlOut, openpyxlRead) ? 'ok' : 'MISSED',
    ],
  ];
}

function child(args: string[]): void {
  const [name, ...rest] = args;
  const n = rest.map(Number);
  let result: unknown;
  if (name === 'core') result = coreChild(n[0] ?? 10, n[1] ?? 7, n[2] ?? 1);
  else if (name === 'fresh') result = freshChild(n[0] ?? FRESH.units);
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

  step('1/5 spreadsheet calls (add-in vs the batched and the naive script, in the fake)');
  const code = readFileSync(CODE_JS, 'utf8');
  const calls = CALL_SIZES.map((units) => measureCalls(units, code));
  step('2/5 core throughput (child processes)');
  const core = measureCore();
  step(`2/5 the core in ${FRESH.processes} fresh processes, and its peak RSS`);
  const fresh = measureFresh();
  step('2/5 profile of the core at 10,000 units (node --cpu-prof)');
  const profile: ProfileSummary = profileCore(10_000);
  step('3/5 the same scoring as spreadsheet formulas (HyperFormula, child processes)');
  const formulas = FORMULA_RUNS.map(({ units, warmRuns, aggregation }) =>
    runChild<FormulasRow>(['--max-old-space-size=4096'], 'formulas', [
      String(units),
      String(warmRuns),
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
    batchedSeconds: seconds(row.batched.total),
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
    fresh,
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
    ...coreRows(core, fresh),
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
      `  ${String(estimate.units).padStart(4)} units: ours ${range(estimate.oursSeconds)}, batched ${range(estimate.batchedSeconds)}, naive ${range(estimate.naiveSeconds)}`,
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
