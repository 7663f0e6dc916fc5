/** The action buttons; all of them are disabled while any call runs. */
import { h, setText } from './dom';
import type { Strings } from './i18n';
import type { ActionName, State, View } from './state';

export type ButtonAction = Exclude<ActionName, 'load' | 'save'>;

interface ButtonSpec {
  action: ButtonAction;
  label: (s: Strings) => string;
  className: string;
}

const specs: ButtonSpec[] = [
  { action: 'validate', label: (s) => s.validate, className: '' },
  { action: 'recompute', label: (s) => s.recompute, className: 'action' },
  { action: 'mark', label: (s) => s.mark, className: '' },
  { action: 'clear', label: (s) => s.clearMarks, className: '' },
  { action: 'setup', label: (s) => s.setup, className: 'quiet' },
];

export function createActions(onAction: (action: ButtonAction) => void): View {
  const buttons = specs.map((spec) => {
    const button = h('button', {
      className: spec.className,
      attrs: { type: 'button', 'data-action': spec.action },
      onClick: () => onAction(spec.action),
    });
    return { spec, button };
  });
  const byAction = (action: ButtonAction): HTMLButtonElement => {
    const found = buttons.find((b) => b.spec.action === action);
    if (!found) throw new Error(`no button for ${action}`);
    return found.button;
  };
  const root = h(
    'div',
    { className: 'actions', attrs: { role: 'group' } },
    h('div', { className: 'row' }, byAction('validate'), byAction('recompute')),
    h('div', { className: 'row' }, byAction('mark'), byAction('clear')),
    h('div', { className: 'row' }, byAction('setup')),
  );

  function update(state: State, s: Strings): void {
    root.setAttribute('aria-label', s.actionsLabel);
    for (const { spec, button } of buttons) {
      setText(button, spec.label(s));
      button.disabled = state.running !== null;
    }
  }

  return { root, update };
}
