import { foldKey } from './text';
import type { Sheet } from './types';
import { SHEET_NAMES, type SheetRole } from './workbook-schema';

/** Finds sheets by name as the contract matches names: exact first, then ignoring form, case, spaces and diacritics. */
export class SheetIndex {
  private readonly byFold = new Map<string, Sheet[]>();

  constructor(readonly sheets: readonly Sheet[]) {
    for (const sheet of sheets) {
      const key = foldKey(sheet.name);
      const list = this.byFold.get(key) ?? [];
      list.push(sheet);
      this.byFold.set(key, list);
    }
  }

  find(name: string): Sheet | null {
    const candidates = this.byFold.get(foldKey(name));
    if (!candidates) return null;
    const nfc = name.normalize('NFC').trim();
    return (
      candidates.find((sheet) => sheet.name === name) ??
      candidates.find((sheet) => sheet.name.normalize('NFC').trim() === nfc) ??
      (candidates[0] as Sheet)
    );
  }

  /** The sheet playing a role of the contract, and whether it carries the English name. */
  role(role: SheetRole): { sheet: Sheet; english: boolean } | null {
    const [vietnamese, english] = SHEET_NAMES[role];
    const vi = this.find(vietnamese);
    if (vi) return { sheet: vi, english: false };
    const en = this.find(english);
    return en ? { sheet: en, english: true } : null;
  }

  hasRoleName(sheet: Sheet, roles: readonly SheetRole[]): boolean {
    const key = foldKey(sheet.name);
    return roles.some((role) => SHEET_NAMES[role].some((name) => foldKey(name) === key));
  }
}
