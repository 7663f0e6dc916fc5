import type { WorkbookResult } from '../core/types';
import type { StatusDto, ValidationDto } from '../shared/api';
import { readLastRun } from './last-run';

export function statusOf(result: WorkbookResult): StatusDto {
  return {
    language: result.language,
    units: result.units.length,
    criteriaSets: new Set(result.units.map((unit) => unit.criteriaSheet)).size,
    errors: result.errors.length,
    warnings: result.warnings.length,
    lastRun: readLastRun(),
    settings: { basis: result.basis, bands: result.bandsText, language: result.language },
  };
}

export function validationOf(result: WorkbookResult): ValidationDto {
  const plain = (list: WorkbookResult['errors']) =>
    list.map((error) => ({ sheet: error.sheet, cell: error.cell, message: error.message }));
  return { status: statusOf(result), errors: plain(result.errors), warnings: plain(result.warnings) };
}
