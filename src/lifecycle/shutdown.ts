// Ends the process within a deadline whatever the network does: every stop runs at once against one
// shared deadline, the stops that did not finish are named in the log, and a second signal exits
// at once. Without it a platform that stopped answering kept a SIGTERMed bot alive for half an hour.
import type { Logger } from '../logger.ts';

/** Shared deadline of all stops (ms): within the usual 10 s grace of a process manager. */
const shutdownDeadlineMs = 8000;

/** Exit code when the deadline forced the exit or a stop failed (0 when everything stopped). */
const unfinishedExitCode = 1;

/** What to stop on the way out. */
export interface Shutdown {
  /** Registers a stop, named for the log. */
  add(name: string, stop: () => Promise<void> | void): void;
  /** Runs every stop once (later calls share the first run); resolves with the exit code. */
  run(reason: string): Promise<number>;
  /** True once run() has been called. */
  readonly started: boolean;
}

/** How one stop ended. */
type Outcome = 'done' | 'late' | { error: unknown };

/** Creates the process's shutdown with a shared deadline of `deadlineMs`. */
export function createShutdown(logger: Logger, deadlineMs = shutdownDeadlineMs): Shutdown {
  const stops: { name: string; stop: () => Promise<void> | void }[] = [];
  let running: Promise<number> | undefined;
  const stopAll = async (reason: string): Promise<number> => {
    logger.info({ reason, deadlineMs }, 'shutting down');
    const deadline = deadlineAfter(deadlineMs);
    const outcomes = await Promise.all(stops.map(({ stop }) => settleBefore(stop, deadline.passed)));
    deadline.clear();
    const unfinished = stops.filter((_, i) => outcomes[i] === 'late').map((s) => s.name);
    stops.forEach(({ name }, i) => {
      const outcome = outcomes[i];
      if (typeof outcome === 'object') logger.error({ err: outcome.error, stop: name }, 'stop failed');
    });
    if (unfinished.length > 0) {
      logger.warn({ unfinished, deadlineMs }, 'shutdown deadline passed; exiting without these stops');
    }
    const clean = outcomes.every((o) => o === 'done');
    if (clean) logger.info('stopped');
    return clean ? 0 : unfinishedExitCode;
  };
  return {
    add: (name, stop) => void stops.push({ name, stop }),
    run: (reason) => {
      running ??= stopAll(reason);
      return running;
    },
    get started() {
      return running !== undefined;
    },
  };
}

/** SIGINT and SIGTERM: the first runs the shutdown and exits with its code, a second exits at once. */
export function exitOnSignals(shutdown: Shutdown, logger: Logger): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shutdown.started) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      void shutdown.run(signal).then((code) => process.exit(code));
    });
  }
}

/** A timer that resolves `passed` after `ms` (it keeps the process alive until then or clear()). */
function deadlineAfter(ms: number): { passed: Promise<'late'>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const passed = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  return { passed, clear: () => clearTimeout(timer) };
}

/** Runs one stop; a stop that throws or rejects is reported, one still running at the deadline is late. */
function settleBefore(stop: () => Promise<void> | void, deadline: Promise<'late'>): Promise<Outcome> {
  const work = Promise.resolve()
    .then(stop)
    .then(
      (): Outcome => 'done',
      (error: unknown): Outcome => ({ error }),
    );
  return Promise.race([work, deadline]);
}
