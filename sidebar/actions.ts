/** The action buttons, and the criteria template Set up uses; all are disabled while any call runs. */
import type { TemplateKey } from '../src/template/registry';
import { h, setText } from './dom';
import type { Strings } from './i18n';
import type { ActionName, State, View } from './state';

export type ButtonAction = Exclude<ActionName, 'load' | 'save'>;

export interface Actions extends View {
  /** The criteria template chosen for Set up. */
  template(): TemplateKey;
}

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
  { action: 'archive', label: (s) => s.archive, className: '' },
  { action: 'setup', label: (s) => s.setup, className: 'quiet' },
];

/** Today's units first, as Set up offers them; communes and wards are chosen unless the user picks another. */
const templates: TemplateKey[] = ['so-nganh', 'cap-xa', 'cap-huyen'];

function isTemplate(value: string): value is TemplateKey {
  return (templates as string[]).includes(value);
}

export function createActions(onAction: (action: ButtonAction) => void): Actions {
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
  const templateLabel = h('label', { attrs: { for: 'template' } });
  const templateOptions = templates.map((key) => h('option', { attrs: { value: key } }));
  const template = h('select', { id: 'template' }, ...templateOptions);
  template.value = 'cap-xa';
  const root = h(
    'div',
    { className: 'actions', attrs: { role: 'group' } },
    h('div', { className: 'row' }, byAction('validate'), byAction('recompute')),
    h('div', { className: 'row' }, byAction('mark'), byAction('clear')),
    h('div', { className: 'row' }, byAction('archive')),
    h('div', { className: 'template form-group' }, templateLabel, template),
    h('div', { className: 'row' }, byAction('setup')),
  );

  function update(state: State, s: Strings): void {
    root.setAttribute('aria-label', s.actionsLabel);
    for (const { spec, button } of buttons) {
      setText(button, spec.label(s));
      button.disabled = state.running !== null;
    }
    setText(templateLabel, s.templateLabel);
    templateOptions.forEach((option, i) => setText(option, s.templates[templates[i] ?? 'cap-xa']));
    template.disabled = state.running !== null;
  }

  return {
    root,
    update,
    template: () => (isTemplate(template.value) ? template.value : 'cap-xa'),
  };
}
