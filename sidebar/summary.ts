/**
 * The results of the last recompute, per group: top units, classes, units first several years running, biggest
 * moves since last year and since the Compare-with year, most deductions.
 */
import type { Language } from '../src/core/types';
import type { GroupSummaryDto, UnitLineDto } from '../src/shared/api';
import { fill, h } from './dom';
import { numberOrDash, type Strings } from './i18n';
import type { State, View } from './state';

function topTable(units: UnitLineDto[], s: Strings, language: Language): HTMLElement {
  const head = h(
    'tr',
    {},
    h('th', { className: 'num', attrs: { scope: 'col' } }, s.colRank),
    h('th', { attrs: { scope: 'col' } }, s.colUnit),
    h('th', { className: 'num', attrs: { scope: 'col' } }, s.colIndex),
    h('th', { className: 'cls', attrs: { scope: 'col' } }, s.colClass),
  );
  const rows = units.map((u) =>
    h(
      'tr',
      {},
      h('td', { className: 'num' }, u.rank ?? '—'),
      h('td', { className: 'unit' }, u.unit),
      h('td', { className: 'num' }, numberOrDash(u.index, language)),
      h('td', { className: 'cls' }, u.class ?? '—'),
    ),
  );
  const cols = h(
    'colgroup',
    {},
    h('col', { className: 'col-rank' }),
    h('col'),
    h('col', { className: 'col-index' }),
    h('col', { className: 'col-class' }),
  );
  return h(
    'table',
    { className: 'top' },
    h('caption', {}, s.top),
    cols,
    h('thead', {}, head),
    h('tbody', {}, ...rows),
  );
}

function lineList(
  title: string,
  units: UnitLineDto[],
  tone: string,
  value: (u: UnitLineDto) => string,
): HTMLElement | null {
  if (units.length === 0) return null;
  return h(
    'div',
    { className: 'lines' },
    h('h4', {}, title),
    h(
      'ul',
      {},
      ...units.map((u) =>
        h(
          'li',
          {},
          h('span', { className: 'unit' }, u.unit),
          h('span', { className: `value ${tone}` }, value(u)),
        ),
      ),
    ),
  );
}

function group(g: GroupSummaryDto, s: Strings, language: Language): HTMLElement {
  const ranked = g.ranked;
  const classes = h(
    'ul',
    { className: 'chips', attrs: { 'aria-label': s.classCounts } },
    ...g.classCounts.map((c) => h('li', { className: 'chip' }, s.classCount(c.label, c.count))),
  );
  return h(
    'section',
    { className: 'group' },
    h('h3', {}, g.group === null ? s.allUnits : s.groupTitle(g.group)),
    h('p', { className: 'gray' }, s.rankedCount(ranked)),
    g.top.length ? topTable(g.top, s, language) : null,
    g.classCounts.length ? classes : null,
    lineList(s.streaks, g.streaks, 'up', (u) => s.streak(u.streak)),
    lineList(s.rises, g.rises, 'up', (u) => `▲ ${s.up(Math.abs(u.change ?? 0))}`),
    lineList(s.falls, g.falls, 'down', (u) => `▼ ${s.down(Math.abs(u.change ?? 0))}`),
    g.compareYear === null
      ? null
      : lineList(
          s.compareRises(g.compareYear),
          g.compareRises,
          'up',
          (u) => `▲ ${s.up(Math.abs(u.compareChange ?? 0))}`,
        ),
    g.compareYear === null
      ? null
      : lineList(
          s.compareFalls(g.compareYear),
          g.compareFalls,
          'down',
          (u) => `▼ ${s.down(Math.abs(u.compareChange ?? 0))}`,
        ),
    lineList(s.mostFlags, g.mostFlags, 'flags', (u) => s.flags(u.flags)),
  );
}

export function createSummary(): View {
  const heading = h('h2', { id: 'summary-heading' });
  const body = h('div');
  const root = h(
    'section',
    { className: 'summary', attrs: { 'aria-labelledby': 'summary-heading' } },
    heading,
    body,
  );
  let shown: { groups: GroupSummaryDto[] | null; s: Strings } | null = null;

  function update(state: State, s: Strings): void {
    if (shown && shown.groups === state.groups && shown.s === s) return;
    shown = { groups: state.groups, s };
    root.hidden = state.groups === null;
    fill(heading, s.summaryHeading);
    fill(body, ...(state.groups ?? []).map((g) => group(g, s, state.language)));
  }

  return { root, update };
}
