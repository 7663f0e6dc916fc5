/**
 * The protections the add-in makes: real ones (never warning-only), recognised by the mark in their description,
 * each limited to the secretariat and the accounts the contract's table names. The owner of the spreadsheet and
 * the person running the script always stay editors (Google never removes them).
 */
import type { Language } from '../core';
import { UI_TEXT } from './ui-text';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MARK = '⟦CCHC⟧';

export function protectionDescription(language: Language): string {
  const ui = UI_TEXT[language];
  return `${ui.sidebarTitle} – ${ui.menuRoles} ${MARK}`;
}

/** Whether the add-in made it: its mark, or the title the warning-only protections of earlier versions carried. */
export function isOwnProtection(protection: Protection): boolean {
  return isOwnDescription(protection.getDescription());
}

function isOwnDescription(description: string): boolean {
  return (
    description.includes(MARK) ||
    description === UI_TEXT.vi.sidebarTitle ||
    description === UI_TEXT.en.sidebarTitle
  );
}

/**
 * Makes the protection a real one whose editors are exactly `editors` (and those Google keeps). A new one is
 * never warning-only (`reused` says whether it may be).
 */
export function restrict(
  protection: Protection,
  editors: readonly string[],
  language: Language,
  reused = true,
): void {
  protection.setDescription(protectionDescription(language));
  if (reused) protection.setWarningOnly(false);
  const current = protection.getEditors().map((user) => user.getEmail().toLowerCase());
  const others = current.filter((email) => !editors.includes(email));
  const missing = editors.filter((email) => !current.includes(email));
  if (others.length > 0) protection.removeEditors(others);
  if (missing.length > 0) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * A generated tab, protected for the secretariat; a protection a person made on it is left as it is, and the add-in's
 * own real one too (Apply roles sets its editors when the Settings' accounts change).
 */
export function protectTab(sheet: Sheet, secretariat: readonly string[], language: Language): void {
  const [existing] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing) {
    const description = existing.getDescription();
    if (!isOwnDescription(description)) return;
    if (description.includes(MARK) && !existing.isWarningOnly()) return;
  }
  restrict(existing ?? sheet.protect(), secretariat, language, existing !== undefined);
}
