/** `par-index rank WORKBOOK.xlsx [--out OUT.xlsx] [--force] [--json] [--basis …]`: the whole job from a terminal. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toJsonOutput } from '../core/outputs/json-output';
import { scoreWorkbook } from '../core/score-workbook';
import type { WorkbookResult } from '../core/types';
import { parseArgs, USAGE, UsageError } from './args';
import { fileMessage, type FileMessageKey } from './file-messages';
import { inputProblem } from './input-file';
import { formatTable, formatWarnings } from './text-table';
import { writeGeneratedTabs } from './write-tabs';
import { protectTexts, readXlsx } from './xlsx';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A message about a file, in both languages: the workbook's language is not known before it is read. */
function both(key: FileMessageKey, path: string): string {
  return `${fileMessage('vi', key, path)}\n${fileMessage('en', key, path)}`;
}

/** True when both paths name one file, also through a hard or symbolic link (same device and inode). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The OUT problem that stops the run before anything is read, if any. */
function outProblem(out: string, workbook: string, force: boolean): FileMessageKey | null {
  if (sameFile(out, workbook)) return 'outIsInput';
  if (exists(out) && !force) return 'outExists';
  return null;
}

/** Writes through a temporary file beside OUT, so a failed write never leaves half a file under its name. */
async function writeOut(book: Awaited<ReturnType<typeof readXlsx>>['book'], out: string): Promise<void> {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, Buffer.from(await book.xlsx.writeBuffer()));
    renameSync(temporary, out);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function confirmation(result: WorkbookResult, out: string): string {
  const tabs = `${result.rankingSheet}, ${result.deductionsSheet}`;
  return fileMessage(result.language, 'outWritten', out, tabs);
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
    io.stderr(`par-index: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const problem =
    inputProblem(args.workbook) ??
    (args.out === undefined ? null : outProblem(args.out, args.workbook, args.force));
  if (problem) {
    const path = problem.startsWith('out') ? (args.out as string) : args.workbook;
    io.stderr(`par-index: ${both(problem, path).replace('\n', '\npar-index: ')}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = await readXlsx(args.workbook);
    // A zip without a workbook part reads as a workbook of no sheet; every real .xlsx has one.
    if (loaded.book.worksheets.length === 0) throw new Error('no sheet');
  } catch {
    io.stderr(`par-index: ${both('fileCorrupt', args.workbook).replace('\n', '\npar-index: ')}\n`);
    return 2;
  }
  const result = scoreWorkbook(loaded.workbook, args.basis ? { basis: args.basis } : {});
  if (args.out !== undefined) {
    protectTexts(loaded.book);
    writeGeneratedTabs(loaded.book, result);
    try {
      await writeOut(loaded.book, args.out);
    } catch {
      io.stderr(`par-index: ${both('outNotWritten', args.out).replace('\n', '\npar-index: ')}\n`);
      return 2;
    }
  }
  if (args.json) io.stdout(JSON.stringify(toJsonOutput(result), null, 2) + '\n');
  else {
    io.stdout(formatTable(result) + '\n');
    if (result.warnings.length > 0) io.stdout('\n' + formatWarnings(result) + '\n');
    if (args.out !== undefined) io.stdout('\n' + confirmation(result, args.out) + '\n');
  }
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
