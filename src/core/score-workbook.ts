/** The whole job on one workbook: read every sheet of the contract, score every unit, rank each group. */
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
import { readSettings } from './sheets/settings-sheet';
import { SheetIndex } from './sheets/sheet-index';
import { readSurveySheet } from './sheets/survey-sheet';
import { surveyWarnings } from './sheets/survey-warnings';
import { implicitUnits, readUnitsSheet, type UnitDef } from './sheets/units-sheet';
import { LeafArena } from './scoring/leaf-table';
import { rankFields, rankSipas } from './scoring/more-ranks';
import { applyYears, resolveYears } from './years/years';
import type { Language, ParError, ScoreOptions, UnitResult, Workbook, WorkbookResult } from './types';
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

export function scoreWorkbook(workbook: Workbook, options: ScoreOptions = {}): WorkbookResult {
  const index = new SheetIndex(workbook.sheets);
  const language = languageOf(index);
  const sheetErrors: ParError[] = [];
  const warnings: ParError[] = [];

  const settings = readSettings(index.role('settings')?.sheet ?? null, language, sheetErrors);
  const basis = options.basis ?? settings.basis;

  const unitsSheet = index.role('units')?.sheet ?? null;
  const defs = unitsSheet ? readUnitsSheet(unitsSheet, index, language, sheetErrors) : implicitUnits(index);
  if (unitsSheet) warnings.push(...headerWarnings(unitsSheet, UNIT_HEADERS, UNITS_COLUMNS, language));
  if (defs.length === 0 && sheetErrors.length === 0) {
    sheetErrors.push({
      sheet: unitsSheet?.name ?? sheetName('units', language),
      cell: null,
      message: message(language, 'noUnits'),
    });
  }

  const defaultCriteria = index.role('criteria')?.sheet ?? null;
  const defaultCriteriaName = defaultCriteria?.name ?? sheetName('criteria', language);
  const criteriaSets = new Map<string, CriteriaSet>();
  const criteriaErrors: ParError[] = [];
  const criteriaFor = (def: UnitDef): { set: CriteriaSet | null; name: string } => {
    const sheet = def.criteria === null ? defaultCriteria : index.find(def.criteria);
    const name = sheet?.name ?? def.criteria ?? defaultCriteriaName;
    if (!sheet) return { set: null, name };
    let set = criteriaSets.get(sheet.name);
    if (!set) {
      set = readCriteriaSheet(sheet, language);
      criteriaSets.set(sheet.name, set);
      criteriaErrors.push(...set.errors);
      warnings.push(...headerWarnings(sheet, CODE_HEADERS, CRITERIA_COLUMNS, language), ...set.warnings);
    }
    return { set, name };
  };

  const surveySheet = index.role('survey')?.sheet ?? null;
  const survey = surveySheet ? readSurveySheet(surveySheet, language, sheetErrors) : null;
  if (surveySheet) warnings.push(...headerWarnings(surveySheet, UNIT_HEADERS, SURVEY_COLUMNS, language));
  if (survey) {
    const known = new Set(defs.map((def) => def.key));
    for (const [key, row] of survey.rows) {
      if (known.has(key)) continue;
      const name = String(row.cells[survey.unitColumn] ?? '').trim();
      sheetErrors.push({
        sheet: survey.sheet,
        cell: a1(row.row, survey.unitColumn),
        message: message(language, 'surveyUnknownUnit', { name }),
      });
    }
    warnings.push(...surveyWarnings(survey, defs, language));
  }

  const unitErrors: ParError[] = [];
  const arena = new LeafArena(defs.length);
  const missingCriteria: ParError[] = [];
  const units = defs.map((def): UnitResult => {
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
      missingCriteria.push(error);
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
      warnings.push(
        ...headerWarnings(def.sheet, UNIT_SHEET_CODE_HEADERS, UNIT_SHEET_COLUMNS, language),
        ...score.warnings,
      );
      unitErrors.push(...score.errors);
      if (errors.length === 0 && score.errors.length === 0) {
        const status = !def.ranked ? 'unranked' : score.index === null ? 'no-index' : 'ranked';
        const unitClass = score.index === null ? null : classify(score.index, settings.bands);
        return new ScoredUnit(def, set, name, score, status, unitClass);
      }
      errors = [...errors, ...score.errors];
    }
    return unscoredResult(def, name, errors);
  });

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
  rankSipas(units);
  rankFields(units);
  const years = resolveYears(index.role('history')?.sheet ?? null, settings.year, language);
  const unitsSheetName = unitsSheet?.name ?? null;
  warnings.push(
    ...applyYears(units, defs, years, settings.compareWith, { language, unitsSheet: unitsSheetName }),
  );

  const ownErrors = defs.flatMap((def) => def.errors);
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
      ...criteriaErrors,
      ...missingCriteria,
      ...sheetErrors,
      ...ownErrors,
      ...unitErrors,
      ...years.errors,
    ]),
    warnings: dedupe(warnings),
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
