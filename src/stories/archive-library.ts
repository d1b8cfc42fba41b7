// What the core reads when the database is on: every story in the archive, plus the in-memory
// headline catalogue autocomplete needs. Sources write through `archive` (the archive, observed)
// so the catalogue learns of new, revised and withdrawn stories a moment after they are stored.
import type { Archive } from '../archive/archive.ts';
import type { ContentProblem, StoryLibrary } from '../core/library.ts';
import { headlineKey, matchesHeadline, typedHeadline } from '../core/lookup/headline.ts';
import type { Logger } from '../logger.ts';
import { createHeadlineCatalogue } from './headline-catalogue.ts';
import { newestListingFirst } from './listing.ts';
import type { StoryListing } from './story.ts';

/** What an archive library is built from. */
export interface ArchiveLibraryOptions {
  archive: Archive;
  /** The content/ files that could not be read (shown when there is no story at all). */
  problems: () => ContentProblem[];
  logger: Logger;
  /** Headlines kept in memory (default 1000): the newest, whatever the archive holds. */
  catalogueSize?: number;
  /** Quiet time after an ingest before the catalogue asks what changed, in ms (default 100). */
  settleMs?: number;
}

/** The archive as the core reads it, and as sources write to it. */
export interface ArchiveLibrary {
  library: StoryLibrary;
  /** The archive to hand sources (content/, feeds, the webhook): writes keep the catalogue current. */
  archive: Archive;
  /** Resolves once the catalogue holds the newest headlines, pending refreshes included. */
  settled(): Promise<void>;
  /** Stops the pending refresh timer. */
  close(): void;
}

/** How long a read of the newest stories is reused when nothing was stored here meanwhile. */
const latestFreshMs = 1000;

/** Outcomes after which the story's listing may have changed. */
const listingChanged = new Set(['new', 'revised', 'duplicate']);

/** Builds the library over `archive`; the catalogue starts filling at once, in the background. */
export function createArchiveLibrary(options: ArchiveLibraryOptions): ArchiveLibrary {
  const { archive, logger } = options;
  const bound = options.catalogueSize ?? 1000;
  const settleMs = options.settleMs ?? 100;
  const catalogue = createHeadlineCatalogue(bound);
  let since = new Date();
  let timer: NodeJS.Timeout | null = null;
  const fill = (read: () => Promise<StoryListing[]>): Promise<void> =>
    read().then(
      (listings) => catalogue.put(listings),
      (err: unknown) =>
        logger.error({ err }, 'headline catalogue not refreshed; autocomplete may miss stories'),
    );
  // Read in the background: start-up does not wait for it, the first autocomplete does.
  const initial = fill(() => archive.latest(bound));
  let pending = initial;
  const refresh = () => {
    timer = null;
    // Stories stored while this read runs are read again next time (a second's overlap is harmless).
    const from = new Date(since.getTime() - 1000);
    since = new Date();
    pending = pending.then(() => fill(() => archive.changedSince(from, bound)));
  };

  // The newest stories are read by most commands (`summary` with no article): answered from memory
  // until this process stores or withdraws a story, and for at most a second (another instance's).
  const newest = new Map<number, { at: number; read: Promise<StoryListing[]> }>();
  const latest = (count: number): Promise<StoryListing[]> => {
    const now = Date.now();
    const held = newest.get(count);
    if (held && now - held.at < latestFreshMs) return held.read;
    if (newest.size >= 16) newest.clear();
    const read = archive.latest(count);
    newest.set(count, { at: now, read });
    read.catch(() => newest.delete(count));
    return read;
  };

  const library: StoryLibrary = {
    latest,
    search: (words, limit) => archive.search(words, limit),
    async headlines(typed, limit) {
      await initial;
      const found = catalogue.match(typed, limit);
      if (found.length >= limit || !catalogue.full() || !typed.trim()) return found;
      // Older than every headline held: ask the database, keep only what the catalogue would match.
      const wanted = typedHeadline(typed);
      const held = new Set(found.map((l) => l.slug));
      const older = (await archive.complete(typed, limit * 2))
        .filter((l) => !held.has(l.slug) && matchesHeadline(wanted, headlineKey(l.title, l.slug)))
        .sort(newestListingFirst);
      return [...found, ...older].slice(0, limit);
    },
    article: (slug) => archive.article(slug),
    changes: (slug) => archive.changes(slug),
    problems: options.problems,
    revisionsOff: () => null,
  };

  const observed: Archive = {
    ...archive,
    async ingest(story) {
      const outcome = await archive.ingest(story);
      if (listingChanged.has(outcome.status)) newest.clear();
      if (listingChanged.has(outcome.status) && timer === null) {
        timer = setTimeout(refresh, settleMs);
        timer.unref();
      }
      return outcome;
    },
    async withdraw(kind, key) {
      const slug = await archive.withdraw(kind, key);
      newest.clear();
      if (slug) catalogue.remove(slug);
      return slug;
    },
  };

  return {
    library,
    archive: observed,
    async settled() {
      if (timer) {
        clearTimeout(timer);
        refresh();
      }
      await pending;
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
