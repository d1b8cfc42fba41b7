// What the archive does with an incoming story: the same text from a known source is 'unchanged'
// (nothing analysed); new text is analysed off the main thread, then, one story at a time, becomes
// a revision of the story its key or URL names, joins a near-duplicate from the last 48 h, or is new.
import type { Kysely } from 'kysely';
import type { AnalysisResult } from '../analysis/messages.ts';
import { ContentError } from '../content/content-error.ts';
import { contentVersion } from '../content/load-file.ts';
import { slugFromFileName } from '../content/parse.ts';
import type { AnalyzedArticle } from '../core/article.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../storage/schema.ts';
import { walCheckpointed } from '../storage/wal-checkpointer.ts';
import type { IncomingStory, IngestOutcome } from '../stories/story.ts';
import { diffRevisions } from './diff.ts';
import type { HotSet } from './hot-set.ts';
import { termsOf } from './search-terms.ts';
import { nextTurn } from './serial.ts';
import { isNearDuplicate, sketchOf } from './shingles.ts';
import { slugFromHeadline, uniqueSlug } from './slug.ts';
import { type Arrival, insertStory, joinStory, reviseStory } from './story-writes.ts';

/** Parses and analyzes one text; rejects (ContentError) when it is not a valid article. */
export type Analyzer = (text: string, fileName: string, version: string) => Promise<AnalysisResult>;

/** What ingest works with. */
export interface IngestDeps {
  db: Kysely<Database>;
  logger: Logger;
  analyze: Analyzer;
  hot: HotSet;
  /** Loads the stored analysis of a story's latest revision. */
  article(slug: string): Promise<AnalyzedArticle | null>;
  /** Runs one identity-and-write step at a time. */
  serial: <T>(step: () => Promise<T>) => Promise<T>;
  /** Lets only so many stories be looked up, analysed and stored at once. */
  admit: <T>(step: () => Promise<T>) => Promise<T>;
  now: () => Date;
  duplicateWindowMs: number;
  maxTextBytes: number;
  /** Parsed sketches of recent stories, by slug (filled and pruned by the duplicate check). */
  sketches: Map<string, { updatedAt: string; sketch: number[] }>;
}

/** The archive's ingest, over `deps`. */
export function createIngest(deps: IngestDeps): (story: IncomingStory) => Promise<IngestOutcome> {
  const { db, logger } = deps;
  const rejected = (story: IncomingStory, reason: string): IngestOutcome => {
    // A content/ file's problem is reported by the content library (with the version it keeps serving).
    const log = story.source.kind === 'file' ? logger.debug.bind(logger) : logger.warn.bind(logger);
    log({ source: story.source.name, key: story.key, reason }, 'story rejected');
    return { status: 'rejected', slug: null, revision: 0, reason };
  };

  return (story) => deps.admit(() => ingestOne(story));

  async function ingestOne(story: IncomingStory): Promise<IngestOutcome> {
    const problem = checkShape(story, deps.maxTextBytes);
    if (problem) return rejected(story, problem);
    const sourceKey = `${story.source.kind}:${story.key}`;
    const textHash = contentVersion(story.text);
    const known = await findSource(db, sourceKey);
    if (known?.text_hash === textHash) return unchanged(db, known.slug);
    const fileName = story.source.kind === 'file' ? story.key : `${story.source.kind}.md`;
    let result: AnalysisResult;
    try {
      result = await deps.analyze(story.text, fileName, textHash);
    } catch (err) {
      return rejected(story, err instanceof ContentError ? err.reason : errorMessage(err));
    }
    // A content/ file's warnings are reported by the content library, which gets them back.
    if (story.source.kind !== 'file')
      for (const warning of result.warnings)
        deps.logger.warn(
          { source: story.source.name, key: story.key, problem: warning },
          'story partly served',
        );
    const arrival: Arrival = {
      story,
      sourceKey,
      textHash,
      analyzed: result.analyzed,
      published: publishedOf(story.published, result.analyzed.article.published),
      sketch: sketchOf(bodyOf(result.analyzed)),
      terms: termsOf(result.analyzed),
      at: deps.now().toISOString(),
    };
    const outcome = await deps.serial(() => settle(deps, arrival, fileName));
    return result.warnings.length > 0 ? { ...outcome, warnings: result.warnings } : outcome;
  }
}

async function settle(deps: IngestDeps, a: Arrival, fileName: string): Promise<IngestOutcome> {
  const { db } = deps;
  const known = await findSource(db, a.sourceKey);
  if (known) {
    if (known.text_hash === a.textHash) return unchanged(db, known.slug);
    return revise(deps, known.slug, a);
  }
  if (a.story.source.kind !== 'file') {
    const url = a.story.url ?? a.analyzed.article.url;
    const byUrl = url
      ? await db.selectFrom('stories').select('slug').where('url', '=', url).executeTakeFirst()
      : undefined;
    if (byUrl) return revise(deps, byUrl.slug, a);
    const twin = await nearDuplicate(deps, a);
    if (twin) {
      await joinStory(db, twin.slug, a);
      deps.logger.info({ slug: twin.slug, source: a.story.source.name }, 'story joined as a duplicate');
      return { status: 'duplicate', slug: twin.slug, revision: Number(twin.revision) };
    }
  }
  const slug = await uniqueSlug(preferredSlug(a, fileName), (s) => slugTaken(db, s));
  const analyzed = withSlug(a.analyzed, slug);
  await roomToWrite(db);
  await insertStory(db, { ...a, analyzed });
  // Started now, the checkpoint runs while the next story is looked up; its write waits for it.
  void walCheckpointed(db);
  deps.hot.set(slug, analyzed);
  deps.logger.info({ slug, source: a.story.source.name }, 'story stored');
  return { status: 'new', slug, revision: 1 };
}

/** A new revision of `slug` from `a` (or 'unchanged' when the story already has this text). */
async function revise(deps: IngestDeps, slug: string, a: Arrival): Promise<IngestOutcome> {
  const story = await deps.db
    .selectFrom('stories')
    .select(['revision', 'text_hash', 'url'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  const analyzed = withSlug(a.analyzed, slug);
  if (story.text_hash === a.textHash) {
    await joinStory(deps.db, slug, a);
    return { status: 'unchanged', slug, revision: Number(story.revision) };
  }
  const previous = await deps.article(slug);
  const changes = previous ? diffRevisions(previous, analyzed) : { added: [], removed: [], changed: [] };
  const number = Number(story.revision) + 1;
  await roomToWrite(deps.db);
  await reviseStory(deps.db, { ...a, analyzed }, number, changes, story.url);
  void walCheckpointed(deps.db);
  deps.hot.set(slug, analyzed);
  deps.logger.info({ slug, revision: number, source: a.story.source.name }, 'story revised');
  return { status: 'revised', slug, revision: number };
}

/**
 * The first story stored or revised within the window whose sketch matches `a`'s. Sketches are
 * kept parsed between calls (keyed by slug and update time), so a burst compares, not re-reads.
 */
async function nearDuplicate(deps: IngestDeps, a: Arrival) {
  if (a.sketch.length === 0) return undefined;
  const since = new Date(Date.parse(a.at) - deps.duplicateWindowMs).toISOString();
  const recent = await deps.db
    .selectFrom('stories')
    .select(['slug', 'updated_at', 'revision'])
    .where('updated_at', '>=', since)
    .orderBy('updated_at', 'desc')
    .execute();
  const cache = deps.sketches;
  const missing = recent.filter((r) => cache.get(r.slug)?.updatedAt !== r.updated_at).map((r) => r.slug);
  for (let i = 0; i < missing.length; i += 500) {
    const rows = await deps.db
      .selectFrom('stories')
      .select(['slug', 'updated_at', 'sketch'])
      .where('slug', 'in', missing.slice(i, i + 500))
      .execute();
    for (const row of rows)
      cache.set(row.slug, { updatedAt: row.updated_at, sketch: parseSketch(row.sketch) });
  }
  const live = new Set(recent.map((r) => r.slug));
  for (const slug of cache.keys()) if (!live.has(slug)) cache.delete(slug);
  return recent.find((r) => isNearDuplicate(a.sketch, cache.get(r.slug)?.sketch ?? []));
}

/**
 * Between deciding identity and writing: commands run meanwhile (this step still holds the serial
 * queue, so nothing else writes), and on SQLite the log of earlier writes is checkpointed first, so
 * a burst of stories does not grow it without end.
 */
async function roomToWrite(db: Kysely<Database>): Promise<void> {
  await nextTurn();
  await walCheckpointed(db);
}

function findSource(db: Kysely<Database>, sourceKey: string) {
  return db
    .selectFrom('story_sources')
    .select(['slug', 'text_hash'])
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
}

async function unchanged(db: Kysely<Database>, slug: string): Promise<IngestOutcome> {
  const row = await db.selectFrom('stories').select('revision').where('slug', '=', slug).executeTakeFirst();
  return { status: 'unchanged', slug, revision: Number(row?.revision ?? 1) };
}

async function slugTaken(db: Kysely<Database>, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('stories').select('slug').where('slug', '=', slug).executeTakeFirst()) !== undefined
  );
}

/**
 * A file keeps the slug the content parser gives it (front matter `slug:`, else the file name), as
 * content/ always has; other sources keep a front matter `slug:`, else get one from the headline.
 */
function preferredSlug(a: Arrival, fileName: string): string {
  const parsed = a.analyzed.article.slug;
  if (a.story.source.kind === 'file' || parsed !== slugFromFileName(fileName)) return parsed;
  return slugFromHeadline(a.analyzed.article.title) || `story-${a.textHash.slice(0, 8)}`;
}

function withSlug(analyzed: AnalyzedArticle, slug: string): AnalyzedArticle {
  return analyzed.article.slug === slug ? analyzed : { ...analyzed, article: { ...analyzed.article, slug } };
}

/** The story's sentences as one text (what near-duplicate sketches are made of). */
function bodyOf(analyzed: AnalyzedArticle): string {
  return analyzed.article.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
}

/** Published as ISO: the source's date, else the article's YYYY-MM-DD, else null. */
function publishedOf(fromSource: string | null, fromArticle: string | null): string | null {
  for (const value of [fromSource, fromArticle]) {
    if (!value) continue;
    const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
    if (Number.isFinite(time)) return new Date(time).toISOString();
  }
  return null;
}

function parseSketch(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((h): h is number => typeof h === 'number') : [];
  } catch {
    return [];
  }
}

/** Why a story cannot even be looked at, or null. */
function checkShape(story: IncomingStory, maxTextBytes: number): string | null {
  if (!story.key || story.key.length > 2000)
    return 'the story has no usable key (empty or over 2000 characters)';
  const bytes = Buffer.byteLength(story.text, 'utf8');
  if (bytes > maxTextBytes) return `the text is ${bytes} bytes, over the limit of ${maxTextBytes} bytes`;
  if (!story.text.trim()) return 'the text is empty';
  return null;
}
