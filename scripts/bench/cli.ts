/**
 * Part 5: the command line. `node bin/par-index.cjs rank` on the 700-unit generator workbook written as .xlsx,
 * with --json and with --out: wall time (measured around the spawn) and peak resident memory, from
 * /usr/bin/time -v when present, else from process.resourceUsage().maxRSS reported by the command's own node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbookXlsx } from '../../src/cli/xlsx';
import type { WorkbookResult } from '../../src/core/types';
import { CLI, median, Mismatch, RESULTS, workbook } from './common';

export interface CliRun {
  mode: '--json' | '--out';
  runs: number;
  wallMedianMs: number;
  wallSamplesMs: number[];
  peakRssBytes: number;
  exitCode: number;
}

export interface CliResult {
  units: number;
  xlsx: string;
  out: string;
  xlsxBytes: number;
  meter: '/usr/bin/time -v' | 'node resourceUsage';
  runs: CliRun[];
}

const TIME = '/usr/bin/time';

/** Without /usr/bin/time: preloaded into the command's node, it reports that process's own peak RSS at exit. */
const PEAK_RSS_PRELOAD = `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n`;

/** One run: wall milliseconds, peak RSS in bytes, exit status; stdout saved to stdoutFile when given. */
function measured(args: string[], stdoutFile: string): { ms: number; rss: number; status: number } {
  const useTime = existsSync(TIME);
  const preload = join(RESULTS, '.build', 'peak-rss.cjs');
  if (!useTime) writeFileSync(preload, PEAK_RSS_PRELOAD);
  const [command, commandArgs] = useTime
    ? [TIME, ['-v', process.execPath, CLI, ...args]]
    : [process.execPath, ['-r', preload, CLI, ...args]];
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (stdoutFile) writeFileSync(stdoutFile, run.stdout);
  const kb = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]
    : /PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1];
  return { ms, rss: Number(kb ?? 0) * 1024, status: run.status ?? -1 };
}

export async function measureCli(units = 700, runs = 3, expected?: WorkbookResult): Promise<CliResult> {
  const book = workbook(units);
  const xlsx = join(RESULTS, `generated-${units}.xlsx`);
  await writeWorkbookXlsx(book, xlsx);
  const out = join(RESULTS, `generated-${units}-ranked.xlsx`);
  const json = join(RESULTS, `generated-${units}.json`);

  const results: CliRun[] = [];
  for (const mode of ['--json', '--out'] as const) {
    const samples: number[] = [];
    let peak = 0;
    let exitCode = 0;
    for (let i = 0; i < runs; i++) {
      rmSync(out, { force: true });
      const args = mode === '--json' ? ['rank', xlsx, '--json'] : ['rank', xlsx, '--out', out];
      const run = measured(args, mode === '--json' ? json : '');
      samples.push(run.ms);
      peak = Math.max(peak, run.rss);
      exitCode = run.status;
      if (run.status !== 0) throw new Mismatch(`par-index rank ${mode} exited ${run.status}`);
    }
    if (mode === '--out' && !existsSync(out)) throw new Mismatch('par-index rank --out wrote no file');
    results.push({
      mode,
      runs,
      wallMedianMs: median(samples),
      wallSamplesMs: samples,
      peakRssBytes: peak,
      exitCode,
    });
  }

  // The command line must rank as the core does in memory.
  const printed = JSON.parse(readFileSync(json, 'utf8')) as {
    units: { unit: string; rank: number | null }[];
  };
  if (printed.units.length !== units)
    throw new Mismatch(`par-index rank --json listed ${printed.units.length} units, not ${units}`);
  if (expected) {
    const rankOf = new Map(expected.units.map((unit) => [unit.unit, unit.rank]));
    for (const unit of printed.units) {
      if (rankOf.get(unit.unit) !== unit.rank) {
        throw new Mismatch(
          `par-index rank --json ranks ${unit.unit} ${unit.rank}, the core ${rankOf.get(unit.unit)}`,
        );
      }
    }
  }
  const xlsxBytes = readFileSync(xlsx).length;
  return {
    units,
    xlsx,
    out,
    xlsxBytes,
    meter: existsSync(TIME) ? '/usr/bin/time -v' : 'node resourceUsage',
    runs: results,
  };
}
