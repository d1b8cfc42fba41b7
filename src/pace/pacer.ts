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

/**
 * Atomically moves the budget's theoretical arrival time to max(tat, now) + count * interval and
 * returns it: `count` consecutive turns in one step (count defaults to 1).
 */
export type Reserve = (key: string, intervalMs: number, nowMs: number, count?: number) => Promise<number>;

/** Waits for turns in rate-limit budgets. */
export interface Pacer {
  /**
   * Resolves when a request may go out under `limit`; returns the ms it waited. With `signal`,
   * rejects with NotSentError when it aborts before the turn comes (the request must not be sent).
   */
  wait(limit: PaceLimit, signal?: AbortSignal): Promise<number>;
  /**
   * Reserves `count` turns now for requests about to be made (from `fromMs` on, default now), so the first of them need not wait
   * for a round trip to the budget when they come: each later wait takes one of them, in order, as
   * long as its time has not long passed (a turn kept too long is dropped and the wait reserves
   * afresh, so it never adds to a later burst). Does nothing while earlier turns are still kept.
   */
  reserveAhead(limit: PaceLimit, count: number, fromMs?: number): void;
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

/** How long after its time a turn reserved ahead may still be taken. */
export const keptTurnMs = 250;

/** Turns reserved ahead for one budget: `taken` of `count` are spoken for; `tats` once reserved. */
interface Kept {
  count: number;
  taken: number;
  ready: Promise<{ tats: number[]; reservedAt: number } | null>;
}

/** The TATs of `count` consecutive turns whose last one is `last`, in order. */
function consecutiveTurns(last: number, count: number, interval: number): number[] {
  return Array.from({ length: count }, (_, i) => last - (count - 1 - i) * interval);
}

/** A request waiting for its reservation. */
interface Waiter {
  turn: (tat: number, reservedAt: number) => void;
  fail: (error: unknown) => void;
}

/**
 * A pacer over `reserve` (see storeReserve in the store, or memoryReserve). Requests that arrive
 * while a reservation for their budget is on its way to the database are reserved together in the
 * next one (consecutive turns in one statement), so a busy instance makes one round trip per batch,
 * not one per request, and no turn is reserved that no request will use.
 */
export function createPacer(reserve: Reserve, clock: PaceClock = realClock): Pacer {
  const queues = new Map<string, Waiter[]>();
  const kept = new Map<string, Kept>();

  /** A turn reserved ahead for this budget, or null (none kept, all spoken for, failed or too old). */
  async function keptTurn(limit: PaceLimit): Promise<{ tat: number; reservedAt: number } | null> {
    const stock = kept.get(limit.key);
    if (!stock) return null;
    const index = stock.taken++;
    if (stock.taken >= stock.count) kept.delete(limit.key);
    const got = await stock.ready;
    const tat = got?.tats[index];
    if (!got || tat === undefined) return null;
    const at = got.reservedAt + turnDelayMs(limit, tat, got.reservedAt);
    return clock.now() - at > keptTurnMs ? null : { tat, reservedAt: got.reservedAt };
  }

  /** A turn reserved now, with whatever other requests of this budget are waiting. */
  function reservedTurn(limit: PaceLimit, interval: number): Promise<{ tat: number; reservedAt: number }> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { turn: (t, at) => resolve({ tat: t, reservedAt: at }), fail: reject };
      const queue = queues.get(limit.key);
      if (queue) queue.push(waiter);
      else {
        queues.set(limit.key, [waiter]);
        void flush(limit, interval);
      }
    });
  }

  async function flush(limit: PaceLimit, interval: number): Promise<void> {
    for (;;) {
      const batch = queues.get(limit.key) ?? [];
      if (batch.length === 0) {
        queues.delete(limit.key);
        return;
      }
      queues.set(limit.key, []);
      const now = clock.now();
      try {
        const last = await reserve(limit.key, interval, now, batch.length);
        const tats = consecutiveTurns(last, batch.length, interval);
        for (const [i, waiter] of batch.entries()) waiter.turn(tats[i] as number, now);
      } catch (error) {
        for (const waiter of batch) waiter.fail(error);
      }
    }
  }

  return {
    async wait(limit, signal) {
      if (signal?.aborted) throw new NotSentError();
      const interval = 1000 / limit.perSecond;
      const { tat, reservedAt } = (await keptTurn(limit)) ?? (await reservedTurn(limit, interval));
      const at = reservedAt + turnDelayMs(limit, tat, reservedAt);
      const delay = Math.max(0, at - clock.now());
      // Never early: a timer may fire before its time by the clock the pace is kept in (Node counts
      // timers from the start of the event-loop turn), so a wait that ended early goes on (twice at
      // most: by then it is late, or the clock is not moving).
      for (let sleeps = 0, left = delay; left > 0 && sleeps < 3 && !signal?.aborted; sleeps++) {
        await clock.sleep(left, signal);
        left = at - clock.now();
      }
      if (signal?.aborted) throw new NotSentError();
      return delay;
    },
    reserveAhead(limit, count, fromMs) {
      if (count < 1 || kept.has(limit.key)) return;
      const interval = 1000 / limit.perSecond;
      const reservedAt = Math.max(clock.now(), fromMs ?? 0);
      const ready = reserve(limit.key, interval, reservedAt, count).then(
        (last) => ({ tats: consecutiveTurns(last, count, interval), reservedAt }),
        // A failed reservation keeps nothing: each request then reserves (and meets the error) itself.
        () => null,
      );
      kept.set(limit.key, { count, taken: 0, ready });
    },
  };
}

/** Budgets kept in this process only (one instance, or a budget no other instance touches). */
export function memoryReserve(): Reserve {
  const tats = new Map<string, number>();
  return async (key, intervalMs, nowMs, count = 1) => {
    const tat = Math.max(tats.get(key) ?? 0, nowMs) + count * intervalMs;
    tats.set(key, tat);
    return tat;
  };
}
