/** The roles card: choose the stage and apply the roles (Phân quyền), which saves the stage into Settings first. */
import type { Stage } from '../src/core/roles/read-roles';
import { h, setText } from './dom';
import type { Strings } from './i18n';
import type { State, View } from './state';

const STAGES: Stage[] = ['self-assessment', 'appraisal', 'explanation', 'published'];

export interface RolesCard extends View {
  stage(): Stage;
}

export function createRolesCard(onApply: () => void): RolesCard {
  const heading = h('h2', { id: 'roles-heading' });
  const label = h('label', { attrs: { for: 'stage' } });
  const options = STAGES.map((stage) => h('option', { attrs: { value: stage } }));
  const select = h('select', { id: 'stage' }, ...options);
  const button = h('button', { attrs: { type: 'button', 'data-action': 'roles' }, onClick: () => onApply() });
  const root = h(
    'section',
    { className: 'card roles', attrs: { 'aria-labelledby': 'roles-heading' } },
    heading,
    h('div', { className: 'form-group' }, label, select),
    h('div', { className: 'row' }, button),
  );
  let shown: Stage | undefined;

  function update(state: State, s: Strings): void {
    setText(heading, s.rolesHeading);
    setText(label, s.stageLabel);
    STAGES.forEach((stage, i) => setText(options[i] as HTMLElement, s.stages[stage]));
    setText(button, s.applyRoles);
    // The workbook's stage is shown when it is read, without overriding a choice made since.
    const stage = state.status?.stage;
    if (stage && stage !== shown) select.value = shown = stage;
    select.disabled = state.running !== null;
    button.disabled = state.running !== null || state.status === null;
  }

  return { root, update, stage: () => select.value as Stage };
}
