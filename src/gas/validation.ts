import { plainError } from '../core/outputs/json-output';
import { checkRankingTab } from '../core/ranking-check';
import type { Workbook, WorkbookResult } from '../core/types';
import type { StatusDto, ValidationDto } from '../shared/api';
import { readLastRun } from './last-run';

/** Whether the workbook's ranking tab differs from its fresh result; null without a ranking tab. */
export function rankingStale(workbook: Workbook, result: WorkbookResult): boolean | null {
  const checked = checkRankingTab(workbook, result);
  return checked.found ? checked.differences.length > 0 : null;
}

export function statusOf(result: WorkbookResult, stale: boolean | null): StatusDto {
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
  };
}

export function validationOf(result: WorkbookResult, stale: boolean | null): ValidationDto {
  return {
    status: statusOf(result, stale),
    errors: result.errors.map(plainError),
    warnings: result.warnings.map(plainError),
  };
}
