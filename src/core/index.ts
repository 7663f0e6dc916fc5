/**
 * The door to the core: everything the adapters (src/gas, src/cli) may use, and nothing else. They import only from
 * here (a lint rule holds them to it); the core's rooms behind it may change without them knowing.
 */
export { a1, columnLetters, parseA1 } from './basics/a1';
export { cellText, isBlank, isNotApplicable, readNumber } from './basics/cells';
export { readCode } from './basics/codes';
export { displayNumber, exactNumber, TOLERANCE } from './basics/numbers';
export { numberProblemKey } from './basics/problems';
export { foldKey } from './basics/text';
export { languageOf } from './language';
export { message } from './messages';
export type { KeyedMessage } from './messages';
export { plainError, toJsonOutput } from './outputs/json-output';
export { FLAG_LABELS } from './outputs/labels';
export { PLAIN } from './outputs/layout';
export type { ChartLayout, Look, SheetLayout, Span } from './outputs/layout';
export { MARK_COLOUR, MARK_NOTE_TAG, withoutMarkLines } from './outputs/mark-signs';
export { checkRankingTab } from './outputs/ranking-check';
export type { RankingDifference } from './outputs/ranking-check';

export { replacedByReports, reportLayout } from './outputs/report-layout';
export { buildReportTab, buildReportTabs, reportTabNames } from './outputs/report-tab';
export type { ReportTab } from './outputs/report-tab';
export { findUnit } from './outputs/report-units';
export { CHARACTER_PIXELS, POINTS_PER_PIXEL, SECTION_LINE } from './outputs/style';
export { generatedLayouts, replacedByGeneratedTabs } from './outputs/tab-layouts';
export { planRoles } from './roles/plan-roles';
export type { GridSheet, SheetPlan } from './roles/plan-roles';
export { readRoles, STAGE_NAMES, stageOf } from './roles/read-roles';
export type { Roles, Stage } from './roles/read-roles';
export { computeLeaf, surveyRatePoints } from './rules/apply-rule';
export { fromSurvey } from './rules/rule';
export { scoreWorkbook } from './score-workbook';
export { classify, DEFAULT_BANDS, parseClassBands } from './scoring/class-bands';
export { competitionRanks, rankingOrder } from './scoring/ranking';
export { fieldsOf, saysNothingArose, scoreUnit } from './scoring/score-unit';
export { applicableLeaves } from './scoring/applies-to';
export type { ScoreUnitInput, SheetScore } from './scoring/score-unit';
export { readCriteriaSheet } from './sheets/criteria-sheet';
export type { CriteriaSet, Criterion } from './sheets/criteria-sheet';
export { basisOf, readSettings, SETTING_NAMES, settingEntries, settingKey } from './sheets/settings-sheet';
export { SheetIndex } from './sheets/sheet-index';
export { readSurveySheet } from './sheets/survey-sheet';
export type { Survey, SurveyRow } from './sheets/survey-sheet';
export { readUnitsSheet, unitKey } from './sheets/units-sheet';
export {
  headerName,
  isReportTab,
  SHEET_NAMES,
  sheetName,
  UNIT_SHEET_COLUMNS,
  UNIT_SHEET_HEADER,
  UNITS_COLUMNS,
} from './sheets/workbook-schema';
export type { SheetRole } from './sheets/workbook-schema';
export type {
  Basis,
  Cell,
  Flag,
  Language,
  ParError,
  Sheet,
  UnitResult,
  Workbook,
  WorkbookResult,
} from './types';
export { archiveYear } from './years/archive';
export type { ArchiveOutcome } from './years/archive';
export { planNewYear } from './years/new-year';
export type { NewYearPlan } from './years/new-year';
