/**
 * Apps Script stops a script at 6 minutes. A recompute reads within the first 4.5 minutes and keeps the rest
 * for writing; past that it stops before writing anything, so the previous tabs stay whole.
 */
export const READ_BUDGET_MS = 270_000;

export class TimeUp extends Error {}

export function startDeadline(budget = READ_BUDGET_MS): () => void {
  const start = Date.now();
  return () => {
    if (Date.now() - start > budget) throw new TimeUp('time');
  };
}

/**
 * Unit reports are written one tab at a time until this much of the execution has passed; the rest are left to
 * the next call, so no report is cut off by the 6-minute limit (one tab takes a few seconds at most).
 */
export const REPORT_BUDGET_MS = 300_000;

/** Milliseconds since the execution started. */
export function startClock(): () => number {
  const start = Date.now();
  return () => Date.now() - start;
}
