// Reading the archive's rows: story listings (with every source that carried them), the latest
// revision of a story, and the look-ups ingest needs (by source key, by URL, recent sketches).
import type { Kysely, Selectable } from 'kysely';
import type { StoriesTable } from '../storage/archive-tables.ts';
import type { Database } from '../storage/schema.ts';
import type { StoryListing } from '../stories/story.ts';

/** Columns of a story a listing needs (never the sketch). */
const listingColumns = [
  'slug',
  'url',
  'title',
  'published',
  'first_seen',
  'updated_at',
  'revision',
  'tags',
  'key_point',
  'section_count',
  'quote_count',
] as const;

type ListingRow = Pick<Selectable<StoriesTable>, (typeof listingColumns)[number]>;

/** Rows asked for at once in an `in (...)` list. */
const chunk = 500;

/** The newest stories (published, else first seen), newest first. */
export async function latestListings(db: Kysely<Database>, count: number): Promise<StoryListing[]> {
  const rows = await db
    .selectFrom('stories')
    .select(listingColumns)
    .orderBy('published', 'desc')
    .orderBy('slug', 'asc')
    .limit(Math.max(0, Math.floor(count)))
    .execute();
  return withSources(db, rows);
}

/** Stories new or revised after `since`, most recently stored first. */
export async function changedListings(
  db: Kysely<Database>,
  since: Date,
  limit: number,
): Promise<StoryListing[]> {
  const rows = await db
    .selectFrom('stories')
    .select(listingColumns)
    .where('updated_at', '>', since.toISOString())
    .orderBy('updated_at', 'desc')
    .orderBy('slug', 'asc')
    .limit(Math.max(0, Math.floor(limit)))
    .execute();
  return withSources(db, rows);
}

/** Listings of these slugs, in the order given (unknown slugs left out). */
export async function listingsOf(db: Kysely<Database>, slugs: string[]): Promise<StoryListing[]> {
  const rows: ListingRow[] = [];
  for (let i = 0; i < slugs.length; i += chunk) {
    rows.push(
      ...(await db
        .selectFrom('stories')
        .select(listingColumns)
        .where('slug', 'in', slugs.slice(i, i + chunk))
        .execute()),
    );
  }
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return withSources(
    db,
    slugs.flatMap((s) => bySlug.get(s) ?? []),
  );
}

/** Stories whose headline holds every word (letters and digits only, so no LIKE wildcards), newest first. */
export async function headlineListings(
  db: Kysely<Database>,
  words: string[],
  limit: number,
): Promise<StoryListing[]> {
  let query = db.selectFrom('stories').select(listingColumns);
  for (const word of words.slice(0, 8)) {
    query = query.where((eb) => eb(eb.fn('lower', ['title']), 'like', `%${word.toLowerCase()}%`));
  }
  const rows = await query
    .orderBy('published', 'desc')
    .orderBy('slug', 'asc')
    .limit(Math.max(0, Math.floor(limit)))
    .execute();
  return withSources(db, rows);
}

async function withSources(db: Kysely<Database>, rows: ListingRow[]): Promise<StoryListing[]> {
  if (rows.length === 0) return [];
  const sources = await db
    .selectFrom('story_sources')
    .select(['slug', 'name', 'feed_id', 'first_seen', 'source_key'])
    .where(
      'slug',
      'in',
      rows.map((r) => r.slug),
    )
    .orderBy('first_seen', 'asc')
    .orderBy('source_key', 'asc')
    .execute();
  const names = new Map<string, string[]>();
  const feeds = new Map<string, string[]>();
  for (const s of sources) {
    const list = names.get(s.slug) ?? [];
    if (!list.includes(s.name)) list.push(s.name);
    names.set(s.slug, list);
    if (s.feed_id) {
      const ids = feeds.get(s.slug) ?? [];
      if (!ids.includes(s.feed_id)) ids.push(s.feed_id);
      feeds.set(s.slug, ids);
    }
  }
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    url: r.url,
    sources: names.get(r.slug) ?? [],
    feedIds: feeds.get(r.slug) ?? [],
    tags: parseTags(r.tags),
    published: r.published || r.first_seen,
    updatedAt: r.updated_at,
    revision: Number(r.revision),
    keyPoint: r.key_point,
    sectionCount: Number(r.section_count),
    quoteCount: Number(r.quote_count),
  }));
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** The latest revision of a story: its analysis and changes as stored. */
export async function latestRevision(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom('story_revisions')
    .innerJoin('stories', (join) =>
      join
        .onRef('stories.slug', '=', 'story_revisions.slug')
        .onRef('stories.revision', '=', 'story_revisions.number'),
    )
    .select([
      'story_revisions.number',
      'story_revisions.text',
      'story_revisions.analysis',
      'story_revisions.changes',
      'story_revisions.stored_at',
    ])
    .where('story_revisions.slug', '=', slug)
    .executeTakeFirst();
}
