/**
 * The signs "Mark deductions" leaves on a unit's sheet, by which "Clear marks" and "Start a new year" find its
 * marks again: a fill of its own colour on rows that had none, and note lines that begin with its tag.
 */
export const MARK_COLOUR = '#fce8e6';
export const MARK_NOTE_TAG = '⟦CCHC⟧';

/** A note without the lines a Mark added. */
export function withoutMarkLines(note: string): string {
  return note
    .split('\n')
    .filter((line) => !line.startsWith(MARK_NOTE_TAG))
    .join('\n');
}
