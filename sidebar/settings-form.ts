/**
 * This year, the Compare-with year, basis, class bands and language. The language select relabels the sidebar at
 * once; Save writes them all.
 */
import type { Basis, Language } from '../src/core/types';
import type { SettingsDto } from '../src/shared/api';
import { fill, h, setText } from './dom';
import { isBasis, isLanguage, languageNames, type Strings } from './i18n';
import type { State, View } from './state';

export interface SettingsForm extends View {
  setValues(settings: SettingsDto): void;
}

const bases: Basis[] = ['auto', 'self', 'appraised'];

/** A year field: blank is none; anything else must be a whole number after 1900 and before 3000. */
function readYear(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const year = Number(trimmed);
  return /^\d+$/.test(trimmed) && year > 1900 && year < 3000 ? year : 'invalid';
}

function yearInput(id: string): HTMLInputElement {
  return h('input', {
    id,
    attrs: { type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': 'years-error' },
  });
}
const languages: Language[] = ['vi', 'en'];

export function createSettingsForm(handlers: {
  onLanguage: (language: Language) => void;
  onSave: (settings: SettingsDto) => void;
}): SettingsForm {
  const heading = h('h2', { id: 'settings-heading' });

  const yearLabel = h('label', { attrs: { for: 'year' } });
  const year = yearInput('year');
  const compareLabel = h('label', { attrs: { for: 'compare-with' } });
  const compareWith = yearInput('compare-with');
  const yearsHint = h('span', { className: 'gray hint', id: 'years-hint' });
  const yearsError = h('span', { className: 'error hint', id: 'years-error', attrs: { role: 'alert' } });

  const basisLabel = h('label', { attrs: { for: 'basis' } });
  const basisOptions = bases.map((b) => h('option', { attrs: { value: b } }));
  const basis = h('select', { id: 'basis' }, ...basisOptions);

  const bandsLabel = h('label', { attrs: { for: 'bands' } });
  const bandsHint = h('span', { className: 'gray hint', id: 'bands-hint' });
  const bandsError = h('span', { className: 'error hint', id: 'bands-error', attrs: { role: 'alert' } });
  const bands = h('input', {
    id: 'bands',
    attrs: {
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': 'bands-hint bands-error',
    },
  });

  const languageLabel = h('label', { attrs: { for: 'language' } });
  const language = h(
    'select',
    { id: 'language' },
    ...languages.map((l) => h('option', { attrs: { value: l, lang: l } }, languageNames[l])),
  );

  const save = h('button', { className: 'action', attrs: { type: 'submit' } });
  const form = h(
    'form',
    { attrs: { novalidate: '' } },
    h('div', { className: 'block form-group' }, yearLabel, year),
    h('div', { className: 'block form-group' }, compareLabel, compareWith, yearsHint, yearsError),
    h('div', { className: 'block form-group' }, basisLabel, basis),
    h('div', { className: 'block form-group' }, bandsLabel, bands, bandsHint, bandsError),
    h('div', { className: 'block form-group' }, languageLabel, language),
    h('div', { className: 'block' }, save),
  );
  const root = h(
    'section',
    { className: 'settings', attrs: { 'aria-labelledby': 'settings-heading' } },
    heading,
    form,
  );

  let strings: Strings | null = null;
  /** The years' problem shown, kept as a key so that it follows a language switch. */
  let yearsProblem: 'yearInvalid' | 'compareNotBefore' | null = null;

  function showYearsProblem(problem: typeof yearsProblem): void {
    yearsProblem = problem;
    fill(yearsError, problem && strings ? strings[problem] : '');
  }

  language.addEventListener('change', () => {
    if (isLanguage(language.value)) handlers.onLanguage(language.value);
  });
  bands.addEventListener('input', () => fill(bandsError));
  year.addEventListener('input', () => showYearsProblem(null));
  compareWith.addEventListener('input', () => showYearsProblem(null));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const thisYear = readYear(year.value);
    const compare = readYear(compareWith.value);
    if (thisYear === 'invalid' || compare === 'invalid') {
      showYearsProblem('yearInvalid');
      (thisYear === 'invalid' ? year : compareWith).focus();
      return;
    }
    if (compare !== null && (thisYear === null || compare >= thisYear)) {
      showYearsProblem('compareNotBefore');
      compareWith.focus();
      return;
    }
    const text = bands.value.trim();
    if (text === '') {
      if (strings) fill(bandsError, strings.bandsEmpty);
      bands.focus();
      return;
    }
    if (!isBasis(basis.value) || !isLanguage(language.value)) return;
    handlers.onSave({
      basis: basis.value,
      bands: text,
      language: language.value,
      year: thisYear,
      compareWith: compare,
    });
  });

  function update(state: State, s: Strings): void {
    if (strings !== s && bandsError.textContent) fill(bandsError, s.bandsEmpty);
    strings = s;
    if (yearsProblem) fill(yearsError, s[yearsProblem]);
    setText(heading, s.settingsHeading);
    setText(yearLabel, s.yearLabel);
    setText(compareLabel, s.compareLabel);
    setText(yearsHint, s.yearHint);
    setText(basisLabel, s.basisLabel);
    basisOptions.forEach((option, i) => setText(option, s.basis[bases[i] ?? 'auto']));
    setText(bandsLabel, s.bandsLabel);
    setText(bandsHint, s.bandsHint);
    setText(languageLabel, s.languageLabel);
    setText(save, s.save);
    if (language.value !== state.language) language.value = state.language;
    save.disabled = state.running !== null;
  }

  function setValues(settings: SettingsDto): void {
    year.value = settings.year === null ? '' : String(settings.year);
    compareWith.value = settings.compareWith === null ? '' : String(settings.compareWith);
    showYearsProblem(null);
    basis.value = settings.basis;
    bands.value = settings.bands;
    language.value = settings.language;
    fill(bandsError);
  }

  return { root, update, setValues };
}
