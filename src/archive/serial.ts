// Runs async steps one at a time, in order: the archive decides identity and writes a story in
// one step, so two stories arriving together cannot both take the same slug. Each step starts on
// a fresh turn of the event loop, so a burst of stories never holds it: commands run in between.

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
