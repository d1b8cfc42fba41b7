// BM25 search over the archive, one code path on SQLite and PostgreSQL: a postings table (stemmed
// term, slug, field-weighted frequency) written with each revision, and one grouped query over the
// postings of the query's terms that sums each story's score in the database.
import { type Kysely, sql } from 'kysely';
import type { AnalyzedArticle } from '../core/article.ts';
import { contentTerms } from '../core/text/tokens.ts';
import type { Database } from '../storage/schema.ts';

/** How much a word counts by where it stands. */
const fieldWeights = { headline: 3, dek: 2, keyPoints: 2, text: 1 } as const;
const k1 = 1.2;
const b = 0.75;
/**
 * Postings written per insert statement: the largest power of two that fits, down to 1, so a story
 * of any length is written with a handful of distinct statements (SQLite keeps them prepared).
 */
const batches = [256, 128, 64, 32, 16, 8, 4, 2, 1];

/** A story's terms with their field-weighted frequencies, and its weighted length. */
export function termsOf(analyzed: AnalyzedArticle): { weights: Map<string, number>; length: number } {
  const weights = new Map<string, number>();
  let length = 0;
  const add = (text: string | null, weight: number) => {
    if (!text) return;
    for (const term of contentTerms(text)) {
      weights.set(term, (weights.get(term) ?? 0) + weight);
      length += weight;
    }
  };
  const { article } = analyzed;
  add(article.title, fieldWeights.headline);
  add(article.dek, fieldWeights.dek);
  for (const point of analyzed.keyPoints) add(point, fieldWeights.keyPoints);
  for (const section of article.sections) for (const s of section.sentences) add(s.text, fieldWeights.text);
  return { weights, length };
}

/** Replaces a story's postings (inside the ingest transaction). */
export async function writeTerms(
  db: Kysely<Database>,
  slug: string,
  terms: { weights: Map<string, number>; length: number },
): Promise<void> {
  await db.deleteFrom('story_terms').where('slug', '=', slug).execute();
  const rows = [...terms.weights].map(([term, weight]) => ({ term, slug, weight, doc_length: terms.length }));
  let at = 0;
  while (at < rows.length) {
    const size = batches.find((n) => n <= rows.length - at) ?? 1;
    await db
      .insertInto('story_terms')
      .values(rows.slice(at, at + size))
      .execute();
    at += size;
  }
}

/** How long the archive's size and average story length are reused by searches, in ms. */
const statsMs = 60_000;

/** BM25 search over `db`, with the collection statistics kept for a minute between searches. */
export function createSearch(db: Kysely<Database>, now: () => number = Date.now) {
  let stats: { n: number; averageLength: number; at: number } | null = null;
  const collection = async () => {
    if (stats && now() - stats.at < statsMs) return stats;
    const row = await db
      .selectFrom('stories')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string>('doc_length').as('total'),
      ])
      .executeTakeFirst();
    const n = Number(row?.n ?? 0);
    stats = { n, averageLength: Number(row?.total ?? 0) / n || 1, at: now() };
    return stats;
  };
  return {
    /** Slugs of the best BM25 matches for `words`, best first (ties by slug). */
    search: async (words: string, limit: number) => searchSlugs(db, await collection(), words, limit),
    /** Forgets the statistics (after the archive changed a lot, or in tests). */
    forget: () => {
      stats = null;
    },
  };
}

/**
 * The best BM25 matches, summed by the database from the postings of the query's terms alone (the
 * covering index answers it), so only `limit` rows come back however many stories hold the words.
 * Each term's document frequency is counted first and its idf handed to the grouped query.
 */
async function searchSlugs(
  db: Kysely<Database>,
  stats: { n: number; averageLength: number },
  words: string,
  limit: number,
): Promise<string[]> {
  const terms = [...new Set(contentTerms(words))].slice(0, 32);
  if (terms.length === 0 || limit <= 0 || stats.n === 0) return [];
  const counts = await db
    .selectFrom('story_terms')
    .select((eb) => ['term', eb.fn.countAll<number | string>().as('df')])
    .where('term', 'in', terms)
    .groupBy('term')
    .execute();
  if (counts.length === 0) return [];
  const n = Math.max(stats.n, ...counts.map((c) => Number(c.df)));
  const idf = sql.join(
    counts.map(({ term, df }) => {
      const d = Number(df);
      return sql`when ${term} then ${real(Math.log(1 + (n - d + 0.5) / (d + 0.5)))}`;
    }),
    sql` `,
  );
  const score = sql<number>`sum((case term ${idf} else ${real(0)} end) * weight * ${real(k1 + 1)} / (weight + ${real(k1)} * (${real(1 - b)} + ${real(b / stats.averageLength)} * doc_length)))`;
  const rows = await db
    .selectFrom('story_terms')
    .select(['slug', score.as('score')])
    .where(
      'term',
      'in',
      counts.map((c) => c.term),
    )
    .groupBy('slug')
    .orderBy('score', 'desc')
    .orderBy('slug', 'asc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.slug);
}

/** A number as a parameter both engines read as floating point (SQLite: REAL affinity, from "DOUB"). */
function real(value: number) {
  return sql`cast(${value} as double precision)`;
}
