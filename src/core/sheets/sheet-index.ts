import { foldKey, foldOnce } from '../basics/text';
import type { Sheet } from '../types';
import { SHEET_NAMES, type SheetRole } from './workbook-schema';

/**
 * How many letters a name keeps once folded (spaces and combining marks do not count), or -1 when it holds
 * characters whose folding is not one letter for one (outside Latin and Vietnamese). Two names can only fold
 * to the same key if they keep as many letters, so most sheets never need folding for a lookup.
 */
function foldedLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 32 || isSpaceOrMark(code)) continue;
    if (code > 0x024f && !(code >= 0x1e00 && code <= 0x1eff)) return -1;
    letters++;
  }
  return letters;
}

function isSpaceOrMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0xfeff
  );
}

/** Finds sheets by name as the contract matches names: exact first, then ignoring form, case, spaces and diacritics. */
export class SheetIndex {
  private readonly byName = new Map<string, Sheet>();
  /** Sheets by folded name, per number of letters, made the first time a name of that length is looked up. */
  private readonly byLetters = new Map<number, Map<string, Sheet[]>>();

  constructor(readonly sheets: readonly Sheet[]) {
    for (const sheet of sheets) if (!this.byName.has(sheet.name)) this.byName.set(sheet.name, sheet);
  }

  private folded(letters: number): Map<string, Sheet[]> {
    let byFold = this.byLetters.get(letters);
    if (!byFold) {
      byFold = new Map();
      for (const sheet of this.sheets) {
        const count = foldedLetters(sheet.name);
        if (count !== letters && count !== -1 && letters !== -1) continue;
        const key = foldOnce(sheet.name);
        const list = byFold.get(key) ?? [];
        list.push(sheet);
        byFold.set(key, list);
      }
      this.byLetters.set(letters, byFold);
    }
    return byFold;
  }

  find(name: string): Sheet | null {
    const exact = this.byName.get(name);
    if (exact) return exact;
    const candidates = this.folded(foldedLetters(name)).get(foldOnce(name));
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
