/** `par-index rank WORKBOOK.xlsx [--out OUT.xlsx] [--json] [--basis …]`: the whole job from a terminal. */
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { toJsonOutput } from '../core/outputs/json-output';
import { scoreWorkbook } from '../core/score-workbook';
import { parseArgs, USAGE, UsageError } from './args';
import { formatTable } from './text-table';
import { readXlsxFile } from './xlsx';
import { withGeneratedTabs } from './xlsx-out';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function samePath(a: string, b: string): boolean {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
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
    if (args.out !== undefined && samePath(args.out, args.workbook))
      throw new UsageError('--out không được trùng tệp vào.', '--out must not be the input workbook.');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`par-index: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  let loaded;
  try {
    loaded = await readXlsxFile(args.workbook);
  } catch (error) {
    io.stderr(
      `par-index: không đọc được / cannot read ${args.workbook}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
  const result = scoreWorkbook(loaded.workbook, args.basis ? { basis: args.basis } : {});
  if (args.out !== undefined) {
    try {
      await writeFile(args.out, await withGeneratedTabs(loaded.data, result));
    } catch (error) {
      io.stderr(
        `par-index: không ghi được / cannot write ${args.out}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  if (args.json) io.stdout(JSON.stringify(toJsonOutput(result), null, 2) + '\n');
  else {
    io.stdout(formatTable(result) + '\n');
    for (const warning of result.warnings)
      io.stderr(`${warning.sheet ?? ''}${warning.cell ? '!' + warning.cell : ''}: ${warning.message}\n`);
  }
  const unscored = result.units.length === 0 || result.units.some((unit) => unit.errors.length > 0);
  return unscored ? 1 : 0;
}
