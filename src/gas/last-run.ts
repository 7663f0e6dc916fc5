/** When the generated tabs were last rebuilt, and how, for the sidebar's status card. */
import type { WorkbookResult } from '../core';
import type { LastRunDto } from '../shared/api';

const KEY = 'par-index:last-run';

export function saveLastRun(result: WorkbookResult): void {
  const run: LastRunDto = {
    at: new Date().toISOString(),
    basis: result.basis,
    units: result.units.length,
    errors: result.errors.length,
  };
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(run));
}

export function readLastRun(): LastRunDto | null {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  return text ? (JSON.parse(text) as LastRunDto) : null;
}
