/**
 * A workbook made from a built-in criteria template, as Set up lays it out: the criteria sheet (title and note
 * above the header), one unit's sheet with a row per leaf the unit fills, and the Survey sheet with the
 * template's survey header. Sheet and header names are the workbook's language's.
 */
import { readCriteriaSheet, type Criterion, type CriteriaSet } from '../../src/core/sheets/criteria-sheet';
import { foldKey } from '../../src/core/basics/text';
import type { Cell, Language, Sheet, Workbook } from '../../src/core/types';
import { UNIT_SHEET_HEADER } from '../../src/core/sheets/workbook-schema';
import type { CriteriaTemplate } from '../../src/template/registry';

export const UNIT_HEADER: Record<Language, readonly Cell[]> = {
  vi: UNIT_SHEET_HEADER,
  en: [
    'Code',
    'Criterion',
    'Max',
    'Value',
    'Of',
    'Self score',
    'Evidence',
    'Appraised score',
    'Appraisal note',
  ],
};
export const CRITERIA_SHEET: Record<Language, string> = { vi: 'Tiêu chí', en: 'Criteria' };
export const SURVEY_SHEET: Record<Language, string> = { vi: 'Điều tra', en: 'Survey' };
export const UNIT_NAME: Record<Language, string> = { vi: 'Xã Mẫu', en: 'Sample Commune' };
const UNITS_SHEET: Record<Language, string> = { vi: 'Đơn vị', en: 'Units' };
const UNITS_HEADER: Record<Language, readonly Cell[]> = { vi: ['Đơn vị', 'Khối'], en: ['Unit', 'Group'] };

/** The groups a template row's Applies to names (Áp dụng cho), folded as groups are matched; [] for every unit. */
export function appliesToOf(template: CriteriaTemplate, language: Language): Map<string, string[]> {
  const [header = [], ...rows] = template.rows(language);
  const column = header.indexOf(language === 'vi' ? 'Áp dụng cho' : 'Applies to');
  return new Map(
    rows.map((row) => [
      String(row[0]),
      String(row[column] ?? '')
        .split(/[;,]/)
        .map((name) => foldKey(name))
        .filter((name) => name !== ''),
    ]),
  );
}

/** What the unit typed on a leaf's row: Value, Of, Self score, Evidence, Appraised score. */
export interface Entry {
  value?: Cell;
  of?: Cell;
  self?: Cell;
  evidence?: Cell;
  appraised?: Cell;
}

export function readTemplate(template: CriteriaTemplate, language: Language): CriteriaSet {
  return readCriteriaSheet({ name: CRITERIA_SHEET[language], values: template.sheet(language) }, language);
}

/**
 * The workbook of one unit that typed `entries` (leaf code → entry; leaves without one get no row) and whose
 * survey cells are `survey` (code → points, or a rate for a survey-rate leaf, in the template's survey order),
 * with SIPAS `sipas`; with a `group`, a Units sheet puts the unit in it.
 */
export function templateWorkbook(
  template: CriteriaTemplate,
  language: Language,
  entries: Record<string, Entry>,
  survey: Record<string, Cell>,
  sipas: number,
  group?: string,
): Workbook {
  const criteria = readTemplate(template, language);
  const unitRows = criteria.leaves
    .filter((leaf) => entries[leaf.code])
    .map((leaf): Cell[] => {
      const entry = entries[leaf.code] as Entry;
      return [
        leaf.code,
        leaf.name,
        leaf.max,
        entry.value ?? '',
        entry.of ?? '',
        entry.self ?? '',
        entry.evidence ?? '',
        entry.appraised ?? '',
        '',
      ];
    });
  const units: Sheet[] =
    group === undefined
      ? []
      : [
          {
            name: UNITS_SHEET[language],
            values: [[...UNITS_HEADER[language]], [UNIT_NAME[language], group]],
          },
        ];
  return {
    sheets: [
      { name: CRITERIA_SHEET[language], values: template.sheet(language) },
      ...units,
      { name: UNIT_NAME[language], values: [[...UNIT_HEADER[language]], ...unitRows] },
      {
        name: SURVEY_SHEET[language],
        values: [
          template.surveyHeader(language),
          [UNIT_NAME[language], ...template.surveyCodes.map((code) => survey[code] ?? ''), sipas],
        ],
      },
    ],
  };
}

/** Value and Of that reach the leaf's best points under its rule (a formula gets 1 for every input). */
export function bestEntry(leaf: Criterion, language: Language): Entry {
  const evidence = leaf.evidenceRequired ? `Văn bản ${leaf.code}` : '';
  const rule = leaf.rule;
  switch (rule.kind) {
    case 'manual':
      return { self: leaf.high, evidence };
    case 'yesno':
      return { value: language === 'vi' ? 'Có' : 'Yes', evidence };
    case 'choice': {
      const best = rule.options.reduce((a, b) => (b.points > a.points ? b : a));
      return { value: best.label, evidence };
    }
    case 'bands': {
      const best = rule.bands.reduce((a, b) => (b.points > a.points ? b : a));
      const test = best.test;
      if (test === null) return { value: 0, evidence };
      const step = test.op === '<' ? -1 : test.op === '>' ? 1 : 0;
      // A % threshold is met by a count out of 1000; a plain one by the number itself.
      if (test.percent) return { value: Math.ceil(test.value * 1000) + step, of: 1000, evidence };
      return { value: test.value + step, evidence };
    }
    case 'ratio':
      return { value: 45, of: 45, evidence };
    case 'formula':
      return {
        value: rule.inputs.includes('value') ? 1 : rule.inputs.map((name) => `${name}=1`).join('; '),
        evidence,
      };
    case 'survey':
    case 'surveyRate':
      return {};
  }
}
