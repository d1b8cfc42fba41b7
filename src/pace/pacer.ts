// Pacing requests before a platform has to refuse them: a GCRA budget whose state lives wherever
// `reserve` keeps it (the database, so every instance shares one budget; or memory, one process).
// Each request reserves its turn in one atomic step and waits until then.

/** A rate limit: `perSecond` on average, at most `burst` at once. */
export interface PaceLimit {
  /** The budget's name; instances that share it share the limit. */
  key: string;
  perSecond: number;
  burst: number;
}

/** Atomically moves the budget's theoretical arrival time to max(tat, now) + interval; returns it. */
export type Reserve = (key: string, intervalMs: number, nowMs: number) => Promise<number>;

/** Waits for turns in rate-limit budgets. */
export interface Pacer {
  /**
   * Resolves when a request may go out under `limit`; returns the ms it waited. With `signal`,
   * rejects with NotSentError when it aborts before the turn comes (the request must not be sent).
   */
  wait(limit: PaceLimit, signal?: AbortSignal): Promise<number>;
}

/** Clock of a pacer (tests give their own). */
export interface PaceClock {
  now(): number;
  /** Waits `ms`; ends early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** A request that was never sent because its wait was aborted (shutting down). */
export class NotSentError extends Error {
  override name = 'NotSentError';
  constructor() {
    super('not sent: shutting down before its turn came');
  }
}

/** Real time; a sleep ends early when its signal aborts. */
export const realClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/** How long after `nowMs` a request may go out, given the budget's new TAT (GCRA with burst tolerance). */
export function turnDelayMs(limit: PaceLimit, tat: number, nowMs: number): number {
  const interval = 1000 / limit.perSecond;
  const tolerance = (Math.max(1, limit.burst) - 1) * interval;
  return Math.max(0, tat - interval - tolerance - nowMs);
}

/** A pacer over `reserve` (see storeReserve in the store, or memoryReserve). */
export function createPacer(reserve: Reserve, clock: PaceClock = realClock): Pacer {
  return {
    async wait(limit, signal) {
      if (signal?.aborted) throw new NotSentError();
      const now = clock.now();
      const tat = await reserve(limit.key, 1000 / limit.perSecond, now);
      const delay = turnDelayMs(limit, tat, now) - (clock.now() - now);
      if (delay > 0) await clock.sleep(delay, signal);
      if (signal?.aborted) throw new NotSentError();
      return Math.max(0, delay);
    },
  };
}

/** Budgets kept in this process only (one instance, or a budget no other instance touches). */
export function memoryReserve(): Reserve {
  const tats = new Map<string, number>();
  return async (key, intervalMs, nowMs) => {
    const tat = Math.max(tats.get(key) ?? 0, nowMs) + intervalMs;
    tats.set(key, tat);
    return tat;
  };
}
