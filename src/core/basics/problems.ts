import { message, messageOf, type KeyedMessage, type MessageKey, type ParamsArg } from '../messages';
import type { NumberProblem } from './cells';
import type { Language, ParError } from '../types';

/** Builds errors and warnings for one sheet, in the workbook's language. */
export class SheetProblems {
  constructor(
    readonly language: Language,
    readonly sheet: string | null,
    readonly errors: ParError[],
    readonly warnings: ParError[] = [],
  ) {}

  error<K extends MessageKey>(cell: string | null, key: K, ...params: ParamsArg<K>): void {
    this.errors.push({ sheet: this.sheet, cell, message: message(this.language, key, ...params) });
  }

  warn<K extends MessageKey>(cell: string | null, key: K, ...params: ParamsArg<K>): void {
    this.warnings.push({ sheet: this.sheet, cell, message: message(this.language, key, ...params) });
  }

  /** An error whose key and parameters were worked out elsewhere (a rule that could not be read…). */
  errorOf(cell: string | null, keyedMessage: KeyedMessage): void {
    this.errors.push({ sheet: this.sheet, cell, message: messageOf(this.language, keyedMessage) });
  }
}

/** The messages of a cell that is not a number: each takes the cell's text. */
type NumberProblemKey =
  'errorValue' | 'thousands' | 'twoMarks' | 'notANumber' | 'dateNotNumber' | 'booleanNotNumber' | 'tooLong';

const NUMBER_PROBLEM_KEYS: Record<NumberProblem, NumberProblemKey> = {
  'error-value': 'errorValue',
  thousands: 'thousands',
  'two-marks': 'twoMarks',
  'not-a-number': 'notANumber',
  date: 'dateNotNumber',
  boolean: 'booleanNotNumber',
  'too-long': 'tooLong',
};

export function numberProblemKey(problem: NumberProblem): NumberProblemKey {
  return NUMBER_PROBLEM_KEYS[problem];
}
