/**
 * Where the time goes, from `node --cpu-prof` profiles summarised by source file, function and package (the
 * bundles are not minified, so each bundle line maps back to its source file). The core: one scoreWorkbook run
 * at 10,000 units; only samples from the first to the last one inside scoreWorkbook count, so generating the
 * workbook is left out and the garbage collector's share during scoring is kept. The command line: a whole
 * `rank --out` run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { scoreWorkbook } from '../../src/core/score-workbook';
import { BUNDLE, CLI, RESULTS, ROOT, runChild, workbook } from './common';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  /** Samples per 1-based line of the generated file. */
  positionTicks?: { line: number; ticks: number }[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  where: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  units: number;
  file: string;
  /** The profiled run's own time (profiling slows it a little). */
  runMs: number;
  sampledMs: number;
  /** Samples counted (the window's, without idle ones). */
  samples: number;
  /** Self time per function, highest first. */
  self: ProfileLine[];
  /** Time per function including what it calls, highest first. */
  inclusive: ProfileLine[];
  /** Self time per source file. */
  byFile: ProfileLine[];
  /** Self time per npm package or project folder. */
  byPackage: ProfileLine[];
  /** The project's source lines with the most samples (core profile only), with their text. */
  hotLines: (ProfileLine & { text: string })[];
}

/** Runs in the child: `--child profile UNITS`; the profile is written by node when the child exits. */
export function profileChild(units: number): { ms: number } {
  const book = workbook(units);
  const start = performance.now();
  scoreWorkbook(book);
  return { ms: performance.now() - start };
}

/** Bundles are not minified: each module starts with a `// path/to/file.ts` line; map bundle lines to them. */
function moduleStarts(bundle: string): { line: number; file: string }[] {
  const starts: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((text, line) => {
    const match = /^\/\/ ((?:src|scripts|tests|node_modules)\/\S+\.[cm]?[jt]s)$/.exec(text);
    if (match) starts.push({ line, file: match[1] as string });
  });
  return starts;
}

function sourceOf(starts: { line: number; file: string }[], line: number): string | null {
  let lo = 0;
  let hi = starts.length - 1;
  let found: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = starts[mid] as { line: number; file: string };
    if (start.line <= line) {
      found = start.file;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function top(map: Map<string, number>, total: number, n: number): ProfileLine[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([where, us]) => ({ where, ms: us / 1000, percent: (100 * us) / total }));
}

/** Where a source file belongs: its npm package, or the project folder (src/core, src/cli, …). */
function packageOf(file: string): string {
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inPackage) return `node_modules/${inPackage[1] as string}`;
  if (file.startsWith('src/')) return file.split('/').slice(0, 2).join('/');
  if (file.startsWith('node:')) return 'node (built-in)';
  return file;
}

/**
 * Self time per function, per file and per package; time including callees per function of the project.
 * With `within`, only samples from the first to the last one that has that function on its stack count.
 */
export function summarizeProfile(
  profile: CpuProfile,
  within?: string,
): Omit<ProfileSummary, 'units' | 'file' | 'runMs' | 'hotLines'> {
  const bundles = new Map<string, { line: number; file: string }[]>();
  const startsOf = (url: string): { line: number; file: string }[] => {
    let starts = bundles.get(url);
    if (!starts) {
      const path = url.replace(/^file:\/\//, '');
      starts = /\.c?js$/.test(path) && existsSync(path) ? moduleStarts(readFileSync(path, 'utf8')) : [];
      bundles.set(url, starts);
    }
    return starts;
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const fileOf = (node: ProfileNode): string => {
    const { url, lineNumber } = node.callFrame;
    if (url === '') return '';
    return sourceOf(startsOf(url), lineNumber) ?? url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
  };
  const name = (node: ProfileNode): string => {
    const file = fileOf(node);
    const fn = node.callFrame.functionName || '(anonymous)';
    return file === '' ? fn : `${file}:${fn}`;
  };
  const stackOf = (id: number): ProfileNode[] => {
    const stack: ProfileNode[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node) stack.push(node);
    }
    return stack;
  };

  let first = 0;
  let last = profile.samples.length - 1;
  if (within) {
    const inside = profile.samples.map((id) =>
      stackOf(id).some((node) => node.callFrame.functionName === within),
    );
    first = inside.indexOf(true);
    last = inside.lastIndexOf(true);
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byPackage = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number): void => {
    map.set(key, (map.get(key) ?? 0) + us);
  };
  let total = 0;
  let samples = 0;
  for (let i = Math.max(0, first); i <= last; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const stack = stackOf(profile.samples[i] as number);
    const leaf = stack[0];
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    total += us;
    samples += 1;
    const file = fileOf(leaf);
    add(self, name(leaf), us);
    add(byFile, file === '' ? name(leaf) : file, us);
    add(byPackage, file === '' ? name(leaf) : packageOf(file), us);
    const project = stack.filter((node) => fileOf(node).startsWith('src/'));
    for (const key of new Set(project.map(name))) add(inclusive, key, us);
  }
  return {
    sampledMs: total / 1000,
    samples,
    self: top(self, total, 15),
    inclusive: top(inclusive, total, 12),
    byFile: top(byFile, total, 10),
    byPackage: top(byPackage, total, 8),
  };
}

function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

function cpuProfFlags(name: string): string[] {
  return [
    '--cpu-prof',
    '--cpu-prof-dir',
    join(RESULTS, 'profile'),
    '--cpu-prof-name',
    name,
    '--cpu-prof-interval',
    '250',
  ];
}

/**
 * Samples per line of the project's source (src/), through the bench bundle's source map. V8 inlines small
 * functions into their callers, so a line's samples can belong to a function it calls. Percent of `samples`.
 */
export function hotLines(
  profile: CpuProfile,
  samples: number,
  count = 12,
): (ProfileLine & { text: string })[] {
  const mapFile = `${BUNDLE}.map`;
  if (!existsSync(mapFile)) return [];
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload);
  const bundleLines = readFileSync(BUNDLE, 'utf8').split('\n');
  const url = `file://${BUNDLE}`;
  const ticks = new Map<string, number>();
  const sources = new Map<string, string[]>();
  for (const node of profile.nodes) {
    for (const { line, ticks: n } of node.positionTicks ?? []) {
      if (node.callFrame.url !== url) continue;
      const text = bundleLines[line - 1] ?? '';
      const entry = map.findEntry(line - 1, text.length - text.trimStart().length);
      if (!('originalSource' in entry)) continue;
      const source = relative(ROOT, resolve(dirname(BUNDLE), entry.originalSource.replace(/^file:\/\//, '')));
      if (!source.startsWith('src/')) continue;
      const key = `${source}:${entry.originalLine + 1}`;
      ticks.set(key, (ticks.get(key) ?? 0) + n);
    }
  }
  const sourceLine = (key: string): string => {
    const at = key.lastIndexOf(':');
    const file = key.slice(0, at);
    let lines = sources.get(file);
    if (!lines) {
      lines = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8').split('\n') : [];
      sources.set(file, lines);
    }
    return (lines[Number(key.slice(at + 1)) - 1] ?? '').trim().slice(0, 100);
  };
  return [...ticks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, n]) => ({ where, ms: 0, percent: (100 * n) / samples, text: sourceLine(where) }));
}

/** The core at 10,000 units: one scoreWorkbook run in a child under node --cpu-prof. */
export function profileCore(units = 10_000): ProfileSummary {
  const name = `core-${units}.cpuprofile`;
  const run = runChild<{ ms: number }>(cpuProfFlags(name), 'profile', [String(units)]);
  const file = join(RESULTS, 'profile', name);
  const profile = readProfile(file);
  const summary = summarizeProfile(profile, 'scoreWorkbook');
  return {
    units,
    file: relative(ROOT, file),
    runMs: run.ms,
    ...summary,
    hotLines: hotLines(profile, summary.samples),
  };
}

/** The command line, `rank X.xlsx --out O.xlsx`, whole process under node --cpu-prof. */
export function profileCli(units: number, xlsx: string, out: string): ProfileSummary {
  const name = `cli-out-${units}.cpuprofile`;
  // The command refuses to replace a file it did not write (the measured runs before this one wrote it).
  rmSync(out, { force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, [...cpuProfFlags(name), CLI, 'rank', xlsx, '--out', out], {
    encoding: 'utf8',
  });
  const runMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`par-index rank --out under --cpu-prof failed:\n${run.stderr}`);
  const file = join(RESULTS, 'profile', name);
  return { units, file: relative(ROOT, file), runMs, ...summarizeProfile(readProfile(file)), hotLines: [] };
}
