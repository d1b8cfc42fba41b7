// node-cron drives the briefing clock: one task fires at second 0 of every minute and runs the
// job, which works out per subscription (in its own time zone) which slots are due. A missed
// tick (node-cron skips runs more than 1 s late) triggers an immediate catch-up run. A second task,
// a few seconds before each minute, lets the job prepare what the coming minute's slots need that
// does not depend on the due moment; when something comes due, the run itself then starts a moment
// ahead of the minute (claims, attempt notes and the first rate-limit turns are made then) and its
// posts leave at the minute, not a few hundred milliseconds after it. That minute's tick then leaves
// the posting to it: a slot that came due in the last second (a subscription saved just then) is
// owed still, and the next minute's tick posts it.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.ts';

/** Every minute at second 0 (node-cron's six-field form). */
export const everyMinute = '0 * * * * *';

/** Five seconds before every minute: the preparation tick. */
export const beforeEveryMinute = '55 * * * * *';

/** How long before its minute a run starts when the preparation found slots coming due. */
export const startEarlyMs = 1000;

/** The running clock. */
export interface BriefingClock {
  /** Runs the job now (start-up catch-up); resolves when that run ends. */
  runNow(reason: string): Promise<void>;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  /** Stops ticking and waits for runs in progress. */
  stop(): Promise<void>;
  /** The node-cron task (for inspection in tests). */
  readonly task: ScheduledTask;
}

/** Options of the clock. */
export interface ClockOptions {
  /**
   * One job run; its errors are logged, never thrown into node-cron. `dueAt` is given to a run
   * started ahead of its minute: it posts nothing before then.
   */
  run: (reason: string, dueAt?: Date) => Promise<unknown>;
  logger: Logger;
  /** Cron expression (default every minute). */
  expression?: string;
  /**
   * Prepares for the tick due at `dueAt` (the next whole minute); its errors are logged. Resolves
   * truthy when slots come due then: the run for that minute starts `startEarlyMs` ahead of it.
   * Without it, or with a custom `expression`, there is no preparation tick.
   */
  prepare?: (dueAt: Date) => Promise<unknown>;
}

/** Adapts pino to node-cron's logger so its warnings land in our structured log. */
function cronLogger(logger: Logger) {
  return {
    info: (message: string) => logger.info({ source: 'node-cron' }, message),
    warn: (message: string) => logger.warn({ source: 'node-cron' }, message),
    error: (message: string | Error, err?: Error) =>
      logger.error({ source: 'node-cron', err: err ?? message }, String(message)),
    debug: (message: string | Error, err?: Error) =>
      logger.debug({ source: 'node-cron', err: err ?? message }, String(message)),
  };
}

/** Starts the minute tick. Overlapping runs are allowed: claims in the database keep them apart. */
export function startBriefingClock({
  run,
  logger,
  expression = everyMinute,
  prepare,
}: ClockOptions): BriefingClock {
  const running = new Set<Promise<void>>();
  let stopped = false;
  let early: NodeJS.Timeout | undefined;
  /** The minute (ms) whose run was started ahead of it. */
  let startedEarly = 0;
  const launch = (reason: string, dueAt?: Date): Promise<void> => {
    if (stopped) return Promise.resolve();
    const p: Promise<void> = run(reason, dueAt)
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err, reason }, 'briefing run failed'))
      .finally(() => running.delete(p));
    running.add(p);
    return p;
  };
  const task = cron.schedule(
    expression,
    (ctx) => {
      if (Math.floor(ctx.date.getTime() / 60_000) * 60_000 !== startedEarly) return launch('tick');
    },
    {
      name: 'summit-briefing',
      timezone: 'UTC',
      logger: cronLogger(logger),
    },
  );
  const preparing =
    prepare && expression === everyMinute
      ? cron.schedule(
          beforeEveryMinute,
          (ctx) => {
            const dueAt = new Date(Math.ceil((ctx.date.getTime() + 1) / 60_000) * 60_000);
            return prepare(dueAt).then(
              (coming) => {
                const wait = dueAt.getTime() - startEarlyMs - Date.now();
                if (!coming || stopped || dueAt.getTime() <= Date.now()) return;
                clearTimeout(early);
                early = setTimeout(
                  () => {
                    startedEarly = dueAt.getTime();
                    void launch('tick', dueAt);
                  },
                  Math.max(0, wait),
                );
              },
              (err: unknown) => logger.warn({ err }, 'briefing preparation failed; the tick does it all'),
            );
          },
          { name: 'summit-briefing-prepare', timezone: 'UTC', logger: cronLogger(logger) },
        )
      : undefined;
  let catchingUp = false;
  task.on('execution:missed', (ctx) => {
    logger.warn({ missed: ctx.date.toISOString() }, 'briefing tick missed; catching up now');
    if (catchingUp) return;
    catchingUp = true;
    queueMicrotask(() => {
      catchingUp = false;
      void launch('missed tick');
    });
  });
  const idle = async () => {
    while (running.size > 0) await Promise.allSettled([...running]);
  };
  return {
    task,
    runNow: launch,
    idle,
    async stop() {
      stopped = true;
      clearTimeout(early);
      await Promise.all([task.destroy(), preparing?.destroy()]);
      await idle();
    },
  };
}
