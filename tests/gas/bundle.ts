/** Loads the built dist/Code.js into a bare vm context whose only globals are the fake Apps Script services. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { readXlsx } from '../../src/cli/xlsx';
import type { Workbook } from '../../src/core/types';
import { createFakeEnvironment, type FakeEnvironment } from '../fakes/apps-script';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLE = join(ROOT, 'examples', 'cchc-cap-huyen-2025.xlsx');

/** The deployed bundle's text. */
export function bundleSource(): string {
  return readFileSync(join(ROOT, 'dist', 'Code.js'), 'utf8');
}

/** The same code with its source map beside it (scripts/build.mjs), so coverage maps back to src/. */
export const MAPPED_BUNDLE = join(ROOT, 'build', 'gas', 'Code.js');
let mapped: string | null = null;

/** Runs the bundle in a vm context, named by its file URL: V8's coverage keeps only scripts with one. */
export function runBundle(context: vm.Context): void {
  mapped ??= readFileSync(MAPPED_BUNDLE, 'utf8');
  vm.runInContext(mapped, context, { filename: pathToFileURL(MAPPED_BUNDLE).href });
}

export interface LoadedBundle {
  env: FakeEnvironment;
  context: vm.Context;
  /** Calls a global of the bundle as Apps Script would: one execution, locks released after. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
}

export function loadBundle(workbook: Workbook, locale = 'vi_VN'): LoadedBundle {
  const env = createFakeEnvironment({
    sheets: workbook.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values })),
    locale,
    htmlFiles: {
      Sidebar: '<!doctype html><title>Sidebar</title>',
      Templates: readFileSync(join(ROOT, 'dist', 'Templates.html'), 'utf8'),
    },
  });
  const context = env.createVmContext();
  runBundle(context);
  const call = <T>(name: string, ...args: unknown[]): T =>
    env.runExecution(() => {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a global function of the bundle`);
      return fn(...args) as T;
    });
  return { env, context, call };
}

export async function exampleWorkbook(): Promise<Workbook> {
  return (await readXlsx(EXAMPLE)).workbook;
}

/** The formulas the bundle wrote that do not parse in the spreadsheet's locale, as "sheet: formula". */
export function unparsed(bundle: LoadedBundle): string[] {
  const snapshot = bundle.env.snapshot();
  return Object.keys(snapshot).flatMap((sheet) =>
    bundle.env
      .formulas(sheet)
      .flatMap((row, r) => row.map((formula, c) => [formula, snapshot[sheet]?.[r]?.[c]] as const))
      .filter(([formula, value]) => formula !== '' && value === '#ERROR!')
      .map(([formula]) => `${sheet}: ${formula}`),
  );
}

/** A custom function's cell as Sheets shows it: the value returned, or #ERROR! with the message thrown. */
export type CellResult = { value: unknown } | { error: '#ERROR!'; message: string };

/**
 * Calls a custom function as a cell does: what it throws becomes #ERROR! with the message shown on hover, which
 * ISERROR and IFERROR see; what it returns, text included, is the cell's value.
 */
export function inCell(bundle: LoadedBundle, name: string, ...args: unknown[]): CellResult {
  try {
    return { value: bundle.call(name, ...args) };
  } catch (error) {
    return { error: '#ERROR!', message: (error as Error).message };
  }
}

/** ISERROR of such a cell: true only for #ERROR! (a text value is not an error, and SUM skips it). */
export function isError(result: CellResult): boolean {
  return 'error' in result;
}
