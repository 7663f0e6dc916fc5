/** The unit report card: choose a unit (or all) and build its "Báo cáo – <unit>" tab. */
import { h, setText } from './dom';
import type { Strings } from './i18n';
import type { State, View } from './state';

/** The select's value for every unit; unit names are never empty, so it cannot clash with one. */
const ALL = '';

export interface ReportCard extends View {
  /** The unit chosen, or 'all'. */
  choice(): string[] | 'all';
}

export function createReportCard(onBuild: () => void): ReportCard {
  const heading = h('h2', { id: 'report-heading' });
  const label = h('label', { attrs: { for: 'report-unit' } });
  const allOption = h('option', { attrs: { value: ALL } });
  const select = h('select', { id: 'report-unit' }, allOption);
  const button = h('button', {
    attrs: { type: 'button', 'data-action': 'report' },
    onClick: () => onBuild(),
  });
  const root = h(
    'section',
    { className: 'card report', attrs: { 'aria-labelledby': 'report-heading' } },
    heading,
    h('div', { className: 'form-group' }, label, select),
    h('div', { className: 'row' }, button),
  );
  let names: string[] = [];

  function update(state: State, s: Strings): void {
    setText(heading, s.reportHeading);
    setText(label, s.reportUnitLabel);
    setText(allOption, s.reportAll);
    setText(button, s.report);
    const next = state.status?.unitNames ?? [];
    if (next.join('\n') !== names.join('\n')) {
      const chosen = select.value;
      names = next;
      select.replaceChildren(
        allOption,
        ...names.map((name) => h('option', { attrs: { value: name } }, name)),
      );
      select.value = names.includes(chosen) ? chosen : ALL;
    }
    select.disabled = state.running !== null;
    button.disabled = state.running !== null || state.status === null;
  }

  return { root, update, choice: () => (select.value === ALL ? 'all' : [select.value]) };
}
