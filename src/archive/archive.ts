// The story archive: stories, their revisions and analyses in the database, a bounded hot set of
// analysed articles in memory, and BM25 search. Opening it reads nothing up front, so start-up
// does not grow with the archive; every read is a bounded query.
import type { Kysely } from 'kysely';
import { analyzeInWorker } from '../analysis/pool.ts';
import type { AnalyzedArticle } from '../core/article.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../storage/schema.ts';
import type { RevisionChanges, StoryArchive, StoryListing, StorySourceKind } from '../stories/story.ts';
import { analysisFromJson, diffFromJson } from './analysis-json.ts';
import { createHotSet } from './hot-set.ts';
import { type Analyzer, createIngest } from './ingest.ts';
import { createSearch } from './search-terms.ts';
import { createSerial } from './serial.ts';
import {
  changedListings,
  headlineListings,
  latestListings,
  latestRevision,
  listingsOf,
} from './story-rows.ts';
import { dropSource } from './story-writes.ts';

/** What the archive is built on; only `db` and `logger` are required. */
export interface StoryArchiveOptions {
  /** The migrated database (storage/open.ts `openDatabase`). */
  db: Kysely<Database>;
  logger: Logger;
  /** Parses and analyzes new text (default: the shared worker pool, `analyzeInWorker`). */
  analyze?: Analyzer;
  /** Analysed articles kept in memory, most recently used (default 200). */
  hotSetSize?: number;
  /** How far back a story from another source is compared for near-duplicates, in hours (default 48). */
  duplicateWindowHours?: number;
  /** Largest story text accepted, in bytes (default 2 MiB). */
  maxTextBytes?: number;
  /** Clock (default: the system clock). */
  now?: () => Date;
}

/** The StoryArchive, plus what chat autocomplete and diagnostics need. */
export interface Archive extends StoryArchive {
  /** Stories whose headline contains every one of `words` (case-insensitive), newest first; all newest when empty. */
  complete(words: string, limit: number): Promise<StoryListing[]>;
  /** One story's listing, or null. */
  listing(slug: string): Promise<StoryListing | null>;
  /**
   * Forgets that the source `kind`/`key` carries its story; a story no source carries any more is
   * removed (what a deleted content/ file does). Returns the removed story's slug, else null.
   */
  withdraw(kind: StorySourceKind, key: string): Promise<string | null>;
  /** The keys of every source of one kind (e.g. the content/ file names the archive holds). */
  sourceKeys(kind: StorySourceKind): Promise<string[]>;
  /**
   * Loads the newest `count` stories' analyses into the hot set (at most its size), e.g. just after
   * the doors open, so the first commands on recent stories read memory; resolves with how many.
   */
  warm(count: number): Promise<number>;
  /** The analysed article if it is in the hot set now (synchronous, never loads), else null. */
  cached(slug: string): AnalyzedArticle | null;
  /** Number of analysed articles held in memory now. */
  hotSize(): number;
}

/** Most listings one call returns. */
const maxList = 1000;

/** An archive over `options.db`; cheap to create (nothing is read until asked). */
export function createStoryArchive(options: StoryArchiveOptions): Archive {
  const { db, logger } = options;
  const hotCapacity = Math.max(1, Math.floor(options.hotSetSize ?? 200));
  const hot = createHotSet(hotCapacity);
  const loading = new Map<string, Promise<AnalyzedArticle | null>>();
  const clamp = (n: number) => Math.max(0, Math.min(maxList, Math.floor(Number.isFinite(n) ? n : 0)));

  const load = async (slug: string): Promise<AnalyzedArticle | null> => {
    const row = await latestRevision(db, slug);
    if (!row) return null;
    const read = analysisFromJson(row.analysis);
    if (!read.ok) {
      logger.error({ slug, revision: Number(row.number), reason: read.reason }, 'stored analysis unreadable');
      return null;
    }
    // A revision stored while this was read is newer than what was read: keep it.
    const stored = hot.get(slug);
    if (stored) return stored;
    hot.set(slug, read.analyzed);
    return read.analyzed;
  };

  const article = (slug: string): Promise<AnalyzedArticle | null> => {
    const held = hot.get(slug);
    if (held) return Promise.resolve(held);
    let pending = loading.get(slug);
    if (!pending) {
      pending = load(slug).finally(() => loading.delete(slug));
      loading.set(slug, pending);
    }
    return pending;
  };

  const serial = createSerial();
  const finder = createSearch(db);
  const ingest = createIngest({
    db,
    logger,
    analyze: options.analyze ?? analyzeInWorker,
    hot,
    article,
    serial,
    now: options.now ?? (() => new Date()),
    duplicateWindowMs: (options.duplicateWindowHours ?? 48) * 3_600_000,
    maxTextBytes: options.maxTextBytes ?? 2 * 1024 * 1024,
    sketches: new Map(),
  });

  return {
    ingest,
    article,
    latest: (count) => latestListings(db, clamp(count)),
    changedSince: (since, limit) => changedListings(db, since, clamp(limit)),
    async search(words, limit) {
      return listingsOf(db, await finder.search(words.slice(0, 500), clamp(limit)));
    },
    complete(words, limit) {
      const parts = words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      // Only letters and digits reach the LIKE pattern: no wildcard can come from the user.
      return parts.length === 0
        ? latestListings(db, clamp(limit))
        : headlineListings(db, parts, clamp(limit));
    },
    async listing(slug) {
      return (await listingsOf(db, [slug]))[0] ?? null;
    },
    async changes(slug): Promise<RevisionChanges | null> {
      const row = await latestRevision(db, slug);
      const diff = diffFromJson(row?.changes ?? null);
      if (!row || !diff) return null;
      return { slug, revision: Number(row.number), storedAt: row.stored_at, ...diff };
    },
    withdraw: (kind, key) =>
      serial(async () => {
        const slug = await dropSource(db, `${kind}:${key}`);
        if (slug) {
          hot.delete(slug);
          logger.info({ slug, source: `${kind}:${key}` }, 'story withdrawn');
        }
        return slug;
      }),
    async sourceKeys(kind) {
      const rows = await db
        .selectFrom('story_sources')
        .select('source_key')
        .where('kind', '=', kind)
        .execute();
      return rows.map((r) => r.source_key.slice(kind.length + 1)).sort();
    },
    async warm(count) {
      const newest = await latestListings(db, Math.min(clamp(count), hotCapacity));
      let loaded = 0;
      for (const listing of [...newest].reverse()) if (await article(listing.slug)) loaded++;
      return loaded;
    },
    cached: (slug) => hot.get(slug) ?? null,
    hotSize: () => hot.size(),
  };
}
