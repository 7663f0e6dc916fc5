/** `par-index rank|archive|report|verify|new-year WORKBOOK.xlsx …`: the whole job from a terminal. */
import { scoreWorkbook, toJsonOutput, type Workbook, type WorkbookResult } from '../core';
import { parseArgs, SEE_HELP, USAGE, UsageError, type CliArgs } from './args';
import { runArchive } from './archive-command';
import { runNewYear } from './new-year-command';
import { runReport } from './report-command';
import { fileMessage } from './file-messages';
import { inputProblem } from './input-file';
import { bothLanguages, outProblem, writeOutOrTell } from './output-file';
import { printProblems } from './print-problems';
import { formatTable } from './text-table';
import { runVerify } from './verify-command';
import { readXlsx, readXlsxFile } from './xlsx';
import { withGeneratedTabs } from './xlsx-out';
import type { Io } from './io';

function confirmation(result: WorkbookResult, out: string): string {
  const tabs = `${result.rankingSheet}, ${result.deductionsSheet}, ${result.analysisSheet}`;
  return fileMessage(result.language, 'outWritten', out, tabs);
}

/** The workbook read by `read`, or null after telling that it is no .xlsx to read. */
async function load<T extends { workbook: Workbook }>(
  path: string,
  read: (path: string) => Promise<T>,
  io: Io,
): Promise<T | null> {
  try {
    const loaded = await read(path);
    // A zip without a workbook part reads as a workbook of no sheet; every real .xlsx has one.
    if (loaded.workbook.sheets.length > 0) return loaded;
  } catch {
    // told below, as for a file with no sheet
  }
  io.stderr(`par-index: ${bothLanguages('fileCorrupt', path).replace('\n', '\npar-index: ')}\n`);
  return null;
}

function score(workbook: Workbook, args: CliArgs): WorkbookResult {
  return scoreWorkbook(workbook, args.basis ? { basis: args.basis } : {});
}

/** Runs the command and gives its exit status; never writes over the input. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`par-index: ${error.message} ${SEE_HELP}\n`);
    return 2;
  }
  const problem =
    inputProblem(args.workbook) ??
    (args.out === undefined ? null : outProblem(args.out, args.workbook, args.force));
  if (problem) {
    const path = problem.startsWith('out') ? (args.out as string) : args.workbook;
    io.stderr(`par-index: ${bothLanguages(problem, path).replace('\n', '\npar-index: ')}\n`);
    return 2;
  }
  if (args.command === 'archive' || args.command === 'report' || args.command === 'new-year') {
    const loaded = await load(args.workbook, readXlsx, io);
    if (!loaded) return 2;
    const result = score(loaded.workbook, args);
    printProblems(result, io);
    if (args.command === 'archive') return runArchive(loaded, result, args.out as string, io);
    if (args.command === 'new-year') return runNewYear(loaded, result, args.out as string, io);
    return runReport(loaded, result, { out: args.out as string, units: args.units }, io);
  }
  const loaded = await load(args.workbook, readXlsxFile, io);
  if (!loaded) return 2;
  const result = score(loaded.workbook, args);
  if (args.command === 'verify') return runVerify(loaded.workbook, result, args.json, io);
  const out = args.out;
  if (out !== undefined && !(await writeOutOrTell(() => withGeneratedTabs(loaded.data, result), out, io)))
    return 2;
  if (args.json) io.stdout(JSON.stringify(toJsonOutput(result), null, 2) + '\n');
  else {
    io.stdout(formatTable(result) + '\n');
    printProblems(result, io);
    if (out !== undefined) io.stdout('\n' + confirmation(result, out) + '\n');
  }
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
