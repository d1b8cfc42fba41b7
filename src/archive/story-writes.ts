// Writing the archive's rows in one transaction per change: a new story with its first revision,
// a new revision of a known story, and a source joining a story it also carries.
import type { Kysely, Transaction } from 'kysely';
import type { AnalyzedArticle } from '../core/article.ts';
import type { Database } from '../storage/schema.ts';
import type { IncomingStory } from '../stories/story.ts';
import { analysisToJson } from './analysis-json.ts';
import type { SentenceDiff } from './diff.ts';
import { termsOf, writeTerms } from './search-terms.ts';

/** One text read from one source, analysed, about to be stored. */
export interface Arrival {
  story: IncomingStory;
  /** `${kind}:${key}`. */
  sourceKey: string;
  textHash: string;
  analyzed: AnalyzedArticle;
  /** Published (ISO) as the source or the article says, else null. */
  published: string | null;
  sketch: number[];
  /** When it is stored (ISO). */
  at: string;
}

/** The story columns that follow the latest revision. */
function storyColumns(a: Arrival) {
  const { article } = a.analyzed;
  return {
    url: a.story.url ?? article.url,
    title: article.title,
    dek: article.dek,
    updated_at: a.at,
    text_hash: a.textHash,
    tags: JSON.stringify(article.tags),
    key_point: a.analyzed.keyPoints[0] ?? null,
    section_count: article.sections.length,
    quote_count: a.analyzed.quotes.length,
    sketch: JSON.stringify(a.sketch),
  };
}

/** Stores a new story (revision 1) under `a.analyzed.article.slug`. */
export async function insertStory(db: Kysely<Database>, a: Arrival): Promise<void> {
  const slug = a.analyzed.article.slug;
  const terms = termsOf(a.analyzed);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('stories')
      .values({
        slug,
        ...storyColumns(a),
        published: a.published ?? a.at,
        first_seen: a.at,
        revision: 1,
        doc_length: terms.length,
      })
      .execute();
    await insertRevision(trx, a, 1, null);
    await upsertSource(trx, slug, a);
    await writeTerms(trx, slug, terms);
  });
}

/** Stores revision `number` of the story `a.analyzed.article.slug`, with what changed. */
export async function reviseStory(
  db: Kysely<Database>,
  a: Arrival,
  number: number,
  changes: SentenceDiff,
  keepUrl: string | null,
): Promise<void> {
  const slug = a.analyzed.article.slug;
  const terms = termsOf(a.analyzed);
  const columns = storyColumns(a);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('stories')
      .set({
        ...columns,
        url: columns.url ?? keepUrl,
        ...(a.published ? { published: a.published } : {}),
        revision: number,
        doc_length: terms.length,
      })
      .where('slug', '=', slug)
      .execute();
    await insertRevision(trx, a, number, changes);
    await upsertSource(trx, slug, a);
    await writeTerms(trx, slug, terms);
  });
}

/** Records that `a`'s source carries the story `slug` (no new revision). */
export async function joinStory(db: Kysely<Database>, slug: string, a: Arrival): Promise<void> {
  await upsertSource(db, slug, a);
}

async function insertRevision(
  trx: Transaction<Database>,
  a: Arrival,
  number: number,
  changes: SentenceDiff | null,
): Promise<void> {
  await trx
    .insertInto('story_revisions')
    .values({
      slug: a.analyzed.article.slug,
      number,
      source_key: a.sourceKey,
      text: a.story.text,
      text_hash: a.textHash,
      analysis: analysisToJson(a.analyzed),
      changes: changes ? JSON.stringify(changes) : null,
      stored_at: a.at,
    })
    .execute();
}

async function upsertSource(db: Kysely<Database>, slug: string, a: Arrival): Promise<void> {
  const { source } = a.story;
  const values = {
    slug,
    kind: source.kind,
    name: source.name,
    feed_id: source.feedId ?? null,
    url: a.story.url,
    text_hash: a.textHash,
    last_seen: a.at,
  };
  await db
    .insertInto('story_sources')
    .values({ source_key: a.sourceKey, ...values, first_seen: a.at })
    .onConflict((oc) => oc.column('source_key').doUpdateSet(values))
    .execute();
}

/**
 * Forgets that a source carried its story; a story no source carries any more is removed with its
 * revisions and search terms. Returns the removed story's slug, else null.
 */
export async function dropSource(db: Kysely<Database>, sourceKey: string): Promise<string | null> {
  return db.transaction().execute(async (trx) => {
    const source = await trx
      .selectFrom('story_sources')
      .select('slug')
      .where('source_key', '=', sourceKey)
      .executeTakeFirst();
    if (!source) return null;
    await trx.deleteFrom('story_sources').where('source_key', '=', sourceKey).execute();
    const others = await trx
      .selectFrom('story_sources')
      .select('source_key')
      .where('slug', '=', source.slug)
      .limit(1)
      .executeTakeFirst();
    if (others) return null;
    await trx.deleteFrom('story_terms').where('slug', '=', source.slug).execute();
    await trx.deleteFrom('story_revisions').where('slug', '=', source.slug).execute();
    await trx.deleteFrom('stories').where('slug', '=', source.slug).execute();
    return source.slug;
  });
}
