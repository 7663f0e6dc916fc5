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
 * Unit reports are written one tab at a time while the next tab, taking as long as the slowest so far, would end
 * before this much of the execution has passed; the rest are left to the next call, so no report is cut off by the
 * 6-minute limit and the last seconds stay for the closing calls.
 */
export const REPORT_LIMIT_MS = 330_000;

/** Milliseconds since the execution started. */
export function startClock(): () => number {
  const start = Date.now();
  return () => Date.now() - start;
}
