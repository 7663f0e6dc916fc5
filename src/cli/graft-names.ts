/**
 * workbook.xml's references to sheets by position and by name, kept true when the graft takes an earlier run's tabs
 * out and appends the new ones. Defined names local to a sheet (`localSheetId`: the print titles and filters Excel,
 * Google Sheets and LibreOffice write) and the workbook view's active and first tab follow their sheet; the names
 * local to a removed tab go with it (the new tab brings its own print titles); a reference to a removed tab that no
 * new tab takes the name of becomes #REF!, as Excel writes it when a sheet is deleted.
 */
import type { Element } from '@xmldom/xmldom';
import { child, children, element, MAIN, remove } from './xml-part';

/** Where each sheet of the input stands once the removed ones are out: a removed one at the first new tab. */
function positions(count: number, removed: ReadonlySet<number>): number[] {
  const kept = count - removed.size;
  const moved: number[] = [];
  let next = 0;
  for (let i = 0; i < count; i++) moved.push(removed.has(i) ? kept : next++);
  return moved;
}

/** A sheet reference in a formula: 'quoted name'! or a bare name!, as Excel spells them. */
const SHEET_REFERENCE = /'((?:[^']|'')+)'!|([^\s'!"(),:;=+\-*/^&<>{}[\]]+)!/g;

function withoutRemovedSheets(formula: string, gone: ReadonlySet<string>): string {
  return formula.replace(SHEET_REFERENCE, (reference, quoted?: string, bare?: string) =>
    gone.has((quoted?.replace(/''/g, "'") ?? bare ?? '').toUpperCase()) ? '#REF!' : reference,
  );
}

/**
 * Renumbers workbook.xml's sheet positions after the sheets at `removed` (0-based positions among `count`) are taken
 * out, and turns references to `removedNames` that no name of `addedNames` takes again into #REF!.
 */
export function renumberSheets(
  workbook: Element,
  count: number,
  removed: ReadonlySet<number>,
  removedNames: readonly string[],
  addedNames: readonly string[],
): void {
  if (removed.size === 0) return;
  const moved = positions(count, removed);
  const move = (value: string | null): string | null => {
    const old = Number(value);
    return value !== null && Number.isInteger(old) && old >= 0 && old < count ? String(moved[old]) : null;
  };

  for (const view of children(child(workbook, MAIN, 'bookViews') ?? workbook, MAIN, 'workbookView')) {
    for (const key of ['activeTab', 'firstSheet']) {
      const value = move(view.getAttribute(key));
      if (value !== null) view.setAttribute(key, value);
    }
  }

  const taken = new Set(addedNames.map((name) => name.toUpperCase()));
  const gone = new Set(removedNames.map((name) => name.toUpperCase()).filter((name) => !taken.has(name)));
  const names = child(workbook, MAIN, 'definedNames');
  for (const name of names ? children(names, MAIN, 'definedName') : []) {
    const local = name.getAttribute('localSheetId');
    if (local !== null && removed.has(Number(local))) {
      remove(name);
      continue;
    }
    const value = move(local);
    if (value !== null) name.setAttribute('localSheetId', value);
    const formula = name.textContent ?? '';
    const kept = gone.size > 0 ? withoutRemovedSheets(formula, gone) : formula;
    if (kept !== formula) name.textContent = kept;
  }
}

/** The elements CT_Workbook allows before definedNames. */
const BEFORE_NAMES = new Set([
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'AlternateContent',
  'revisionPtr',
  'absPath',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
]);

/** workbook.xml's definedNames, created in its place (after the sheets and external references) when it has none. */
export function definedNames(workbook: Element): Element {
  const found = child(workbook, MAIN, 'definedNames');
  if (found) return found;
  let next = workbook.firstChild;
  while (next && (next.nodeType !== next.ELEMENT_NODE || BEFORE_NAMES.has((next as Element).localName ?? '')))
    next = next.nextSibling;
  const created = element(workbook, 'definedNames', {});
  workbook.insertBefore(created, next);
  return created;
}
