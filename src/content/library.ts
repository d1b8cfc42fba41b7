// The articles in content/, always current: every .txt/.md file is parsed and analyzed once per
// content hash; a bad file is reported (and its last good version kept) while the rest are served.
// fs.watch makes edits show at once; a cheap readdir+stat check on access makes them certain.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyzeArticle } from '../core/analyze.ts';
import type { AnalyzedArticle, Article } from '../core/article.ts';
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import { buildView, type FileState, type LibraryView } from './library-view.ts';
import { ContentError, contentExtensions, parseArticle } from './parse.ts';
import { type DirectoryWatch, watchDirectory } from './watch.ts';

/** Tuning of a content library; the defaults are what the bot runs with. */
export interface ContentLibraryOptions {
  /** Least time between two directory checks made on access, in ms (default 1000; 0 = every access). */
  checkIntervalMs?: number;
  /** Reload as soon as fs.watch reports a change (default true). */
  watch?: boolean;
  /** The analyzer (default analyzeArticle). */
  analyze?: (article: Article, version: string) => AnalyzedArticle;
  /** Clock for the check interval, in ms. */
  now?: () => number;
}

/** A Library over a directory, with manual refresh, change notification and shutdown. */
export interface ContentLibrary extends Library {
  /** Checks the directory now; true when anything changed. */
  refresh(): boolean;
  /** Calls `listener` after each picked-up change; returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Stops watching the directory (the library still answers, checking on access). */
  close(): void;
}

const watchSettleMs = 30;

/** Loads every article file in `dir` and keeps the set current. */
export function createContentLibrary(
  dir: string,
  logger: Logger,
  options: ContentLibraryOptions = {},
): ContentLibrary {
  const interval = options.checkIntervalMs ?? 1000;
  const analyze = options.analyze ?? analyzeArticle;
  const now = options.now ?? Date.now;
  const files = new Map<string, FileState>();
  const listeners = new Set<() => void>();
  let view: LibraryView = { list: [], bySlug: new Map(), problems: [] };
  let lastCheck = Number.NEGATIVE_INFINITY;
  let dirty = false;
  let closed = false;
  let watcher: DirectoryWatch | null = null;
  let settle: NodeJS.Timeout | null = null;
  let dirProblem: string | null = null;

  const startWatch = (): void => {
    if (closed || watcher || options.watch === false) return;
    watcher = watchDirectory(dir, onWatchEvent, onWatchEnd, logger);
  };
  const onWatchEnd = (): void => {
    watcher = null;
  };
  const onWatchEvent = (): void => {
    dirty = true;
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => {
      settle = null;
      if (!closed) refresh();
    }, watchSettleMs);
    settle.unref();
  };

  const load = (
    file: string,
    stamp: string,
    text: string,
    version: string,
    previous?: FileState,
  ): FileState => {
    try {
      const article = analyze(parseArticle(text, file), version);
      logger.info({ file, slug: article.article.slug, version }, 'article loaded');
      return { stamp, version, article, problem: null };
    } catch (err) {
      const problem =
        err instanceof ContentError
          ? err.message
          : `${file}: could not be analyzed (${err instanceof Error ? err.message : String(err)}); this is a bug in the bot, please report it`;
      const kept = previous?.article ?? null;
      logger.warn({ file, problem, keptVersion: kept?.version ?? null }, 'content file skipped');
      return {
        stamp,
        version,
        article: kept,
        problem: kept ? `${problem} (still serving the last good version)` : problem,
      };
    }
  };

  const refresh = (): boolean => {
    lastCheck = now();
    dirty = false;
    let names: string[] = [];
    let problem: string | null = null;
    try {
      names = readdirSync(dir).filter(isArticleFile).sort();
    } catch (err) {
      problem = `content directory ${dir} cannot be read (${errorCode(err)}); create it and put .txt or .md articles in it`;
      if (problem !== dirProblem) logger.warn({ dir, problem }, 'content directory unreadable');
    }
    let changed = problem !== dirProblem;
    dirProblem = problem;
    if (problem === null) startWatch();
    const seen = new Set<string>();
    for (const name of names) {
      const path = join(dir, name);
      const previous = files.get(path);
      let state: FileState;
      try {
        const st = statSync(path, { bigint: true });
        if (!st.isFile()) continue;
        const stamp = `${st.mtimeNs}:${st.size}:${st.ino}`;
        seen.add(path);
        if (previous?.stamp === stamp) continue;
        const text = readFileSync(path, 'utf8');
        const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
        state =
          previous?.version === version ? { ...previous, stamp } : load(name, stamp, text, version, previous);
      } catch (err) {
        if (errorCode(err) === 'ENOENT') continue;
        seen.add(path);
        const problem = `${name}: cannot be read (${errorCode(err)}); check that the file is readable`;
        state = { stamp: '', version: '', article: previous?.article ?? null, problem };
      }
      if (state.version !== previous?.version || state.problem !== previous?.problem) changed = true;
      files.set(path, state);
    }
    for (const path of [...files.keys()]) {
      if (seen.has(path)) continue;
      files.delete(path);
      logger.info({ file: path }, 'article file removed');
      changed = true;
    }
    if (changed) {
      view = buildView(dir, files, dirProblem, logger);
      for (const listener of listeners) notify(listener);
    }
    return changed;
  };

  const notify = (listener: () => void): void => {
    try {
      listener();
    } catch (err) {
      logger.error({ err: String(err) }, 'content change listener failed');
    }
  };

  const fresh = (): void => {
    if (dirty || now() - lastCheck >= interval) refresh();
  };

  refresh();
  return {
    list() {
      fresh();
      return [...view.list];
    },
    newest() {
      fresh();
      return view.list[0] ?? null;
    },
    bySlug(slug) {
      fresh();
      return view.bySlug.get(slug) ?? null;
    },
    problems() {
      fresh();
      return [...view.problems];
    },
    refresh,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close() {
      closed = true;
      if (settle) clearTimeout(settle);
      watcher?.close();
      watcher = null;
      listeners.clear();
    },
  };
}

function isArticleFile(name: string): boolean {
  return (
    !name.startsWith('.') && (contentExtensions as readonly string[]).includes(extname(name).toLowerCase())
  );
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}
