/**
 * The thin progress bar and the live region for status messages. During a recompute or a report the bar shows
 * the server's done/total; before the first report, and for the other calls, it runs indeterminate.
 */
import { fill, h, setText } from './dom';
import type { Strings } from './i18n';
import type { ActionName, State, View } from './state';

function runningText(action: ActionName, s: Strings): string {
  switch (action) {
    case 'load':
      return s.loading;
    case 'validate':
      return s.validating;
    case 'recompute':
      return s.recomputing;
    case 'mark':
      return s.marking;
    case 'clear':
      return s.clearing;
    case 'archive':
      return s.archiving;
    case 'setup':
      return s.settingUp;
    case 'save':
      return s.saving;
    case 'report':
      return s.reporting;
    case 'roles':
      return s.applyingRoles;
  }
}

export function createProgress(): View {
  const fillBar = h('div', { className: 'progress-fill' });
  const bar = h(
    'div',
    { className: 'progress', attrs: { role: 'progressbar', 'aria-valuemin': '0' } },
    fillBar,
  );
  const caption = h('p', { className: 'progress-caption gray' });
  const notice = h('p', {
    className: 'notice',
    id: 'notice',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const root = h('div', { className: 'progress-area' }, notice, bar, caption);
  // The live region stays in the page (only emptied), so that screen readers announce every change.

  function update(state: State, s: Strings): void {
    const running = state.running;
    bar.hidden = running === null;
    caption.hidden = running === null;
    bar.setAttribute('aria-label', s.progressLabel);

    const p = running === 'recompute' || running === 'report' || running === 'roles' ? state.progress : null;
    if (p && p.total > 0) {
      const done = Math.min(Math.max(p.done, 0), p.total);
      const percent = Math.round((100 * done) / p.total);
      bar.classList.remove('indeterminate');
      fillBar.style.width = `${percent}%`;
      bar.setAttribute('aria-valuemax', String(p.total));
      bar.setAttribute('aria-valuenow', String(done));
      bar.setAttribute('aria-valuetext', p.message || `${done}/${p.total}`);
      setText(caption, `${p.message || `${done}/${p.total}`} · ${percent}%`);
    } else {
      bar.classList.add('indeterminate');
      fillBar.style.width = '';
      bar.removeAttribute('aria-valuemax');
      bar.removeAttribute('aria-valuenow');
      bar.removeAttribute('aria-valuetext');
      setText(caption, '');
    }

    const text = running ? runningText(running, s) : (state.notice?.text(s) ?? '');
    notice.className = `notice ${running ? 'busy' : (state.notice?.tone ?? 'info')}`;
    if (notice.textContent !== text) fill(notice, text);
  }

  return { root, update };
}
