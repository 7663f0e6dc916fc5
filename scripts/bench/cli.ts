/**
 * Part 5: the command line. `node bin/par-index.cjs rank` on the 700-unit generator workbook written as .xlsx,
 * with --json and with --out, beside the floor a user would compare it with: a node process that only has exceljs
 * read the same file (and one that reads and writes it back). Wall time (measured around the spawn) and peak
 * resident memory, from /usr/bin/time -v when present, else from process.resourceUsage().maxRSS reported by the
 * process's own node. The same pair (exceljs's read, rank --out) runs again on the workbook written as openpyxl
 * writes it (`<numFmts count="0"/>`, absolute relationship targets) with its strings inline and no shared-strings
 * part, the shape other programs' files have.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbookXlsx } from '../../src/cli/xlsx';
import { writeAs } from '../../tests/helpers/xlsx-producers';
import type { WorkbookResult } from '../../src/core/types';
import { CLI, median, Mismatch, RESULTS, ROOT, workbook } from './common';

export type CliMode =
  | '--json'
  | '--out'
  | 'exceljs read'
  | 'exceljs read + write'
  | 'exceljs read, openpyxl file'
  | '--out, openpyxl file';

export interface CliRun {
  mode: CliMode;
  runs: number;
  wallMedianMs: number;
  wallSamplesMs: number[];
  peakRssBytes: number;
}

export interface CliResult {
  units: number;
  xlsx: string;
  out: string;
  xlsxBytes: number;
  /** The same workbook as openpyxl writes it, strings inline. */
  openpyxlXlsx: string;
  openpyxlBytes: number;
  meter: '/usr/bin/time -v' | 'node resourceUsage';
  runs: CliRun[];
}

const TIME = '/usr/bin/time';

/** Without /usr/bin/time: preloaded into the command's node, it reports that process's own peak RSS at exit. */
const PEAK_RSS_PRELOAD = `process.on('exit', () => process.stderr.write('\\nPEAK_RSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n`;

/** The baselines: exceljs alone, loaded and used as the command line loads and uses it. */
function baselineScript(write: boolean): string {
  const exceljs = JSON.stringify(join(ROOT, 'node_modules', 'exceljs'));
  return [
    `const ExcelJS = require(${exceljs});`,
    'const book = new ExcelJS.Workbook();',
    `book.xlsx.readFile(process.argv[2])${write ? '.then(() => book.xlsx.writeFile(process.argv[3]))' : ''}`,
    '  .catch((error) => { console.error(error); process.exit(1); });',
    '',
  ].join('\n');
}

/** One run of `node script args`: wall milliseconds, peak RSS in bytes, exit status; stdout saved to stdoutFile when given. */
function measured(
  script: string,
  args: string[],
  stdoutFile: string,
): { ms: number; rss: number; status: number } {
  const useTime = existsSync(TIME);
  const preload = join(RESULTS, '.build', 'peak-rss.cjs');
  if (!useTime) writeFileSync(preload, PEAK_RSS_PRELOAD);
  const [command, commandArgs] = useTime
    ? [TIME, ['-v', process.execPath, script, ...args]]
    : [process.execPath, ['-r', preload, script, ...args]];
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
  const openpyxl = join(RESULTS, `generated-${units}-openpyxl.xlsx`);
  writeFileSync(openpyxl, await writeAs('openpyxl', book, { inlineStrings: true }));
  const out = join(RESULTS, `generated-${units}-ranked.xlsx`);
  const json = join(RESULTS, `generated-${units}.json`);

  const scripts = {
    read: join(RESULTS, '.build', 'exceljs-read.cjs'),
    copy: join(RESULTS, '.build', 'exceljs-copy.cjs'),
  };
  writeFileSync(scripts.read, baselineScript(false));
  writeFileSync(scripts.copy, baselineScript(true));
  const commands: Record<CliMode, [string, string[]]> = {
    'exceljs read': [scripts.read, [xlsx]],
    'exceljs read + write': [scripts.copy, [xlsx, out]],
    '--json': [CLI, ['rank', xlsx, '--json']],
    '--out': [CLI, ['rank', xlsx, '--out', out]],
    'exceljs read, openpyxl file': [scripts.read, [openpyxl]],
    '--out, openpyxl file': [CLI, ['rank', openpyxl, '--out', out]],
  };

  // Round by round, each command once per round, so a change in the machine's load falls on all of them alike.
  const modes = Object.keys(commands) as CliMode[];
  const samples = new Map<CliMode, { ms: number; rss: number }[]>(modes.map((mode) => [mode, []]));
  for (let i = 0; i < runs; i++) {
    for (const mode of modes) {
      rmSync(out, { force: true });
      const [script, args] = commands[mode];
      const run = measured(script, args, mode === '--json' ? json : '');
      if (run.status !== 0) throw new Mismatch(`${mode} exited ${run.status}`);
      if (args.includes(out) && !existsSync(out)) throw new Mismatch(`${mode} wrote no file`);
      samples.get(mode)?.push(run);
    }
  }
  const results: CliRun[] = modes.map((mode) => {
    const runsOf = samples.get(mode) ?? [];
    const wallSamplesMs = runsOf.map((run) => run.ms);
    return {
      mode,
      runs,
      wallMedianMs: median(wallSamplesMs),
      wallSamplesMs,
      peakRssBytes: Math.max(...runsOf.map((run) => run.rss)),
    };
  });

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
    openpyxlXlsx: openpyxl,
    openpyxlBytes: readFileSync(openpyxl).length,
    meter: existsSync(TIME) ? '/usr/bin/time -v' : 'node resourceUsage',
    runs: results,
  };
}
