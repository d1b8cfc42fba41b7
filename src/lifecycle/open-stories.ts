// Start-up wiring of the stories, for src/main.ts: the database is opened once, the archive is
// built over it and content/ becomes one of its sources. When the database cannot be opened,
// content/ is served alone (as before the archive) and the operator is told why and what to fix.

import { analyzeInProcess } from '../analysis/in-process.ts';
import { analyzeInWorker } from '../analysis/pool.ts';
import { type Archive, createStoryArchive } from '../archive/archive.ts';
import { openArchivedContent } from '../archive/content-files.ts';
import type { Analyzer } from '../archive/ingest.ts';
import type { Config } from '../config/env.ts';
import { type ContentLibrary, createContentLibrary } from '../content/library.ts';
import type { StoryLibrary } from '../core/library.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import { type OpenDatabase, openDatabase } from '../storage/open.ts';
import { type BriefingStore, createStore } from '../storage/store.ts';
import { createArchiveLibrary } from '../stories/archive-library.ts';
import { contentOnlyStories } from '../stories/content-only.ts';
import { storageFixOf } from './start-briefings.ts';

/** The stories as the rest of the process uses them. */
export interface OpenStories {
  /** What the core reads: the archive, or content/ alone. */
  library: StoryLibrary;
  /** The content/ folder's own view (the briefing still reads it). */
  content: ContentLibrary;
  /** Where feeds and the webhook hand stories (`archive.ingest`); null while the database is off. */
  archive: Archive | null;
  /** The open database (for /readyz and the feeds), or why it could not be opened. */
  database: { db: OpenDatabase['db'] } | { error: unknown };
  /** The briefing's store over the same database, or why there is none. */
  briefingStore: { store: BriefingStore } | { error: unknown };
  /** Loads the newest stories' analyses into memory in the background (after the doors open); never rejects. */
  warm(): Promise<void>;
  /** Stops watching content/, then closes the database (call after everything that uses it stopped). */
  close(): Promise<void>;
}

/** What `/summit changes` says while the database is off. */
const archiveOffInChat =
  'The story archive is off because its database could not be opened; the bot admin has been told why.';

/** Analyses loaded into memory after start-up: the archive's hot set holds 200. */
const warmCount = 200;

/**
 * Text analysed on this thread while content/ is first stored (a new DATA_DIR, or files edited while
 * the bot was stopped): starting a worker thread costs more than a few articles' analysis. Past it,
 * and for everything after the first load, the worker pool analyses, off the event loop.
 */
const firstLoadInProcessChars = 256 * 1024;

/** The archive's analyzer: in-process for the first load of content/ (up to the budget), then the pool. */
function firstLoadAnalyzer(): { analyze: Analyzer; loaded(): void } {
  let budget = firstLoadInProcessChars;
  let loading = true;
  return {
    analyze(text, fileName, version) {
      if (!loading || text.length > budget) return analyzeInWorker(text, fileName, version);
      budget -= text.length;
      return analyzeInProcess(text, fileName, version);
    },
    loaded() {
      loading = false;
    },
  };
}

/** What openStories needs; `warn` is where the operator reads why the archive is off (default stderr). */
export interface OpenStoriesDeps {
  config: Config;
  logger: Logger;
  warn?: (text: string) => void;
}

/** Opens the database, the archive and content/; never throws for a database that cannot be opened. */
export async function openStories(deps: OpenStoriesDeps): Promise<OpenStories> {
  const { config, logger } = deps;
  const contentOptions = { maxArticleBytes: config.MAX_ARTICLE_BYTES };
  let database: OpenDatabase;
  try {
    database = await openDatabase({
      dataDir: config.DATA_DIR,
      databaseUrl: config.DATABASE_URL,
      onError: (error) => logger.error({ err: error }, 'database connection lost; the next query reconnects'),
    });
  } catch (error) {
    logger.error({ err: error }, 'story archive is off');
    (deps.warn ?? ((text: string) => process.stderr.write(text)))(`${archiveOffMessage(error)}\n`);
    const content = await createContentLibrary(config.CONTENT_DIR, logger, contentOptions);
    return {
      // Chat hears only that the archive is off; the cause (with host paths) goes to the operator.
      library: contentOnlyStories(content, archiveOffInChat),
      content,
      archive: null,
      database: { error },
      briefingStore: { error },
      warm: async () => undefined,
      async close() {
        content.close();
      },
    };
  }
  const analyzer = firstLoadAnalyzer();
  const served = createArchiveLibrary({
    archive: createStoryArchive({
      db: database.db,
      logger: logger.child({ part: 'archive' }),
      analyze: analyzer.analyze,
    }),
    problems: () => content.problems(),
    logger,
  });
  const content = await openArchivedContent(config.CONTENT_DIR, served.archive, logger, contentOptions);
  analyzer.loaded();
  logger.info({ database: database.location }, 'story archive open');
  return {
    library: served.library,
    content,
    archive: served.archive,
    database: { db: database.db },
    briefingStore: {
      store: createStore(database.db, database.location, async () => undefined, database.warm),
    },
    async warm() {
      await served.archive.warm(warmCount).then(
        (loaded) => logger.debug({ loaded }, 'newest stories loaded into memory'),
        (err: unknown) => logger.warn({ err }, 'newest stories not preloaded; they load when asked'),
      );
    },
    async close() {
      content.close();
      served.close();
      await database.close();
    },
  };
}

/** The operator's two lines: why the archive is off, what still works and what to fix. */
export function archiveOffMessage(error: unknown): string {
  const fix = storageFixOf(error) ?? 'fix the cause above';
  return [
    `Story archive is off: ${errorMessage(error)}`,
    `content/ is still served (latest and search cover it alone; no revisions are kept); ${fix} and restart.`,
  ].join('\n');
}
