/**
 * Part 2: core throughput. Scores and ranks generator workbooks already in memory (2-D arrays, generated once,
 * outside the timing) with scoreWorkbook, in a child node started with --expose-gc so memory can be measured.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { scoreWorkbook } from '../../src/core/score-workbook';
import type { Workbook } from '../../src/core/types';
import { CRITERIA, median, runChild, timed, workbook } from './common';

export interface CoreRow {
  units: number;
  rows: number;
  runs: number;
  /** Consecutive runs in one warm process, as a recompute or a command line run meets them. */
  samplesMs: number[];
  medianMs: number;
  /** The same, each run starting from a heap just collected in full (V8 then collects the old generation again during the run). */
  afterGcSamplesMs: number[];
  afterGcMedianMs: number;
  rowsPerSecond: number;
  /** heapUsed right after one run minus before it (a GC'd heap before; V8's own collections during the run still happen). */
  heapGrowthBytes: number;
  /** heapUsed after a full GC with the result still held, minus before the run: what the result keeps. */
  heapRetainedBytes: number;
  floorSamplesMs: number[];
  floorMedianMs: number;
}

/** The floor: a bare loop over the same arrays that only sums the numbers of each sheet. */
export function floorLoop(book: Workbook): number[] {
  const sums: number[] = [];
  for (const sheet of book.sheets) {
    let sum = 0;
    for (const row of sheet.values) {
      for (const cell of row) if (typeof cell === 'number') sum += cell;
    }
    sums.push(sum);
  }
  return sums;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the core child needs node --expose-gc');
  gc();
}

/** Runs in the child: `--child core UNITS RUNS WARMUPS`. */
export function coreChild(units: number, runs: number, warmups: number): CoreRow {
  const book = workbook(units);
  for (let i = 0; i < warmups; i++) {
    scoreWorkbook(book);
    floorLoop(book);
  }

  collect();
  const before = process.memoryUsage().heapUsed;
  const first = timed(() => scoreWorkbook(book));
  const heapGrowthBytes = process.memoryUsage().heapUsed - before;
  collect();
  const heapRetainedBytes = process.memoryUsage().heapUsed - before;
  const scored = first.value.units.filter((unit) => unit.rank !== null).length;
  if (scored !== units || first.value.errors.length > 0) {
    throw new Error(
      `${units} units: only ${scored} ranked, ${first.value.errors.length} errors; the workbook should score cleanly`,
    );
  }

  const afterGcSamplesMs = [first.ms];
  for (let i = 1; i < runs; i++) {
    collect();
    afterGcSamplesMs.push(timed(() => scoreWorkbook(book)).ms);
  }
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) samplesMs.push(timed(() => scoreWorkbook(book)).ms);
  const floorSamplesMs: number[] = [];
  for (let i = 0; i < runs; i++) floorSamplesMs.push(timed(() => floorLoop(book)).ms);

  const medianMs = median(samplesMs);
  const rows = units * CRITERIA;
  return {
    units,
    rows,
    runs,
    samplesMs,
    medianMs,
    afterGcSamplesMs,
    afterGcMedianMs: median(afterGcSamplesMs),
    rowsPerSecond: rows / (medianMs / 1000),
    heapGrowthBytes,
    heapRetainedBytes,
    floorSamplesMs,
    floorMedianMs: median(floorSamplesMs),
  };
}

export const CORE_SIZES: { units: number; runs: number; warmups: number }[] = [
  { units: 10, runs: 7, warmups: 2 },
  { units: 100, runs: 7, warmups: 2 },
  { units: 1000, runs: 7, warmups: 1 },
  { units: 10_000, runs: 5, warmups: 1 },
];

export function measureCore(): CoreRow[] {
  return CORE_SIZES.map(({ units, runs, warmups }) =>
    runChild<CoreRow>(['--expose-gc'], 'core', [String(units), String(runs), String(warmups)]),
  );
}

/** A process that scores once, as every command line run and every Apps Script execution does. */
export interface FreshRow {
  units: number;
  /** The process's first scoreWorkbook, after a full GC (the code not yet compiled by the optimising tiers). */
  firstMs: number;
  /** Peak resident set of the whole process, from the OS (generating the workbook included). */
  peakRssBytes: number;
  /** Resident set just before scoring, and the OS's peak while scoring (the peak counter reset before it). */
  rssBeforeBytes: number;
  scoringPeakRssBytes: number;
  /** heapUsed after a full GC with only the input workbook held, minus before it was generated: the input's size. */
  inputHeapBytes: number;
  meter: 'VmHWM (peak reset)' | 'maxRSS';
}

const STATUS = '/proc/self/status';

/** The OS's peak resident set of this process, in bytes: VmHWM, which /proc/self/clear_refs can reset. */
function peakRss(): number {
  if (existsSync(STATUS)) {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(STATUS, 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Writing 5 to clear_refs resets VmHWM to the current resident set (Linux ≥ 4.0); false where that is not possible. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** Runs in the child: `--child fresh UNITS`, once per fresh process. */
export function freshChild(units: number): FreshRow {
  collect();
  const empty = process.memoryUsage().heapUsed;
  const book = workbook(units);
  collect();
  const inputHeapBytes = process.memoryUsage().heapUsed - empty;
  const peakRssBytes = peakRss();
  const reset = resetPeakRss();
  const rssBeforeBytes = process.memoryUsage().rss;
  const first = timed(() => scoreWorkbook(book));
  const scoringPeakRssBytes = peakRss();
  if (first.value.units.length !== units) throw new Error(`${units} units: not every unit was scored`);
  return {
    units,
    firstMs: first.ms,
    peakRssBytes: Math.max(peakRssBytes, scoringPeakRssBytes),
    rssBeforeBytes,
    scoringPeakRssBytes,
    inputHeapBytes,
    meter: reset ? 'VmHWM (peak reset)' : 'maxRSS',
  };
}

export const FRESH = { units: 10_000, processes: 3 };

export function measureFresh(): FreshRow[] {
  return Array.from({ length: FRESH.processes }, () =>
    runChild<FreshRow>(['--expose-gc'], 'fresh', [String(FRESH.units)]),
  );
}
