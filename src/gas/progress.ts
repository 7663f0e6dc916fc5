/** Progress of a long recompute, written to the document cache so the sidebar can poll it. */
import type { ProgressDto } from '../shared/api';

const KEY = 'par-index:progress';

function cache(): GoogleAppsScript.Cache.Cache | null {
  return CacheService.getDocumentCache();
}

export function reportProgress(progress: ProgressDto): void {
  cache()?.put(KEY, JSON.stringify(progress), 600);
}

export function readProgress(): ProgressDto | null {
  const text = cache()?.get(KEY);
  return text ? (JSON.parse(text) as ProgressDto) : null;
}

/** Calls `report` about ten times over `total` steps, not once per step: each report is a service call. */
export function throttled(total: number, report: (done: number) => void): (done: number) => void {
  const every = Math.max(1, Math.ceil(total / 10));
  return (done) => {
    if (done % every === 0) report(done);
  };
}
