const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;

/**
 * The key by which the contract matches sheet names, headers, keywords and labels: Unicode form, case,
 * diacritics, đ/Đ and runs of spaces do not count ("Diem toi da" matches "Điểm tối đa").
 */
export function foldKey(text: string): string {
  const known = foldCache.get(text);
  if (known !== undefined) return known;
  const key = foldOnce(text);
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
  foldCache.set(text, key);
  return key;
}

/** Labels, headers and keywords repeat across thousands of rows: their keys are remembered (names that occur once, such as sheet names, use foldOnce). */
const FOLD_CACHE_SIZE = 4096;
const foldCache = new Map<string, string>();

/** foldKey without remembering the result, for texts seen once (sheet names). */
export function foldOnce(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** Trims ordinary and no-break spaces and folds inner runs of them into one space. */
export function tidy(text: string): string {
  return isTidy(text) ? text : text.replace(SPACES, ' ').trim();
}

/** The white space that JavaScript's \s knows besides " " and the control characters. */
function isOtherSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True when `text` has no space at either end, no run of spaces and no space other than " " (most cells). */
function isTidy(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (code < 32 || isOtherSpace(code)) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return !previousSpace || text.length === 0;
}

/** True for a string of spaces only (ordinary or no-break), without building a new string. */
export function isSpaces(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && !isOtherSpace(code)) return false;
  }
  return true;
}
