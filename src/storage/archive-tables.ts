// The story archive's tables as Kysely types (see migrations/0002-archive.ts). Text and integer
// columns only: times are ISO-8601 UTC strings, lists and the analysis are JSON text.

/** One story: identity, the listing fields of its latest revision, and what duplicate checks need. */
export interface StoriesTable {
  /** URL-safe, unique, stable across revisions. */
  slug: string;
  /** Canonical URL, when known. */
  url: string | null;
  title: string;
  dek: string | null;
  /** Published (ISO), else first seen. */
  published: string;
  first_seen: string;
  /** When the latest revision was stored (ISO). */
  updated_at: string;
  /** Latest revision number (1 for the first). */
  revision: number;
  /** Content hash of the latest revision's text. */
  text_hash: string;
  /** JSON array of strings. */
  tags: string;
  key_point: string | null;
  section_count: number;
  quote_count: number;
  /** JSON array of the smallest word 5-shingle hashes of the body (near-duplicate checks). */
  sketch: string;
  /** Weighted length of the story for BM25. */
  doc_length: number;
}

/** One place a story was read from; several rows when two feeds carried the same story. */
export interface StorySourcesTable {
  /** `${kind}:${key}` of the IncomingStory. */
  source_key: string;
  slug: string;
  kind: string;
  /** Display name ("Yonhap", "content/seed.txt"). */
  name: string;
  feed_id: string | null;
  url: string | null;
  /** Hash of the text this source last sent (unchanged text = nothing to do). */
  text_hash: string;
  first_seen: string;
  last_seen: string;
}

/** One version of a story's text, its analysis and what changed since the one before. */
export interface StoryRevisionsTable {
  slug: string;
  number: number;
  /** Which source brought this text. */
  source_key: string;
  text: string;
  text_hash: string;
  /** The AnalyzedArticle as JSON. */
  analysis: string;
  /** JSON {added, removed, changed}; null for the first revision. */
  changes: string | null;
  stored_at: string;
}

/** Search postings: a stemmed term of a story with its field-weighted frequency. */
export interface StoryTermsTable {
  term: string;
  slug: string;
  weight: number;
  /** The story's weighted length (the same on each of its postings), so search never reads stories. */
  doc_length: number;
}

/** The archive's part of the Database. */
export interface ArchiveTables {
  stories: StoriesTable;
  story_sources: StorySourcesTable;
  story_revisions: StoryRevisionsTable;
  story_terms: StoryTermsTable;
}
