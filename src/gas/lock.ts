/** Writes to the shared document run one at a time: a second recompute waits up to 30 s, then says one is running. */
export const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(busyMessage: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS)) throw new Error(busyMessage);
  try {
    return work();
  } finally {
    // Google's Lock reference: apply the pending changes before the next execution can take the lock.
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
