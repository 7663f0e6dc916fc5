import { plainError } from '../core/outputs/json-output';
import { SheetIndex } from '../core/sheet-index';
import type { ParError, Workbook, WorkbookResult } from '../core/types';
import type { ErrorDto, StatusDto, ValidationDto } from '../shared/api';
import { readLastRun } from './last-run';

export function statusOf(result: WorkbookResult, workbook: Workbook): StatusDto {
  return {
    language: result.language,
    units: result.units.length,
    unitNames: result.units.map((unit) => unit.unit),
    criteriaSets: new Set(result.units.map((unit) => unit.criteriaSheet)).size,
    errors: result.errors.length,
    warnings: result.warnings.length,
    lastRun: readLastRun(),
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

export function validationOf(result: WorkbookResult, workbook: Workbook): ValidationDto {
  const unitOfSheet = new Map(
    result.units.filter((unit) => unit.sheet !== unit.unit).map((unit) => [unit.sheet, unit.unit]),
  );
  return {
    status: statusOf(result, workbook),
    errors: result.errors.map((error) => errorDto(error, unitOfSheet)),
    warnings: result.warnings.map((error) => errorDto(error, unitOfSheet)),
  };
}
