// Starts the daily briefing after the doors are up, or says why it is off: the operator is told the
// real cause (modules that did not load, a sender that could not be built, a database that cannot
// be opened or migrated) and what to fix, while the doors keep answering commands.
import type { Briefings } from '../briefing/start.ts';
import type { Config } from '../config/env.ts';
import type { Library } from '../core/library.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore } from '../storage/store.ts';
import type { StoryArchive } from '../stories/story.ts';

/** The step of starting the briefing that failed. */
export type BriefingStep = 'load' | 'senders' | 'start';

/** What startBriefingsOrWarn needs. */
export interface BriefingStartDeps {
  config: Config;
  library: Library;
  logger: Logger;
  /** The console door's print; given only when the console door is open. */
  print?: (text: string) => void;
  /** Where the operator's explanation goes (default stderr). */
  warn?: (text: string) => void;
  /** The store over the database main.ts opened (default: the briefing opens its own). */
  store?: BriefingStore;
  /** Why main.ts could not open the database: the briefing is off for that reason. */
  storeError?: unknown;
  /** The story archive the daily digest reads (without it: the newest article of content/). */
  archive?: StoryArchive;
}

/**
 * Starts the briefing; on failure logs it, tells the operator why and resolves undefined. The
 * database is opened first, so the senders pace their requests in budgets kept there, shared by
 * every instance on the same database.
 */
export async function startBriefingsOrWarn(deps: BriefingStartDeps): Promise<Briefings | undefined> {
  const { config, library, logger, print } = deps;
  let step: BriefingStep = 'load';
  let store: BriefingStore | undefined;
  try {
    const [{ startBriefings }, { createSenders }, { openStore }, { createPacing }] = await Promise.all([
      import('../briefing/start.ts'),
      import('../briefing/senders/create.ts'),
      import('../storage/store.ts'),
      import('../pace/paced-requests.ts'),
    ]);
    // The store main.ts opened: the briefing's ledger, the shared pacing budgets, and (Slack OAuth)
    // the workspaces' tokens. Without one (tests), the briefing opens its own.
    step = 'start';
    if (deps.storeError !== undefined) throw deps.storeError;
    const owned = deps.store === undefined;
    store =
      deps.store ??
      (await openStore({
        dataDir: config.DATA_DIR,
        databaseUrl: config.DATABASE_URL,
        onError: (error) =>
          logger
            .child({ part: 'briefing' })
            .error({ err: error }, 'database connection lost; the next query reconnects'),
      }));
    const open = store;
    step = 'senders';
    const pacing = createPacing((key, intervalMs, nowMs, count) =>
      open.reservePace(key, intervalMs, nowMs, count),
    );
    const senders = await createSenders(config, { logger, print, store: open, pacing });
    step = 'start';
    const briefings = await startBriefings({
      config,
      library,
      logger,
      senders,
      store: open,
      ...(deps.archive ? { archive: deps.archive } : {}),
    });
    if (!owned) return briefings;
    return {
      ...briefings,
      async stop() {
        await briefings.stop();
        await open.close();
      },
    };
  } catch (error) {
    if (store && store !== deps.store) await store.close().catch(() => undefined);
    logger.error({ err: error, step }, 'daily briefing is off');
    const warn = deps.warn ?? ((text: string) => process.stderr.write(text));
    warn(`${briefingOffMessage(step, error)}\n`);
    return undefined;
  }
}

/** The operator's two lines: why the daily briefing is off, and what to fix. */
export function briefingOffMessage(step: BriefingStep, error: unknown): string {
  const why = errorMessage(error);
  const off = (cause: string, fix: string) =>
    `Daily briefing is off: ${cause}\nCommands still work; ${fix} and restart.`;
  if (step === 'load') {
    return off(`its modules could not be loaded (${why}).`, 'rebuild with `npm run build`');
  }
  if (step === 'senders') {
    return off(`a briefing sender could not be built (${why}).`, "check that platform's settings");
  }
  const fix = storageFixOf(error);
  if (fix) return off(why, fix);
  return off(`the scheduler could not start (${why}).`, 'fix the cause above');
}

/** What to fix when the database could not be opened or migrated, or null for another error. */
export function storageFixOf(error: unknown): string | null {
  if (!(error instanceof Error && error.name === 'StorageError')) return null;
  const why = errorMessage(error);
  if (why.startsWith('Cannot open the database'))
    return 'fix DATA_DIR (a folder this process can create and write to)';
  if (why.startsWith('Cannot migrate the database'))
    return 'the file may come from a newer version of the bot: restore a backup, or point DATA_DIR at an empty folder,';
  return 'fix the storage settings named above';
}
