// Checkpoints the SQLite write-ahead log from a worker thread with its own connection, so copying
// the log back into the database file (and its fsyncs) never runs inside a commit on the event
// loop. The main connection stops checkpointing on commit while this runs, and starts again if it stops.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A running checkpointer. */
export interface WalCheckpointer {
  /** Stops the thread; resolves once it has ended. */
  stop(): Promise<void>;
}

/** How often the thread checkpoints, in ms. */
const defaultIntervalMs = 200;

/**
 * The thread: a PASSIVE checkpoint never waits for, nor blocks, readers or the writer; it copies
 * what no reader still needs, and the writer restarts the log once all of it has been copied.
 */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
const checkpoint = db.prepare('pragma wal_checkpoint(passive)');
const timer = setInterval(() => checkpoint.run(), workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Starts checkpointing the WAL of the SQLite `file` every `intervalMs`; `onStopped` is told when
 * the thread ends on its own (an error), so the caller can turn checkpoint-on-commit back on.
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
  let stopping = false;
  let failure: Error | null = null;
  worker.on('error', (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (!stopping) onStopped(failure);
      resolve();
    }),
  );
  return {
    async stop() {
      stopping = true;
      worker.postMessage('stop');
      await ended;
    },
  };
}
