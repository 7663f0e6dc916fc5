/** What the sidebar knows and shows; every view renders from this. */
import type { Language } from '../src/core/types';
import type { ErrorDto, GroupSummaryDto, ProgressDto, StatusDto } from '../src/shared/api';
import type { Strings } from './i18n';

export type ActionName =
  'load' | 'validate' | 'recompute' | 'mark' | 'clear' | 'archive' | 'setup' | 'save' | 'report' | 'roles';

export type Tone = 'info' | 'success' | 'warning' | 'error';

/** A message for the live region; a function of the strings, so it follows a language switch. */
export interface Notice {
  tone: Tone;
  text: (s: Strings) => string;
}

export interface State {
  language: Language;
  status: StatusDto | null;
  /** null until a validation or recompute has listed them. */
  errors: ErrorDto[] | null;
  warnings: ErrorDto[] | null;
  /** The last recompute's summary, null before the first one. */
  groups: GroupSummaryDto[] | null;
  running: ActionName | null;
  progress: ProgressDto | null;
  notice: Notice | null;
}

export interface View {
  root: HTMLElement;
  update(state: State, s: Strings): void;
}
