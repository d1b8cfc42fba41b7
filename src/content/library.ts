// The articles in content/, always current: every .txt/.md file is read safely, then parsed and
// analyzed once per content hash; a bad file is reported (and its last good version kept) while
// the rest are served. Reads are synchronous and serve the last analysed view; fs.watch events
// (debounced) and a cheap check on access schedule the work. The first load runs in-process
// before any door is open; every later change is analysed in the worker pool, off the event loop.
import { analyzeInProcess } from '../analysis/in-process.ts';
import { analyzeInWorker } from '../analysis/pool.ts';
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import { createFolderState } from './folder-state.ts';
import type { LibraryView } from './library-view.ts';
import type { Analyzer } from './load-file.ts';
import { createRefreshScheduler } from './refresh-scheduler.ts';
import { type DirectoryWatch, watchDirectory } from './watch.ts';

/** Tuning of a content library; the defaults are what the bot runs with. */
export interface ContentLibraryOptions {
  /** Least time between two directory checks started on access, in ms (default 1000; 0 = every access). */
  checkIntervalMs?: number;
  /** Reload when fs.watch reports a change (default true). */
  watch?: boolean;
  /** Largest article file in bytes (default 1 MiB, MAX_ARTICLE_BYTES); bigger files are skipped. */
  maxArticleBytes?: number;
  /** Parses and analyzes one text (default: in-process for the first load, then the worker pool). */
  analyze?: Analyzer;
  /** Quiet time after the last file event before reading, in ms (default 250). */
  settleMs?: number;
  /** Clock for the check interval, in ms. */
  now?: () => number;
}

/** A Library over a directory, with refresh, change notification and shutdown. */
export interface ContentLibrary extends Library {
  /** Checks the directory now; resolves once analysed, true when anything changed. */
  refresh(): Promise<boolean>;
  /** Resolves once every scheduled check and analysis has finished. */
  ready(): Promise<void>;
  /** Calls `listener` after each picked-up change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Stops watching the directory (the library still answers, checking on access). */
  close(): void;
}

/** Opens the library on `dir`; resolves once every article there has been analysed. */
export async function createContentLibrary(
  dir: string,
  logger: Logger,
  options: ContentLibraryOptions = {},
): Promise<ContentLibrary> {
  const library = openContentLibrary(dir, logger, options);
  await library.refresh();
  return library;
}

function openContentLibrary(dir: string, logger: Logger, options: ContentLibraryOptions): ContentLibrary {
  const interval = options.checkIntervalMs ?? 1000;
  const now = options.now ?? Date.now;
  const folder = createFolderState(dir, logger, options.maxArticleBytes);
  let analyze = options.analyze ?? analyzeInProcess;
  const listeners = new Set<() => void>();
  let lastCheck = Number.NEGATIVE_INFINITY;
  let closed = false;
  let watcher: DirectoryWatch | null = null;

  const check = async (): Promise<boolean> => {
    lastCheck = now();
    const changed = await folder.check(analyze).catch((err: unknown) => {
      logger.error({ dir, err: String(err) }, 'content check failed; the last view is still served');
      return false;
    });
    analyze = options.analyze ?? analyzeInWorker;
    if (!closed && watcher === null && folder.readable() && options.watch !== false) {
      watcher = watchDirectory(
        dir,
        () => scheduler.poke(),
        () => {
          watcher = null;
        },
        logger,
      );
      // Anything written between the listing and the watch's start is caught by one more look.
      if (watcher) scheduler.poke();
    }
    if (changed) for (const listener of listeners) notify(listener, logger);
    return changed;
  };
  const scheduler = createRefreshScheduler(check, {
    settleMs: options.settleMs ?? 250,
    maxWaitMs: 2000,
  });
  const fresh = (): LibraryView => {
    if (!scheduler.busy() && now() - lastCheck >= interval) void scheduler.runNow();
    return folder.view();
  };

  return {
    list: () => [...fresh().list],
    newest: () => fresh().list[0] ?? null,
    bySlug: (slug) => fresh().bySlug.get(slug) ?? null,
    problems: () => [...fresh().problems],
    refresh: scheduler.runNow,
    ready: scheduler.idle,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      closed = true;
      scheduler.close();
      watcher?.close();
      watcher = null;
      listeners.clear();
    },
  };
}

function notify(listener: () => void, logger: Logger): void {
  try {
    listener();
  } catch (err) {
    logger.error({ err: String(err) }, 'content change listener failed');
  }
}
