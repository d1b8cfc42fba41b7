// Runs async steps one at a time, in order: the archive decides identity and writes a story in
// one step, so two stories arriving together cannot both take the same slug.

/** A queue that runs each step after the previous one has settled. */
export function createSerial(): <T>(step: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
