import fc from 'fast-check';
import { SheetIndex } from '../../src/core/sheets/sheet-index';
import { foldKey } from '../../src/core/basics/text';
import type { Sheet } from '../../src/core/types';

// Pieces of sheet names: Vietnamese in NFC and NFD, English, spaces of several kinds, and a Hangul syllable
// (which folds to more than one letter).
const PIECES = [
  'Xếp',
  'hạng',
  'Xe\u0302\u0301p',
  'Ranking',
  'Trừ',
  'điểm',
  'Đơn',
  'vị',
  'A',
  ' ',
  '  ',
  '\u00a0',
  '한',
  '1',
];
const name = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));

/** The contract's rule written plainly: exact name first, else any sheet whose folded name is the same. */
function naiveFind(sheets: readonly Sheet[], wanted: string): Sheet | null {
  const exact = sheets.find((sheet) => sheet.name === wanted);
  if (exact) return exact;
  const key = foldKey(wanted);
  const candidates = sheets.filter((sheet) => foldKey(sheet.name) === key);
  const nfc = wanted.normalize('NFC').trim();
  return candidates.find((sheet) => sheet.name.normalize('NFC').trim() === nfc) ?? candidates[0] ?? null;
}

test('finds the same sheet as folding every name would', () => {
  fc.assert(
    fc.property(fc.uniqueArray(name, { maxLength: 8 }), name, (names, wanted) => {
      const sheets = names.map((sheetName) => ({ name: sheetName, values: [] }));
      expect(new SheetIndex(sheets).find(wanted)).toBe(naiveFind(sheets, wanted));
    }),
    { numRuns: 500 },
  );
});

test('matches a role ignoring case, diacritics and spaces', () => {
  const sheets = [
    { name: 'Huyện A', values: [] },
    { name: '  XEP  HANG ', values: [] },
  ];
  expect(new SheetIndex(sheets).role('ranking')?.sheet.name).toBe('  XEP  HANG ');
});
