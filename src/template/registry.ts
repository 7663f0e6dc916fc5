/**
 * The criteria templates Set up offers, in the order it offers them: today's departments and communes (xã,
 * phường, đặc khu) first, then the districts of the years up to 2024, kept for archives. Each is a sample to adapt: its title and note say so in
 * the workbook's language, and Set up writes them above the criteria sheet's header (rows above the header are
 * titles to the reader).
 */
import type { Cell, Language } from '../core/types';
import { CAP_HUYEN_ROWS } from './criteria-cap-huyen';
import { CAP_XA_ROWS } from './criteria-cap-xa';
import { SO_NGANH_ROWS } from './criteria-so-nganh';
import type { TemplateKey } from './keys';
import { surveyHeader } from './sheet-headers';
import { surveyCodes, templateRows, type TemplateRow } from './template-rows';

export type { TemplateKey } from './keys';

export interface CriteriaTemplate {
  title: Record<Language, string>;
  /** Says that the set is a sample to adapt to the province's own decision. */
  note: Record<Language, string>;
  /** The criteria sheet's header row, then one row per criterion (codes as text), in the language's words. */
  rows(language: Language): Cell[][];
  /** The title, the note, then `rows`: the whole criteria sheet as Set up writes it. */
  sheet(language: Language): Cell[][];
  /** The codes scored from the Survey sheet, in criteria order. */
  surveyCodes: string[];
  /** The Survey sheet's header row for this set: unit, one column per survey code, SIPAS. */
  surveyHeader(language: Language): Cell[];
}

const NOTE: Record<Language, string> = {
  vi: 'Bộ tiêu chí mẫu để tham khảo: sửa tiêu chí, điểm tối đa và cách chấm theo Quyết định ban hành Bộ chỉ số CCHC của tỉnh trước khi chấm điểm.',
  en: "A sample to adapt: change the criteria, maxima and rules to the province's own decision on its PAR Index before scoring.",
};

function template(title: Record<Language, string>, rows: readonly TemplateRow[]): CriteriaTemplate {
  const codes = surveyCodes(rows);
  return {
    title,
    note: NOTE,
    rows: (language) => templateRows(rows, language),
    sheet: (language) => [[title[language]], [NOTE[language]], ...templateRows(rows, language)],
    surveyCodes: codes,
    surveyHeader: (language) => surveyHeader(codes, language),
  };
}

export const CRITERIA_TEMPLATES: Record<TemplateKey, CriteriaTemplate> = {
  'so-nganh': template(
    { vi: 'Bộ tiêu chí mẫu Chỉ số CCHC các sở, ban, ngành', en: 'Sample PAR Index criteria for departments' },
    SO_NGANH_ROWS,
  ),
  'cap-xa': template(
    {
      vi: 'Bộ tiêu chí mẫu Chỉ số CCHC cấp xã (xã, phường, đặc khu), từ năm 2025',
      en: 'Sample PAR Index criteria for communes, wards and special zones, from 2025',
    },
    CAP_XA_ROWS,
  ),
  'cap-huyen': template(
    {
      vi: 'Bộ tiêu chí mẫu Chỉ số CCHC cấp huyện, cho các năm đến 2024 (lưu trữ: từ 1/7/2025 không còn cấp huyện)',
      en: 'Sample PAR Index criteria for districts, for years up to 2024 (archive: districts were abolished on 1 July 2025)',
    },
    CAP_HUYEN_ROWS,
  ),
};
