/** Warnings for headers that nearly match a known one: the column is not read, and the person should know. */
import { a1 } from '../basics/a1';
import { findHeaderRow, mapColumns, nearHeaders, type NearHeader } from './headers';
import type { ColumnSpec } from './workbook-schema';
import { message } from '../messages';
import type { Cell, Language, ParError, Sheet } from '../types';

/** Unit sheets nearly always share one header row: the last answer for each list of meanings is kept. */
const lastFound = new Map<readonly ColumnSpec<string>[], { header: readonly Cell[]; near: NearHeader[] }>();

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}

export function headerWarnings<K extends string>(
  sheet: Sheet,
  anchor: readonly string[],
  specs: readonly ColumnSpec<K>[],
  language: Language,
): ParError[] {
  const headerRow = findHeaderRow(sheet.values, anchor);
  if (headerRow < 0) return [];
  const header = sheet.values[headerRow] ?? [];
  const last = lastFound.get(specs);
  let near: NearHeader[];
  if (last && sameCells(last.header, header)) near = last.near;
  else {
    near = nearHeaders(header, specs, mapColumns(header, specs));
    lastFound.set(specs, { header: [...header], near });
  }
  return near.map((found) => ({
    sheet: sheet.name,
    cell: a1(headerRow, found.column),
    message: message(language, 'nearHeader', { header: found.header, resembles: found.resembles }),
  }));
}
