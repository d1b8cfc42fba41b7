// BM25 search over the archive, one code path on SQLite and PostgreSQL: a postings table (stemmed
// term, slug, field-weighted frequency) written with each revision, and the scoring done here over
// the postings of the query's terms only.
import type { Kysely } from 'kysely';
import type { AnalyzedArticle } from '../core/article.ts';
import { contentTerms } from '../core/text/tokens.ts';
import type { Database } from '../storage/schema.ts';

/** How much a word counts by where it stands. */
const fieldWeights = { headline: 3, dek: 2, keyPoints: 2, text: 1 } as const;
const k1 = 1.2;
const b = 0.75;
/** Postings written per insert statement. */
const batch = 300;

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
  weights: Map<string, number>,
): Promise<void> {
  await db.deleteFrom('story_terms').where('slug', '=', slug).execute();
  const rows = [...weights].map(([term, weight]) => ({ term, slug, weight }));
  for (let i = 0; i < rows.length; i += batch) {
    await db
      .insertInto('story_terms')
      .values(rows.slice(i, i + batch))
      .execute();
  }
}

/** Slugs of the best BM25 matches for `words`, best first (ties: newest first). */
export async function searchSlugs(db: Kysely<Database>, words: string, limit: number): Promise<string[]> {
  const terms = [...new Set(contentTerms(words))].slice(0, 32);
  if (terms.length === 0 || limit <= 0) return [];
  const stats = await db
    .selectFrom('stories')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.sum<number | string>('doc_length').as('total'),
    ])
    .executeTakeFirst();
  const n = Number(stats?.n ?? 0);
  if (n === 0) return [];
  const averageLength = Number(stats?.total ?? 0) / n || 1;
  const postings = await db
    .selectFrom('story_terms')
    .innerJoin('stories', 'stories.slug', 'story_terms.slug')
    .select([
      'story_terms.term',
      'story_terms.slug',
      'story_terms.weight',
      'stories.doc_length',
      'stories.published',
    ])
    .where('story_terms.term', 'in', terms)
    .execute();
  const df = new Map<string, number>();
  for (const p of postings) df.set(p.term, (df.get(p.term) ?? 0) + 1);
  const scores = new Map<string, { score: number; published: string }>();
  for (const p of postings) {
    const f = Number(p.weight);
    const d = df.get(p.term) ?? 1;
    const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
    const norm = f + k1 * (1 - b + (b * Number(p.doc_length)) / averageLength);
    const add = (idf * f * (k1 + 1)) / norm;
    const entry = scores.get(p.slug);
    if (entry) entry.score += add;
    else scores.set(p.slug, { score: add, published: p.published });
  }
  return [...scores]
    .sort(
      ([sa, a], [sb, bb]) =>
        bb.score - a.score || bb.published.localeCompare(a.published) || sa.localeCompare(sb),
    )
    .slice(0, limit)
    .map(([slug]) => slug);
}
