// Doors must answer within the platform's window (3 s), so they wait a bounded time for the core:
// one plain timer per command, cleared as soon as the answer is there.

/**
 * Resolves with the work's result if it settles within `ms`, else with undefined (rejects when the
 * work fails first). The timer does not keep the process alive.
 */
export function settleWithin<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve({ value });
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
