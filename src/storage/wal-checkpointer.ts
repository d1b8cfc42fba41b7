// Checkpoints the SQLite write-ahead log from a worker thread with its own connection, so copying
// the log back into the database file (and its fsyncs) never runs inside a commit on the event
// loop. A writer with a burst to store waits (asynchronously) for each checkpoint before its next
// write, so the log is fully copied at that moment and SQLite starts it over instead of growing it
// (a log is only started over when a write begins after all of it was copied). The thread starts
// only once a writer finds the log heavy: a small archive (most starts, a quiet day) never pays for it.
import { statSync } from 'node:fs';
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
 * what no reader still needs. A message asks for one now and is answered when it is done. The
 * code is read as CommonJS or, when the process runs with --input-type=module, as a module.
 */
const threadCode = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const Database = process.getBuiltinModule('node:module').createRequire(workerData.module)(workerData.module);
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

/** What `walCheckpointed` asks of each database's checkpoints, by the Kysely instance over it. */
const byDatabase = new WeakMap<object, () => Promise<void>>();

/**
 * Starts checkpointing the WAL of the SQLite `file`; `onStopped` is told when the thread ends on
 * its own (an error), so the caller can turn checkpoint-on-commit back on.
 */
export function startWalCheckpointer(
  file: string,
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
  return checkpointer;
}

/**
 * Log size past which a writer waiting for a checkpoint starts the thread (1 MB, a quarter of what
 * SQLite lets a log grow to before a commit checkpoints it itself): below it a commit never
 * checkpoints, so there is nothing to take off the event loop yet.
 */
export const heavyLogBytes = 1024 * 1024;

/** The checkpoints of one SQLite database, the thread started once its log is heavy. */
export interface LazyWalCheckpoints {
  /** True while the thread runs. */
  threadRunning(): boolean;
  /** Stops the thread if it started; no thread starts afterwards. */
  stop(): Promise<void>;
}

/** When the thread starts and what it is told. */
export interface LazyWalOptions {
  /** The SQLite file. */
  file: string;
  /** The Kysely instance over it, which `walCheckpointed` is asked with. */
  db: object;
  /** Called as the thread starts (commits may stop checkpointing now). */
  onStart: () => void;
  /** Told when the thread ends on its own (an error); no other thread is started then. */
  onStopped: (error: Error | null) => void;
  /** Log size that starts the thread (default `heavyLogBytes`). */
  heavyBytes?: number;
  /** The thread's own checkpoint interval, ms. */
  intervalMs?: number;
}

/**
 * Registers `options.db` for `walCheckpointed`; the thread starts the first time a writer waits
 * for a checkpoint while the log is past `heavyBytes` (a burst of stories), never before.
 */
export function checkpointWhenHeavy(options: LazyWalOptions): LazyWalCheckpoints {
  const heavy = options.heavyBytes ?? heavyLogBytes;
  let thread: WalCheckpointer | null = null;
  let running = false;
  let over = false;
  const logBytes = () => statSync(`${options.file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  byDatabase.set(options.db, () => {
    if (!thread && !over && logBytes() >= heavy) {
      running = true;
      options.onStart();
      thread = startWalCheckpointer(
        options.file,
        (error) => {
          running = false;
          over = true;
          byDatabase.delete(options.db);
          options.onStopped(error);
        },
        options.intervalMs,
      );
    }
    return thread?.checkpoint() ?? Promise.resolve();
  });
  return {
    threadRunning: () => running,
    async stop() {
      over = true;
      byDatabase.delete(options.db);
      running = false;
      await thread?.stop();
    },
  };
}

/**
 * Resolves once the log of `db` (a Kysely instance from storage/open.ts) has been checkpointed, so
 * the next write starts it over; at once on PostgreSQL, while the log is still small, or when no
 * checkpointer runs. The event loop stays free meanwhile: readers are never blocked by a checkpoint.
 */
export function walCheckpointed(db: object): Promise<void> {
  return byDatabase.get(db)?.() ?? Promise.resolve();
}
