/** Progress of a long recompute, written to the document cache so the sidebar can poll it. */
import type { ProgressDto } from '../shared/api';

const KEY = 'par-index:progress';

let documentCache: GoogleAppsScript.Cache.Cache | null | undefined;

function cache(): GoogleAppsScript.Cache.Cache | null {
  documentCache ??= CacheService.getDocumentCache();
  return documentCache;
}

export function reportProgress(progress: ProgressDto): void {
  cache()?.put(KEY, JSON.stringify(progress), 600);
}

export function clearProgress(): void {
  cache()?.remove(KEY);
}

export function getProgress(): ProgressDto | null {
  const text = cache()?.get(KEY);
  return text ? (JSON.parse(text) as ProgressDto) : null;
}

/** Calls `report` at each fifth of `total` steps, not once per step: each report is a service call. */
export function throttled(total: number, report: (done: number) => void): (done: number) => void {
  let last = -1;
  return (done) => {
    const fifth = Math.floor((done * 5) / Math.max(1, total));
    if (fifth === last) return;
    last = fifth;
    report(done);
  };
}
