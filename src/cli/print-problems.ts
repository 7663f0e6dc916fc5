/** The errors and warnings every command prints as `rank` does: errors (or "no errors"), then any warnings. */
import type { WorkbookResult } from '../core';
import type { Io } from './io';
import { formatErrors, formatWarnings } from './text-table';

/** Writes the workbook's errors, then its warnings where there are any, on standard output. */
export function printProblems(result: WorkbookResult, io: Io): void {
  io.stdout(formatErrors(result) + '\n');
  if (result.warnings.length > 0) io.stdout('\n' + formatWarnings(result) + '\n');
}
