/** Shared pieces of the benchmark: paths, the workbooks measured, statistics, child processes. */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import type { Workbook } from '../../src/core/types';
import { generateWorkbook } from '../generate-workbook';

/** The bench runs bundled as bench-results/.build/bench.cjs; the project root is two levels up. */
export const BUNDLE = resolve(process.argv[1] ?? '');
export const ROOT = resolve(dirname(BUNDLE), '..', '..');
export const RESULTS = join(ROOT, 'bench-results');
export const CODE_JS = join(ROOT, 'dist', 'Code.js');
export const CLI = join(ROOT, 'bin', 'par-index.cjs');

/** Every workbook measured: generator workbooks, 100 criteria, two ranking blocks, seed 1. */
export const CRITERIA = 100;
export const GROUPS = 2;

export function workbook(units: number, criteria = CRITERIA): Workbook {
  return generateWorkbook({ units, criteria, groups: GROUPS, seed: 1 });
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds of fn, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** A failed comparison between two implementations: the bench reports it and exits non-zero. */
export class Mismatch extends Error {}

/** A child reports a Mismatch as `MISMATCH: message` on stderr and this exit status. */
export const MISMATCH_EXIT = 3;

/** Runs `--child name args` of this bundle in a fresh node with `flags`; the child prints one JSON line last. */
export function runChild<T>(flags: readonly string[], name: string, args: readonly string[] = []): T {
  const run = spawnSync(process.execPath, [...flags, BUNDLE, '--child', name, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const mismatch = /^MISMATCH: (.*)$/m.exec(run.stderr);
  if (run.status === MISMATCH_EXIT && mismatch) throw new Mismatch(mismatch[1] as string);
  if (run.status !== 0) {
    throw new Error(
      `bench child "${name} ${args.join(' ')}" failed (${run.status ?? run.signal}):\n${run.stderr}`,
    );
  }
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? 'null') as T;
}

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

export function ratio(a: number, b: number): string {
  const r = a / b;
  if (r < 0.1) return `×${r.toFixed(3)}`;
  return r >= 100 ? `×${formatInt(r)}` : r >= 10 ? `×${r.toFixed(0)}` : `×${r.toFixed(1)}`;
}
