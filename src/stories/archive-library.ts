// What the core reads when the database is on: every story in the archive, plus the headline
// catalogue autocomplete needs. Sources hand their stories to `intake` (not to the archive
// directly) so the catalogue learns of new and revised stories a moment after they are stored.
import type { ContentProblem, StoryLibrary } from '../core/library.ts';
import { headlineKey, matchesHeadline, typedHeadline } from '../core/lookup/headline.ts';
import type { Logger } from '../logger.ts';
import { createHeadlineCatalogue } from './headline-catalogue.ts';
import { newestListingFirst } from './listing.ts';
import type { StoryArchive, StoryIntake, StoryListing } from './story.ts';

/** What an archive library is built from. */
export interface ArchiveLibraryOptions {
  archive: StoryArchive;
  /** The content/ files that could not be read (shown when there is no story at all). */
  problems: () => ContentProblem[];
  logger: Logger;
  /** Headlines kept in memory (default 1000): the newest, whatever the archive holds. */
  catalogueSize?: number;
  /** Quiet time after an ingest before the catalogue asks what changed, in ms (default 100). */
  settleMs?: number;
}

/** The archive as the core reads it, and the intake sources write to. */
export interface ArchiveLibrary {
  library: StoryLibrary;
  /** Where sources hand stories: the archive's ingest, then the catalogue is told. */
  intake: StoryIntake;
  /** Resolves once the catalogue holds the newest headlines (and after each pending refresh). */
  settled(): Promise<void>;
  /** Stops the pending refresh timer. */
  close(): void;
}

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
  let pending = fill(() => archive.latest(bound));

  function fill(read: () => Promise<StoryListing[]>): Promise<void> {
    return read().then(
      (listings) => catalogue.put(listings),
      (err: unknown) =>
        logger.error({ err }, 'headline catalogue could not be read; autocomplete may miss stories'),
    );
  }
  const refresh = () => {
    timer = null;
    // Stories stored while this read runs are read again next time (a second's overlap is harmless).
    const from = new Date(since.getTime() - 1000);
    since = new Date();
    pending = pending.then(() => fill(() => archive.changedSince(from, bound)));
  };

  const library: StoryLibrary = {
    latest: (count) => archive.latest(count),
    search: (words, limit) => archive.search(words, limit),
    async headlines(typed, limit) {
      const found = catalogue.match(typed, limit);
      if (found.length >= limit || !catalogue.full() || !typed.trim()) return found;
      // Older than every headline held: ask the archive's index, keep only headline matches.
      const wanted = typedHeadline(typed);
      const held = new Set(found.map((l) => l.slug));
      const older = (await archive.search(typed, limit * 2))
        .filter((l) => !held.has(l.slug) && matchesHeadline(wanted, headlineKey(l.title, l.slug)))
        .sort(newestListingFirst);
      return [...found, ...older].slice(0, limit);
    },
    article: (slug) => archive.article(slug),
    changes: (slug) => archive.changes(slug),
    problems: options.problems,
    revisionsOff: () => null,
  };

  return {
    library,
    intake: {
      async ingest(story) {
        const outcome = await archive.ingest(story);
        if (listingChanged.has(outcome.status) && timer === null) {
          timer = setTimeout(refresh, settleMs);
          timer.unref();
        }
        return outcome;
      },
    },
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
