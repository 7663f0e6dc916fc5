import {
  checkRankingTab,
  type ParError,
  plainError,
  SheetIndex,
  type Workbook,
  type WorkbookResult,
} from '../core';
import type { ErrorDto, StatusDto, ValidationDto } from '../shared/api';
import { readLastRun } from './last-run';

/** Whether the workbook's ranking tab differs from its fresh result; null without a ranking tab. */
export function rankingStale(workbook: Workbook, result: WorkbookResult): boolean | null {
  const checked = checkRankingTab(workbook, result);
  return checked.found ? checked.differences.length > 0 : null;
}

export function statusOf(result: WorkbookResult, workbook: Workbook, stale: boolean | null): StatusDto {
  return {
    language: result.language,
    units: result.units.length,
    unitNames: result.units.map((unit) => unit.unit),
    criteriaSets: new Set(result.units.map((unit) => unit.criteriaSheet)).size,
    errors: result.errors.length,
    warnings: result.warnings.length,
    lastRun: readLastRun(),
    stale,
    settings: {
      basis: result.basis,
      bands: result.bandsText,
      language: result.language,
      year: result.settingsYear,
      compareWith: result.compareYear,
    },
    needsSetup: new SheetIndex(workbook.sheets).role('criteria') === null,
  };
}

/** An error as the sidebar lists it, naming the unit too where its sheet's name is not the unit's (a code). */
function errorDto(error: ParError, unitOfSheet: ReadonlyMap<string, string>): ErrorDto {
  const unit = unitOfSheet.get(error.sheet ?? '');
  return unit === undefined ? plainError(error) : { ...plainError(error), unit };
}

export function validationOf(
  result: WorkbookResult,
  workbook: Workbook,
  stale: boolean | null,
): ValidationDto {
  const unitOfSheet = new Map(
    result.units.filter((unit) => unit.sheet !== unit.unit).map((unit) => [unit.sheet, unit.unit]),
  );
  return {
    status: statusOf(result, workbook, stale),
    errors: result.errors.map((error) => errorDto(error, unitOfSheet)),
    warnings: result.warnings.map((error) => errorDto(error, unitOfSheet)),
  };
}
