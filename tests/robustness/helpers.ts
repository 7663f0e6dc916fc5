/** Shared by the robustness tests: writing a corpus workbook as .xlsx, running the built command, hashing. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { excelFromWorkbook } from '../../src/cli/xlsx';
import type { Cell, Workbook } from '../../src/core/types';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'par-index.cjs');
export const BUILT_CLI = join(ROOT, 'build', 'par-index.cjs');
export const BUNDLE = join(ROOT, 'dist', 'Code.js');

/** The built artefacts are made by `node scripts/build.mjs` (npm test runs it first). */
export function requireBuilt(path: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing: run "node scripts/build.mjs" first.`);
}

const ERROR_VALUES = new Set(['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!']);

/**
 * Writes a workbook as .xlsx the way a spreadsheet exported it: formula errors (#REF!, #N/A, …) as error
 * cells, not as text.
 */
export async function writeCorpusXlsx(workbook: Workbook, path: string): Promise<void> {
  const book = excelFromWorkbook(workbook);
  workbook.sheets.forEach((sheet, s) => {
    const worksheet = book.worksheets[s] as ExcelJS.Worksheet;
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'string' && ERROR_VALUES.has(value)) {
          worksheet.getCell(r + 1, c + 1).value = { error: value } as ExcelJS.CellErrorValue;
        }
      }),
    );
  });
  await book.xlsx.writeFile(path);
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[]): Run {
  requireBuilt(BUILT_CLI);
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, without waiting: several runs can go at once. */
export function runCliAsync(args: readonly string[]): Promise<Run> {
  requireBuilt(BUILT_CLI);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const at = next++;
      results[at] = await task(items[at] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Values of a sheet with trailing blank cells and rows dropped, '' read as blank: what both sides hold. */
export function trimmed(values: readonly (readonly Cell[])[]): Cell[][] {
  const rows = values.map((row) => {
    const line = row.map((cell) => (cell === '' || cell === undefined ? null : cell));
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
    return line;
  });
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).length === 0) rows.pop();
  return rows;
}

/** The names of the generated tabs in either language; every other sheet is input and must not change. */
export const GENERATED_TABS = ['Xếp hạng', 'Trừ điểm', 'Phân tích', 'Ranking', 'Deductions', 'Analysis'];
