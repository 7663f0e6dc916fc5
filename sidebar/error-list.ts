/**
 * Errors and warnings, each a button that selects its cell in the spreadsheet. Warnings are collapsed.
 * Sheet names and messages are workbook data: text only.
 */
import type { ErrorDto } from '../src/shared/api';
import { fill, h } from './dom';
import type { Strings } from './i18n';
import type { State, View } from './state';

/** Where an issue is: its sheet and cell, and the unit's name where the sheet is named by a code. */
export function place(issue: ErrorDto, s: Strings): string {
  if (issue.sheet === null) return s.wholeWorkbook;
  const sheet = issue.unit === undefined ? issue.sheet : `${issue.unit} (${issue.sheet})`;
  return `${sheet} · ${issue.cell ?? s.wholeSheet}`;
}

function item(
  issue: ErrorDto,
  kind: 'error' | 'warning',
  s: Strings,
  onSelect: (issue: ErrorDto) => void,
): HTMLElement {
  const content = [
    h('span', { className: 'issue-place' }, place(issue, s)),
    h('span', { className: 'issue-message' }, issue.message),
  ];
  if (issue.sheet === null) return h('li', {}, h('div', { className: `issue ${kind}` }, ...content));
  const button = h(
    'button',
    {
      className: `issue ${kind}`,
      attrs: { type: 'button', title: s.goTo(place(issue, s)) },
      onClick: () => onSelect(issue),
    },
    ...content,
  );
  return h('li', {}, button);
}

export function createErrorList(onSelect: (issue: ErrorDto) => void): View {
  const errorsHeading = h('h2', { id: 'errors-heading' });
  const errorsBody = h('div');
  const errorsSection = h(
    'section',
    { className: 'issues', attrs: { 'aria-labelledby': 'errors-heading' } },
    errorsHeading,
    errorsBody,
  );
  const warningsSummary = h('summary');
  const warningsList = h('ul', { className: 'issue-list' });
  const warnings = h('details', { className: 'issues warnings' }, warningsSummary, warningsList);
  const root = h('div', {}, errorsSection, warnings);

  let shown: { errors: ErrorDto[] | null; warnings: ErrorDto[] | null; pending: number; s: Strings } | null =
    null;

  function update(state: State, s: Strings): void {
    const pending = state.errors === null ? (state.status?.errors ?? 0) : 0;
    if (
      shown &&
      shown.errors === state.errors &&
      shown.warnings === state.warnings &&
      shown.pending === pending &&
      shown.s === s
    ) {
      return;
    }
    shown = { errors: state.errors, warnings: state.warnings, pending, s };

    const errors = state.errors ?? [];
    errorsSection.hidden = errors.length === 0 && pending === 0;
    fill(errorsHeading, s.errorsHeading(errors.length || pending));
    if (errors.length > 0) {
      fill(
        errorsBody,
        h('p', { className: 'gray hint' }, s.errorsHint),
        h('ul', { className: 'issue-list' }, ...errors.map((e) => item(e, 'error', s, onSelect))),
      );
    } else {
      fill(errorsBody, h('p', { className: 'gray hint' }, s.errorsPending));
    }

    const list = state.warnings ?? [];
    warnings.hidden = list.length === 0;
    fill(warningsSummary, s.warningsHeading(list.length));
    fill(warningsList, ...list.map((w) => item(w, 'warning', s, onSelect)));
  }

  return { root, update };
}
