// The contract between where stories come from (content/ files, feeds, article pages, the newsroom
// webhook) and the archive that keeps them. Sources only describe what they read; the archive
// decides identity, revisions, duplicates and analysis.
import type { AnalyzedArticle } from '../core/article.ts';

/** Where a story was read. */
export type StorySourceKind = 'file' | 'feed' | 'page' | 'webhook';

/** A story as a source read it, before the archive has seen it. */
export interface IncomingStory {
  /**
   * Stable identity within its source kind: the feed item's guid (prefixed by the feed id), else
   * its canonical URL, else the webhook's slug or the file name. Same key = same story.
   */
  key: string;
  /** Canonical URL, when known (also used to match the same story arriving by another key). */
  url: string | null;
  /** The story as article text: Markdown with front matter (title, dek, published, source, url, tags) and `##` section headings. */
  text: string;
  /** Where it came from: kind, a display name ("Yonhap", "content/seed.txt") and the feed id when a feed brought it. */
  source: { kind: StorySourceKind; name: string; feedId?: string };
  /** When the source says it was published (ISO 8601), if it says. */
  published: string | null;
}

/** What the archive did with an incoming story. */
export interface IngestOutcome {
  status: 'new' | 'revised' | 'unchanged' | 'duplicate' | 'rejected';
  /** The story's slug (for a duplicate: the story it joined); null when rejected. */
  slug: string | null;
  /** The revision number now stored (1 for a new story). */
  revision: number;
  /** Why it was rejected (not a valid article), for logs and `feeds list`. */
  reason?: string;
  /** Parts of the text that were dropped while it was stored (e.g. a front matter `url` that is not http). */
  warnings?: string[];
}

/** Anything that accepts stories: the archive. */
export interface StoryIntake {
  ingest(story: IncomingStory): Promise<IngestOutcome>;
}

/** One stored story in a list (latest, search, digest): no analysis, cheap to load many. */
export interface StoryListing {
  slug: string;
  title: string;
  url: string | null;
  /** Display names of every source that carried it (two feeds with the same wire copy: both). */
  sources: string[];
  /** Feed ids of the feeds that carried it. */
  feedIds: string[];
  tags: string[];
  /** Published date (ISO), else when first seen. */
  published: string;
  /** When the latest revision was stored (ISO). */
  updatedAt: string;
  /** 1 for the first version. */
  revision: number;
  /** The first key point, verbatim. */
  keyPoint: string | null;
  sectionCount: number;
  quoteCount: number;
}

/** The sentence-level difference between a story's latest revision and the one before. */
export interface RevisionChanges {
  slug: string;
  revision: number;
  storedAt: string;
  added: { section: string; text: string }[];
  removed: { section: string; text: string }[];
  changed: { section: string; before: string; after: string }[];
}

/** The archive as the core, the briefing and the doors read it. */
export interface StoryArchive extends StoryIntake {
  /** The newest stories, newest first. */
  latest(count: number): Promise<StoryListing[]>;
  /** Stories new or revised after `since`, newest first. */
  changedSince(since: Date, limit: number): Promise<StoryListing[]>;
  /** Best matches for `words` (BM25 over headline, dek, key points and text), best first. */
  search(words: string, limit: number): Promise<StoryListing[]>;
  /** The analysed latest revision (from the hot set, else loaded from storage). */
  article(slug: string): Promise<AnalyzedArticle | null>;
  /** What changed in the latest revision, or null for a story with one revision. */
  changes(slug: string): Promise<RevisionChanges | null>;
}
