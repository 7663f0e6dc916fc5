/**
 * "Mark deductions" colours each flagged row of a unit's sheet and adds a note with the reasons; "Clear marks"
 * removes exactly that: cells still in the mark colour get their own colour back, and only the marked line of
 * each note goes. Colours people had on those cells are kept in the document's properties meanwhile.
 */
import { formatNumber } from '../core/messages';
import { FLAG_LABELS } from '../core/outputs/labels';
import { scoreWorkbook } from '../core/score-workbook';
import type { MarkDto } from '../shared/api';
import { menuLanguage } from './language';
import { withDocumentLock } from './lock';
import { UI_TEXT } from './ui-text';
import { readWorkbook } from './workbook-io';

export const MARK_COLOUR = '#fce8e6';
const DEFAULT_BACKGROUND = '#ffffff';
const NOTE_TAG = '⟦CCHC⟧';
const MARKED_SHEETS = 'par-index:marked-sheets';
const originalsKey = (sheet: string): string => `par-index:marks:${sheet}`;

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function stripTag(note: string): string {
  return note
    .split('\n')
    .filter((line) => !line.startsWith(NOTE_TAG))
    .join('\n');
}

function clearAll(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { rows: number; sheets: number } {
  const names = JSON.parse(properties().getProperty(MARKED_SHEETS) ?? '[]') as string[];
  let rows = 0;
  let sheets = 0;
  for (const name of names) {
    const originals = JSON.parse(properties().getProperty(originalsKey(name)) ?? '{}') as Record<
      string,
      string
    >;
    properties().deleteProperty(originalsKey(name));
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    const backgrounds = range.getBackgrounds();
    const notes = range.getNotes();
    const touched = new Set<number>();
    backgrounds.forEach((line, r) =>
      line.forEach((colour, c) => {
        if (colour.toLowerCase() !== MARK_COLOUR) return;
        line[c] = originals[`${r},${c}`] ?? DEFAULT_BACKGROUND;
        touched.add(r);
      }),
    );
    notes.forEach((line, r) =>
      line.forEach((note, c) => {
        if (!note.includes(NOTE_TAG)) return;
        line[c] = stripTag(note);
        touched.add(r);
      }),
    );
    range.setBackgrounds(backgrounds);
    range.setNotes(notes);
    rows += touched.size;
    sheets++;
  }
  properties().deleteProperty(MARKED_SHEETS);
  return { rows, sheets };
}

export function clearMarks(): MarkDto {
  const spreadsheet = SpreadsheetApp.getActive();
  const ui = UI_TEXT[menuLanguage(true)];
  return withDocumentLock(ui.busy, () => {
    const { rows, sheets } = clearAll(spreadsheet);
    spreadsheet.toast(ui.cleared(rows, sheets), ui.sidebarTitle);
    return { rows, sheets, message: ui.cleared(rows, sheets) };
  });
}

export function markDeductions(): MarkDto {
  const spreadsheet = SpreadsheetApp.getActive();
  return withDocumentLock(UI_TEXT[menuLanguage(true)].busy, () => {
    clearAll(spreadsheet);
    const result = scoreWorkbook(readWorkbook(spreadsheet).workbook);
    const ui = UI_TEXT[result.language];
    const marked: string[] = [];
    let rows = 0;
    for (const unit of result.units) {
      const flagged = unit.leaves.filter((leaf) => leaf.row !== null && leaf.flags.length > 0);
      const sheet = flagged.length > 0 ? spreadsheet.getSheetByName(unit.sheet) : null;
      if (!sheet) continue;
      const range = sheet.getDataRange();
      const backgrounds = range.getBackgrounds();
      const notes = range.getNotes();
      const originals: Record<string, string> = {};
      for (const leaf of flagged) {
        const r = leaf.row as number;
        const line = backgrounds[r];
        if (!line) continue;
        line.forEach((colour, c) => {
          if (colour.toLowerCase() !== DEFAULT_BACKGROUND) originals[`${r},${c}`] = colour;
          line[c] = MARK_COLOUR;
        });
        const reasons = leaf.flags
          .map(
            (flag) =>
              `${FLAG_LABELS[flag.kind][result.language]}${flag.amount ? ' ' + formatNumber(result.language, flag.amount) : ''}`,
          )
          .join('; ');
        const noteLine = notes[r] as string[];
        noteLine[0] = [noteLine[0], `${NOTE_TAG} ${reasons}`].filter((part) => part).join('\n');
        rows++;
      }
      range.setBackgrounds(backgrounds);
      range.setNotes(notes);
      properties().setProperty(originalsKey(sheet.getName()), JSON.stringify(originals));
      marked.push(sheet.getName());
    }
    properties().setProperty(MARKED_SHEETS, JSON.stringify(marked));
    spreadsheet.toast(ui.marked(rows, marked.length), ui.sidebarTitle);
    return { rows, sheets: marked.length, message: ui.marked(rows, marked.length) };
  });
}
