/**
 * docs/WORKBOOK.md lists every header, sheet name and Settings key the code reads, in the code's order (the
 * first wins when two columns match one meaning): each table after an "aliases" marker is compared with the
 * code's list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnSpec } from '../../src/core/sheets/workbook-schema';
import { SETTING_NAMES } from '../../src/core/sheets/settings-sheet';
import {
  CRITERIA_COLUMNS,
  HISTORY_COLUMNS,
  SHEET_NAMES,
  SIPAS_HEADERS,
  UNIT_SHEET_COLUMNS,
  UNITS_COLUMNS,
} from '../../src/core/sheets/workbook-schema';

const DOC = readFileSync(join(__dirname, '..', '..', 'docs', 'WORKBOOK.md'), 'utf8');

/** The rows of the table after `<!-- aliases: name -->`: each row's first cell and the `names` of its second. */
function aliasTable(name: string): { first: string; names: string[] }[] {
  const marker = `<!-- aliases: ${name} -->`;
  const start = DOC.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in docs/WORKBOOK.md`);
  const lines = DOC.slice(start + marker.length).split('\n');
  const from = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(from)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  return table.slice(2).map((line) => {
    const cells = line.split('|').map((cell) => cell.trim());
    return {
      first: cells[1] as string,
      names: [...(cells[2] as string).matchAll(/`([^`]+)`/g)].map((m) => m[1] as string),
    };
  });
}

const columnLists = (specs: readonly ColumnSpec<string>[]): string[][] =>
  specs.map((spec) => [...spec.headers]);

describe('docs/WORKBOOK.md names every header the code reads, in the same order', () => {
  it.each([
    ['criteria', CRITERIA_COLUMNS],
    ['units', UNITS_COLUMNS],
    ['unit sheet', UNIT_SHEET_COLUMNS],
    ['history', HISTORY_COLUMNS],
  ] as const)('the %s columns', (name, specs) => {
    expect(aliasTable(name).map((row) => row.names)).toEqual(columnLists(specs));
  });

  it('the SIPAS column of the Survey sheet', () => {
    expect(aliasTable('sipas').map((row) => row.names)).toEqual([[...SIPAS_HEADERS]]);
  });

  it('the sheet names', () => {
    const documented = Object.fromEntries(aliasTable('sheets').map((row) => [row.first, row.names]));
    expect(documented).toEqual(
      Object.fromEntries(Object.entries(SHEET_NAMES).map(([key, names]) => [key, [...names]])),
    );
  });

  it('the Settings keys (the doc may hold keys of the format the code does not read yet)', () => {
    const documented = Object.fromEntries(aliasTable('settings').map((row) => [row.first, row.names]));
    for (const [key, names] of Object.entries(SETTING_NAMES))
      expect([key, documented[key]]).toEqual([key, [...names]]);
  });
});
