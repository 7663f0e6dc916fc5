import { foldKey, foldOnce } from './text';
import type { Sheet } from './types';
import { SHEET_NAMES, type SheetRole } from './workbook-schema';

/** Finds sheets by name as the contract matches names: exact first, then ignoring form, case, spaces and diacritics. */
export class SheetIndex {
  private readonly byName = new Map<string, Sheet>();
  private byFold: Map<string, Sheet[]> | undefined;

  constructor(readonly sheets: readonly Sheet[]) {
    for (const sheet of sheets) if (!this.byName.has(sheet.name)) this.byName.set(sheet.name, sheet);
  }

  /** Sheets by folded name, made the first time a name is not found as it is written. */
  private folded(): Map<string, Sheet[]> {
    if (!this.byFold) {
      this.byFold = new Map();
      for (const sheet of this.sheets) {
        const key = foldOnce(sheet.name);
        const list = this.byFold.get(key) ?? [];
        list.push(sheet);
        this.byFold.set(key, list);
      }
    }
    return this.byFold;
  }

  find(name: string): Sheet | null {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const candidates = this.folded().get(foldOnce(name));
    if (!candidates) return null;
    const nfc = name.normalize('NFC').trim();
    return candidates.find((sheet) => sheet.name.normalize('NFC').trim() === nfc) ?? (candidates[0] as Sheet);
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
    const key = foldOnce(sheet.name);
    return roles.some((role) => SHEET_NAMES[role].some((name) => foldKey(name) === key));
  }
}
