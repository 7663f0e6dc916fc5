import { plainError } from '../core/outputs/json-output';
import type { WorkbookResult } from '../core/types';
import type { StatusDto, ValidationDto } from '../shared/api';
import { readLastRun } from './last-run';

export function statusOf(result: WorkbookResult): StatusDto {
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
  };
}

export function validationOf(result: WorkbookResult): ValidationDto {
  return {
    status: statusOf(result),
    errors: result.errors.map(plainError),
    warnings: result.warnings.map(plainError),
  };
}
