/** The workbook at a glance: units, criteria sets, errors, warnings, and when the result tabs were built. */
import { fill, h } from './dom';
import { formatTime, type Strings } from './i18n';
import type { State, View } from './state';

function tile(value: number | null, label: string, tone: string): HTMLElement {
  return h(
    'div',
    { className: `tile ${tone}`.trim() },
    h('span', { className: 'tile-value' }, value === null ? '—' : value),
    h('span', { className: 'tile-label' }, label),
  );
}

function fact(label: string, value: string): HTMLElement {
  return h('div', { className: 'fact' }, h('dt', {}, label), h('dd', {}, value));
}

export function createStatusCard(): View {
  const heading = h('h2', { id: 'status-heading' });
  const tiles = h('div', { className: 'tiles' });
  const facts = h('dl', { className: 'facts' });
  const root = h(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': 'status-heading' } },
    heading,
    tiles,
    facts,
  );

  function update(state: State, s: Strings): void {
    const status = state.status;
    fill(heading, s.statusHeading);
    // A spreadsheet without criteria has nothing to count yet: Set up, below, comes first.
    tiles.hidden = status?.needsSetup === true;
    if (status?.needsSetup) {
      fill(facts, h('div', { className: 'fact first-run' }, s.firstRun));
      return;
    }
    fill(
      tiles,
      tile(status?.units ?? null, s.units, ''),
      tile(status?.criteriaSets ?? null, s.criteriaSets, ''),
      tile(status?.errors ?? null, s.errors, status && status.errors > 0 ? 'bad' : ''),
      tile(status?.warnings ?? null, s.warnings, status && status.warnings > 0 ? 'warn' : ''),
    );
    if (!status) {
      fill(facts, h('div', { className: 'fact gray' }, s.statusUnknown));
    } else {
      const run = status.lastRun;
      const lines = run
        ? [
            fact(s.lastRunLabel, formatTime(run.at, state.language)),
            fact(s.lastRunBasisLabel, s.basis[run.basis]),
          ]
        : [fact(s.lastRunLabel, s.neverRun)];
      // Read only: the sidebar says so, and nobody publishes a table that no longer matches the data.
      if (status.stale)
        lines.push(h('div', { className: 'fact stale', attrs: { role: 'status' } }, s.rankingStale));
      // A copy (next year's workbook, a new template) may have lost its protections.
      if (status.rolesApplied === false && !status.needsSetup)
        lines.push(h('div', { className: 'fact stale', attrs: { role: 'status' } }, s.rolesNotApplied));
      fill(facts, ...lines);
    }
  }

  return { root, update };
}
