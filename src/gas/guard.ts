/**
 * Before an action's first write: `canEdit()` on every sheet it is about to write, and on the Settings sheet (else
 * the Units sheet), which only the secretariat may edit once roles are applied (so a unit cannot make the generated
 * tabs before the secretariat has). Where any is refused, the action says only the secretariat can run it and writes
 * nothing. Before any roles are applied every editor passes, as every editor could write by hand.
 */
import { type Language, SheetIndex } from '../core';
import { UI_TEXT } from './ui-text';

/**
 * Throws the secretariat-only message unless the person running the script may edit each of `targets` there is.
 * `sheetNames` are every sheet's name: the Settings sheet (else the Units sheet) is found by them, and a target not
 * among them is about to be made (the Settings or Units sheet answers for it).
 */
export function assertWritable(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetNames: readonly string[],
  targets: readonly string[],
  language: Language,
): void {
  const index = new SheetIndex(sheetNames.map((name) => ({ name, values: [] })));
  // Roles protect the Settings and Units sheets alike: one of them tells whether they are applied.
  const anchor = index.role('settings') ?? index.role('units');
  const existing = new Set(sheetNames);
  const checked = [...(anchor ? [anchor.sheet.name] : []), ...targets.filter((name) => existing.has(name))];
  for (const name of new Set(checked)) {
    const sheet = spreadsheet.getSheetByName(name);
    // The whole grid: a write to a sheet (clear, resize, rename) needs every cell of it.
    if (sheet && !sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).canEdit())
      throw new Error(UI_TEXT[language].secretariatOnly(name));
  }
}
