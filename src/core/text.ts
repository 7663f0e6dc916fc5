const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f\ufeff]+/g;

/**
 * The key by which the contract matches sheet names, headers, keywords and labels: Unicode form, case,
 * diacritics, đ/Đ and runs of spaces do not count ("Diem toi da" matches "Điểm tối đa").
 */
export function foldKey(text: string): string {
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
  return text.replace(SPACES, ' ').trim();
}
