// When a feed is next due: its interval (never under the floor), stretched by the feed's own
// ttl/updatePeriod when that is longer, and after a failure an exponential backoff that a
// Retry-After may lengthen further. Pure functions of the feed and the clock.

/** Polling rules (ms). */
export interface PollTiming {
  /** Interval for a feed added without one. */
  defaultIntervalMs: number;
  /** No feed is polled more often than this. */
  minIntervalMs: number;
  /** A feed's own hint (ttl) is honoured up to this. */
  maxHintMs: number;
  /** Backoff after failures never exceeds this. */
  maxBackoffMs: number;
  /** Failures in a row that pause a feed. */
  pauseAfter: number;
}

export const defaultTiming: PollTiming = {
  defaultIntervalMs: 10 * 60_000,
  minIntervalMs: 2 * 60_000,
  maxHintMs: 24 * 3_600_000,
  maxBackoffMs: 6 * 3_600_000,
  pauseAfter: 10,
};

/** The interval a feed is polled on after a good read. */
export function intervalOf(
  feed: { intervalSeconds: number; hintSeconds: number | null },
  timing: PollTiming,
): number {
  const asked = Math.max(feed.intervalSeconds * 1000, timing.minIntervalMs);
  const hint = feed.hintSeconds ? Math.min(feed.hintSeconds * 1000, timing.maxHintMs) : 0;
  return Math.max(asked, hint);
}

/** The wait after the `failures`-th failure in a row, at least what Retry-After asked for. */
export function backoffOf(
  intervalMs: number,
  failures: number,
  retryAfterMs: number | null,
  timing: PollTiming,
): number {
  const backoff = Math.min(intervalMs * 2 ** Math.max(0, failures - 1), timing.maxBackoffMs);
  return Math.min(Math.max(backoff, retryAfterMs ?? 0), timing.maxHintMs);
}
