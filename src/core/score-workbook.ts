/**
 * The whole job on one workbook, in its steps: read the Settings, the Units and the Survey sheets; score each unit's
 * sheet against its criteria set (each criteria sheet read once, when a unit first needs it); complete the results;
 * list the errors and warnings.
 *
 * The order in which a UnitResult is completed. It is built once per unit, by scoreUnits: a ScoredUnit (points, max,
 * index, SIPAS, fields, flags, status, and its class, which needs the index alone) or an unscored result (status
 * 'error'); either carries the previous rank and index the Units sheet gives. completeResults then fills the rest
 * in place, each pass reading what the passes before it wrote:
 *   1. rank: competition ranks of the ranked units, within each group (rankGroups);
 *   2. sipasRank and each field's rank: among the units that have a rank (rankSipas, rankFields in more-ranks.ts);
 *   3. the years: the previous rank and index from History where the Units sheet gave none, change (previous rank
 *      minus rank), history, streak and the comparison with the Compare-with year, which reads rank and sipasRank
 *      (applyYears in years/years.ts).
 * Nothing changes a UnitResult after scoreWorkbook returns; the analysis is computed from the finished units when
 * first read.
 */
import { a1 } from './basics/a1';
import { analyse } from './outputs/analysis';
import { classify } from './scoring/class-bands';
import { readCriteriaSheet, type CriteriaSet } from './sheets/criteria-sheet';
import { message } from './messages';
import { assignRanks } from './scoring/ranking';
import { scoreUnit } from './scoring/score-unit';
import { ScoredUnit } from './scoring/scored-unit';
import { headerWarnings } from './sheets/header-warnings';
import { languageOf } from './language';
import { readSettings, type Settings } from './sheets/settings-sheet';
import { SheetIndex } from './sheets/sheet-index';
import { readSurveySheet, type Survey } from './sheets/survey-sheet';
import { surveyWarnings } from './sheets/survey-warnings';
import { implicitUnits, readUnitsSheet, type UnitDef } from './sheets/units-sheet';
import { LeafArena } from './scoring/leaf-table';
import { rankFields, rankSipas } from './scoring/more-ranks';
import { applyYears, resolveYears, type Years } from './years/years';
import type {
  Basis,
  Language,
  ParError,
  ScoreOptions,
  Sheet,
  UnitResult,
  Workbook,
  WorkbookResult,
} from './types';
import {
  CODE_HEADERS,
  CRITERIA_COLUMNS,
  SIPAS_HEADERS,
  sheetName,
  UNIT_HEADERS,
  UNIT_SHEET_CODE_HEADERS,
  UNIT_SHEET_COLUMNS,
  UNITS_COLUMNS,
} from './sheets/workbook-schema';

const SURVEY_COLUMNS = [
  { key: 'unit', headers: UNIT_HEADERS },
  { key: 'sipas', headers: SIPAS_HEADERS },
] as const;

function generatedName(
  index: SheetIndex,
  role: 'ranking' | 'deductions' | 'analysis',
  language: Language,
): string {
  return index.role(role)?.sheet.name ?? sheetName(role, language);
}

/** A unit that could not be scored, listed with the errors that stopped it. */
function unscoredResult(def: UnitDef, criteriaSheet: string, errors: readonly ParError[]): UnitResult {
  return {
    unit: def.name,
    sheet: def.sheetName,
    group: def.group,
    criteriaSheet,
    ranked: def.ranked,
    status: 'error',
    points: null,
    max: null,
    index: null,
    rank: null,
    previousRank: def.previousRank,
    previousIndex: def.previousIndex,
    change: null,
    class: null,
    sipas: null,
    sipasRank: null,
    streak: 0,
    compare: null,
    history: [],
    fields: [],
    leaves: [],
    caps: [],
    flags: [],
    errors: [...errors],
  };
}

/** The errors and warnings of the whole job, apart by where they come from: listed in this order at the end. */
interface Problems {
  /** Each criteria sheet's, in the order the units first use them. */
  criteria: ParError[];
  /** A unit's criteria sheet that does not exist. */
  missingCriteria: ParError[];
  /** The Settings, Units and Survey sheets'. */
  sheets: ParError[];
  /** Each unit's sheet's. */
  units: ParError[];
  /** Every warning, in the order found. */
  warnings: ParError[];
}

/** What every step reads: the sheets, the workbook's language and Settings. */
interface Job {
  index: SheetIndex;
  language: Language;
  settings: Settings;
  basis: Basis;
  unitsSheet: Sheet | null;
  problems: Problems;
}

export function scoreWorkbook(workbook: Workbook, options: ScoreOptions = {}): WorkbookResult {
  const job = startJob(workbook, options);
  const defs = readUnits(job);
  const survey = readSurvey(job, defs);
  const units = scoreUnits(job, defs, survey);
  const years = completeResults(job, units, defs);
  return workbookResult(job, units, defs, years);
}

/** Finds the sheets, decides the language from them and reads Settings. */
function startJob(workbook: Workbook, options: ScoreOptions): Job {
  const index = new SheetIndex(workbook.sheets);
  const language = languageOf(index);
  const problems: Problems = { criteria: [], missingCriteria: [], sheets: [], units: [], warnings: [] };
  const settings = readSettings(index.role('settings')?.sheet ?? null, language, problems.sheets);
  return {
    index,
    language,
    settings,
    basis: options.basis ?? settings.basis,
    unitsSheet: index.role('units')?.sheet ?? null,
    problems,
  };
}

/** The units: the Units sheet's rows, or, without one, a unit per sheet that looks like a unit's. */
function readUnits(job: Job): UnitDef[] {
  const { unitsSheet, index, language, problems } = job;
  const defs = unitsSheet
    ? readUnitsSheet(unitsSheet, index, language, problems.sheets)
    : implicitUnits(index);
  if (unitsSheet)
    problems.warnings.push(...headerWarnings(unitsSheet, UNIT_HEADERS, UNITS_COLUMNS, language));
  if (defs.length === 0 && problems.sheets.length === 0) {
    problems.sheets.push({
      sheet: unitsSheet?.name ?? sheetName('units', language),
      cell: null,
      message: message(language, 'noUnits'),
    });
  }
  return defs;
}

/** The Survey sheet, with an error for each row of a unit the Units sheet does not list. */
function readSurvey(job: Job, defs: readonly UnitDef[]): Survey | null {
  const { index, language, problems } = job;
  const surveySheet = index.role('survey')?.sheet ?? null;
  const survey = surveySheet ? readSurveySheet(surveySheet, language, problems.sheets) : null;
  if (surveySheet)
    problems.warnings.push(...headerWarnings(surveySheet, UNIT_HEADERS, SURVEY_COLUMNS, language));
  if (survey) {
    const known = new Set(defs.map((def) => def.key));
    for (const [key, row] of survey.rows) {
      if (known.has(key)) continue;
      const name = String(row.cells[survey.unitColumn] ?? '').trim();
      problems.sheets.push({
        sheet: survey.sheet,
        cell: a1(row.row, survey.unitColumn),
        message: message(language, 'surveyUnknownUnit', { name }),
      });
    }
    problems.warnings.push(...surveyWarnings(survey, defs, language));
  }
  return survey;
}

/** Each unit's criteria set, each criteria sheet read once, when a unit first needs it. */
function criteriaSets(job: Job): (def: UnitDef) => { set: CriteriaSet | null; name: string } {
  const { index, language, problems } = job;
  const defaultCriteria = index.role('criteria')?.sheet ?? null;
  const defaultCriteriaName = defaultCriteria?.name ?? sheetName('criteria', language);
  const sets = new Map<string, CriteriaSet>();
  return (def) => {
    const sheet = def.criteria === null ? defaultCriteria : index.find(def.criteria);
    const name = sheet?.name ?? def.criteria ?? defaultCriteriaName;
    if (!sheet) return { set: null, name };
    let set = sets.get(sheet.name);
    if (!set) {
      set = readCriteriaSheet(sheet, language);
      sets.set(sheet.name, set);
      problems.criteria.push(...set.errors);
      problems.warnings.push(
        ...headerWarnings(sheet, CODE_HEADERS, CRITERIA_COLUMNS, language),
        ...set.warnings,
      );
    }
    return { set, name };
  };
}

/** Builds each unit's result: scored against its criteria set, or unscored with the errors that stopped it. */
function scoreUnits(job: Job, defs: readonly UnitDef[], survey: Survey | null): UnitResult[] {
  const { unitsSheet, language, basis, settings, problems } = job;
  const criteriaFor = criteriaSets(job);
  const arena = new LeafArena(defs.length);
  return defs.map((def): UnitResult => {
    const { set, name } = criteriaFor(def);
    let errors = def.errors;
    if (!set) {
      const sheet = def.criteriaCell && unitsSheet ? unitsSheet.name : name;
      const error = {
        sheet,
        cell: def.criteriaCell,
        message: message(language, 'noCriteriaSheet', { name }),
      };
      errors = [...errors, error];
      problems.missingCriteria.push(error);
    } else if (set.errors.length > 0) {
      errors = [...errors, ...set.errors];
    } else if (def.sheet) {
      const surveyRow = survey?.rows.get(def.key);
      const group = def.group;
      const score = scoreUnit({
        sheet: def.sheet,
        criteria: set,
        survey,
        surveyRow,
        basis,
        language,
        arena,
        group,
      });
      problems.warnings.push(
        ...headerWarnings(def.sheet, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, language),
        ...score.warnings,
      );
      problems.units.push(...score.errors);
      if (errors.length === 0 && score.errors.length === 0) {
        const status = !def.ranked ? 'unranked' : score.index === null ? 'no-index' : 'ranked';
        const unitClass = score.index === null ? null : classify(score.index, settings.bands);
        return new ScoredUnit(def, set, name, score, status, unitClass);
      }
      errors = [...errors, ...score.errors];
    }
    return unscoredResult(def, name, errors);
  });
}

/** Completes the built results in the order the top of this file gives: ranks, SIPAS and field ranks, years. */
function completeResults(job: Job, units: readonly UnitResult[], defs: readonly UnitDef[]): Years {
  const { index, settings, language, unitsSheet, problems } = job;
  rankGroups(units);
  rankSipas(units);
  rankFields(units);
  const years = resolveYears(index.role('history')?.sheet ?? null, settings.year, language);
  problems.warnings.push(
    ...applyYears(units, defs, years, settings.compareWith, {
      language,
      unitsSheet: unitsSheet?.name ?? null,
    }),
  );
  return years;
}

/** Each group's ranked units get their competition ranks. */
function rankGroups(units: readonly UnitResult[]): void {
  const groups = new Map<string | null, UnitResult[]>();
  for (const unit of units) {
    if (unit.status !== 'ranked') continue;
    const list = groups.get(unit.group) ?? [];
    list.push(unit);
    groups.set(unit.group, list);
  }
  for (const list of groups.values()) {
    assignRanks(
      list.map((unit) => ({ name: unit.unit, index: unit.index as number, unit })),
      (item, rank) => (item.unit.rank = rank),
    );
  }
}

/** The result: the units, the settings they were scored under, every error and warning once, in a fixed order. */
function workbookResult(
  job: Job,
  units: UnitResult[],
  defs: readonly UnitDef[],
  years: Years,
): WorkbookResult {
  const { index, language, settings, basis, problems } = job;
  // The analysis is made when read: validation and the sheet marks score the workbook too, and never need it.
  let analysis: WorkbookResult['analysis'] | undefined;
  return {
    language,
    basis,
    year: years.year,
    settingsYear: settings.year,
    compareYear: settings.compareWith,
    bands: settings.bands,
    bandsText: settings.bandsText,
    units,
    previousNames: defs.map((def) => def.previousNames),
    errors: dedupe([
      ...problems.criteria,
      ...problems.missingCriteria,
      ...problems.sheets,
      ...defs.flatMap((def) => def.errors),
      ...problems.units,
      ...years.errors,
    ]),
    warnings: dedupe(problems.warnings),
    get analysis(): WorkbookResult['analysis'] {
      return (analysis ??= analyse(units));
    },
    rankingSheet: generatedName(index, 'ranking', language),
    deductionsSheet: generatedName(index, 'deductions', language),
    analysisSheet: generatedName(index, 'analysis', language),
  };
}

function dedupe(errors: readonly ParError[]): ParError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.sheet}\u0000${error.cell}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
