// Checkpoints the SQLite write-ahead log from a worker thread with its own connection, so copying
// the log back into the database file (and its fsyncs) never runs inside a commit on the event
// loop. A writer with a burst to store waits (asynchronously) for each checkpoint before its next
// write, so the log is fully copied at that moment and SQLite starts it over instead of growing it
// (a log is only started over when a write begins after all of it was copied).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A running checkpointer. */
export interface WalCheckpointer {
  /** Checkpoints now; resolves once done (at once if the thread has stopped). */
  checkpoint(): Promise<void>;
  /** Stops the thread; resolves once it has ended. */
  stop(): Promise<void>;
}

/** How often the thread checkpoints on its own (writes nobody waited for), in ms. */
const defaultIntervalMs = 1000;

/**
 * The thread: a PASSIVE checkpoint never waits for, nor blocks, readers or the writer; it copies
 * what no reader still needs. A message asks for one now and is answered when it is done.
 */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
let checkpoint;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  checkpoint = db.prepare('pragma wal_checkpoint(passive)');
} catch (error) {
  // SQLite's own error class loses its message on the way to the parent: send a plain one.
  throw new Error(error.code + ': ' + error.message);
}
const timer = setInterval(() => checkpoint.run(), workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    checkpoint.run();
    parentPort.postMessage('checkpointed');
    return;
  }
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Checkpointers by the Kysely instance over their database, for `walCheckpointed`. */
const byDatabase = new WeakMap<object, WalCheckpointer>();

/**
 * Starts checkpointing the WAL of the SQLite `file`, registered under `db`; `onStopped` is told
 * when the thread ends on its own (an error), so the caller can turn checkpoint-on-commit back on.
 */
export function startWalCheckpointer(
  file: string,
  db: object,
  onStopped: (error: Error | null) => void,
  intervalMs = defaultIntervalMs,
): WalCheckpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(threadCode, { eval: true, workerData: { file, module, intervalMs } });
  // An idle checkpointer must not keep the process alive.
  worker.unref();
  let running = true;
  let stopping = false;
  let failure: Error | null = null;
  let waiting: (() => void)[] = [];
  let asked: Promise<void> | null = null;
  const answer = () => {
    if (!stopping) worker.unref();
    const done = waiting;
    waiting = [];
    asked = null;
    for (const resolve of done) resolve();
  };
  worker.on('message', answer);
  worker.on('error', (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      running = false;
      answer();
      byDatabase.delete(db);
      if (!stopping) onStopped(failure);
      resolve();
    }),
  );
  const checkpointer: WalCheckpointer = {
    checkpoint() {
      if (!running) return Promise.resolve();
      if (!asked) {
        asked = new Promise<void>((resolve) => waiting.push(resolve));
        // Held while asked, so a writer waiting for the answer keeps the process alive.
        worker.ref();
        worker.postMessage('checkpoint');
      }
      return asked;
    },
    async stop() {
      stopping = true;
      // Held until it has ended: a process with nothing else to do must wait for it, not exit.
      worker.ref();
      worker.postMessage('stop');
      await ended;
    },
  };
  byDatabase.set(db, checkpointer);
  return checkpointer;
}

/**
 * Resolves once the log of `db` (a Kysely instance from storage/open.ts) has been checkpointed, so
 * the next write starts it over; at once on PostgreSQL or when no checkpointer runs. The event loop
 * stays free meanwhile: readers are never blocked by a checkpoint.
 */
export function walCheckpointed(db: object): Promise<void> {
  return byDatabase.get(db)?.checkpoint() ?? Promise.resolve();
}
