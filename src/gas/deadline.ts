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
