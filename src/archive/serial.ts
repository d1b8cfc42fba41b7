// Pacing the archive's writes. A serial queue runs async steps one at a time, in order: the archive
// decides identity and writes a story in one step, so two stories arriving together cannot both
// take the same slug; each step starts on a fresh turn of the event loop, so a burst of stories
// never holds it. A limit lets only so many stories in at once, so 500 arriving together do not
// all look themselves up in one turn (and their analyses do not pile up in memory).

/** Lets timers and I/O callbacks run before going on (SQLite queries never yield by themselves). */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A queue that runs each step after the previous one has settled. */
export function createSerial(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(nextTurn, nextTurn).then(step);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** Runs at most `limit` steps at once (at least 1); the others wait their turn, first come first served. */
export function createLimit(limit: number): <T>(step: () => Promise<T>) => Promise<T> {
  const max = Math.max(1, Math.floor(limit));
  const waiting: (() => void)[] = [];
  let running = 0;
  // A finished step hands its place to the first one waiting, if any.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async <T>(step: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await step();
    } finally {
      release();
    }
  };
}
