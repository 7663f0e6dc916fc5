/** The action buttons, and the criteria template Set up uses; all are disabled while any call runs. */
import type { TemplateKey } from '../src/template/registry';
import { h, setText } from './dom';
import type { Strings } from './i18n';
import type { ActionName, State, View } from './state';

/** The actions of this group of buttons; the report card and the settings form have their own. */
export type ButtonAction = Exclude<ActionName, 'load' | 'save' | 'report' | 'roles'>;

export interface Actions extends View {
  /** The criteria template chosen for Set up. */
  template(): TemplateKey;
}

interface ButtonSpec {
  label: (s: Strings) => string;
  className: string;
}

/** Every button's label and look, in the order they are built: one missing does not compile. */
const SPECS: Record<ButtonAction, ButtonSpec> = {
  validate: { label: (s) => s.validate, className: '' },
  recompute: { label: (s) => s.recompute, className: 'action' },
  mark: { label: (s) => s.mark, className: '' },
  clear: { label: (s) => s.clearMarks, className: '' },
  archive: { label: (s) => s.archive, className: '' },
  setup: { label: (s) => s.setup, className: 'quiet' },
};

/** The rows of buttons, top to bottom, and where the template choice goes. */
const LAYOUT = [['validate', 'recompute'], ['mark', 'clear'], ['archive'], 'template', ['setup']] as const;

type Holds<T extends true> = T;
/** Every button has a place in LAYOUT: a button left out does not compile. */
export type EveryButtonPlaced = Holds<
  Exclude<ButtonAction, Extract<(typeof LAYOUT)[number], readonly string[]>[number]> extends never
    ? true
    : false
>;

/** Today's units first, as Set up offers them; communes and wards are chosen unless the user picks another. */
const templates: TemplateKey[] = ['so-nganh', 'cap-xa', 'cap-huyen'];

function isTemplate(value: string): value is TemplateKey {
  return (templates as string[]).includes(value);
}

export function createActions(onAction: (action: ButtonAction) => void): Actions {
  const buttons = (Object.keys(SPECS) as ButtonAction[]).map((action) => {
    const spec = SPECS[action];
    const button = h('button', {
      className: spec.className,
      attrs: { type: 'button', 'data-action': action },
      onClick: () => onAction(action),
    });
    return { action, spec, button };
  });
  const byAction = (action: ButtonAction): HTMLButtonElement => {
    const found = buttons.find((b) => b.action === action);
    if (!found) throw new Error(`no button for ${action}`);
    return found.button;
  };
  const templateLabel = h('label', { attrs: { for: 'template' } });
  const templateOptions = templates.map((key) => h('option', { attrs: { value: key } }));
  const template = h('select', { id: 'template' }, ...templateOptions);
  template.value = 'cap-xa';
  const rows = LAYOUT.map((row) =>
    row === 'template'
      ? { setup: true, element: h('div', { className: 'template form-group' }, templateLabel, template) }
      : {
          setup: (row as readonly ButtonAction[]).includes('setup'),
          element: h('div', { className: 'row' }, ...row.map(byAction)),
        },
  );
  const root = h(
    'div',
    { className: 'actions', attrs: { role: 'group' } },
    ...rows.map((row) => row.element),
  );

  function update(state: State, s: Strings): void {
    root.setAttribute('aria-label', s.actionsLabel);
    // Before Set up (no criteria sheet) only the kind of unit and Set up are offered, Set up as the main action.
    const firstRun = state.status?.needsSetup === true;
    for (const row of rows) row.element.hidden = firstRun && !row.setup;
    for (const { action, spec, button } of buttons) {
      setText(button, spec.label(s));
      button.disabled = state.running !== null;
      button.className = action === 'setup' && firstRun ? 'action' : spec.className;
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
