/** A unit with no row in the Survey sheet: its survey criteria are not scored, and a person should know why. */
import { cellText } from '../basics/cells';
import { message } from '../messages';
import { nearNames } from './near-names';
import type { Survey } from './survey-sheet';
import type { Language, ParError } from '../types';
import type { UnitDef } from './units-sheet';

/** One warning per unit without a Survey row, with the Survey rows that name no unit and look like it. */
export function surveyWarnings(survey: Survey, defs: readonly UnitDef[], language: Language): ParError[] {
  const known = new Set(defs.map((def) => def.key));
  const strays = [...survey.rows]
    .filter(([key]) => !known.has(key))
    .map(([, row]) => cellText(row.cells[survey.unitColumn] ?? null));
  return defs
    .filter((def) => !survey.rows.has(def.key))
    .map((def) => ({
      sheet: survey.sheet,
      cell: null,
      message: message(language, 'surveyNoRow', {
        name: def.name,
        near: nearNames(def.name, strays)
          .map((name) => `"${name}"`)
          .join(', '),
      }),
    }));
}
