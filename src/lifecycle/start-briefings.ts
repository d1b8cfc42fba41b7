// Starts the daily briefing after the doors are up, or says why it is off: the operator is told the
// real cause (modules that did not load, a sender that could not be built, a database that cannot
// be opened or migrated) and what to fix, while the doors keep answering commands.
import type { Briefings } from '../briefing/start.ts';
import type { Config } from '../config/env.ts';
import type { Library } from '../core/library.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore } from '../storage/store.ts';

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
    step = 'start';
    const log = logger.child({ part: 'briefing' });
    store = await openStore({
      dataDir: config.DATA_DIR,
      databaseUrl: config.DATABASE_URL,
      onError: (error) => log.error({ err: error }, 'database connection lost; the next query reconnects'),
    });
    const open = store;
    step = 'senders';
    const pacing = createPacing((key, intervalMs, nowMs) => open.reservePace(key, intervalMs, nowMs));
    const senders = await createSenders(config, { logger, print, pacing });
    step = 'start';
    const briefings = await startBriefings({ config, library, logger, senders, store });
    return {
      ...briefings,
      async stop() {
        await briefings.stop();
        await open.close();
      },
    };
  } catch (error) {
    await store?.close().catch(() => undefined);
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
  const storage = error instanceof Error && error.name === 'StorageError';
  if (storage && why.startsWith('Cannot open the database')) {
    return off(why, 'fix DATA_DIR (a folder this process can create and write to)');
  }
  if (storage && why.startsWith('Cannot migrate the database')) {
    return off(
      why,
      'the file may come from a newer version of the bot: restore a backup, or point DATA_DIR at an empty folder,',
    );
  }
  if (storage) return off(why, 'fix the storage settings named above');
  return off(`the scheduler could not start (${why}).`, 'fix the cause above');
}
