import { message, type MessageKey } from './messages';
import type { NumberProblem } from './cells';
import type { Language, ParError } from './types';

type Params = Record<string, string | number>;

/** Builds errors and warnings for one sheet, in the workbook's language. */
export class SheetProblems {
  constructor(
    readonly language: Language,
    readonly sheet: string | null,
    readonly errors: ParError[],
    readonly warnings: ParError[] = [],
  ) {}

  error(cell: string | null, key: MessageKey, params?: Params): void {
    this.errors.push({ sheet: this.sheet, cell, message: message(this.language, key, params) });
  }

  warn(cell: string | null, key: MessageKey, params?: Params): void {
    this.warnings.push({ sheet: this.sheet, cell, message: message(this.language, key, params) });
  }
}

const NUMBER_PROBLEM_KEYS: Record<NumberProblem, MessageKey> = {
  'error-value': 'errorValue',
  thousands: 'thousands',
  'two-marks': 'twoMarks',
  'not-a-number': 'notANumber',
  date: 'dateNotNumber',
  boolean: 'booleanNotNumber',
  'too-long': 'tooLong',
};

export function numberProblemKey(problem: NumberProblem): MessageKey {
  return NUMBER_PROBLEM_KEYS[problem];
}
