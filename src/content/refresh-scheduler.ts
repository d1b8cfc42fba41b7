// When the library looks at its folder: after file events have settled (a file saved ten times in
// a second is read once, and a steady stream of events still gets a look every maxWaitMs), one
// check at a time, and at once when asked. Work is only scheduled here; `run` does it.
/** Schedules the library's checks. */
export interface RefreshScheduler {
  /** Something changed: check once events have settled (or maxWaitMs after the first). */
  poke(): void;
  /** Checks now (after a check already running); resolves with its result. */
  runNow(): Promise<boolean>;
  /** Resolves once nothing is scheduled or running (a settling check is started at once). */
  idle(): Promise<void>;
  /** True while a check is scheduled or running. */
  busy(): boolean;
  /** Cancels a scheduled check. */
  close(): void;
}

/** Timing of the scheduler. */
export interface SchedulerTiming {
  /** Quiet time after the last event before checking, in ms. */
  settleMs: number;
  /** Longest wait after the first unchecked event, in ms. */
  maxWaitMs: number;
}

/** A scheduler around `run`, which must never reject. */
export function createRefreshScheduler(
  run: () => Promise<boolean>,
  timing: SchedulerTiming,
): RefreshScheduler {
  let timer: NodeJS.Timeout | null = null;
  let firstEventAt: number | null = null;
  let running: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;

  const cancel = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstEventAt = null;
  };

  const runNow = (): Promise<boolean> => {
    cancel();
    if (queued) return queued;
    if (running) {
      queued = running.then(() => {
        queued = null;
        return runNow();
      });
      return queued;
    }
    const current = run().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };

  return {
    poke() {
      const now = Date.now();
      firstEventAt ??= now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(timing.settleMs, firstEventAt + timing.maxWaitMs - now));
      timer = setTimeout(() => void runNow(), wait);
      timer.unref();
    },
    runNow,
    async idle() {
      while (timer || running || queued) {
        if (timer) await runNow();
        else await (queued ?? running);
      }
    },
    busy: () => Boolean(timer || running || queued),
    close: cancel,
  };
}
