// The contracts between where articles are kept and everything that serves them: `StoryLibrary`
// is what the core reads (every stored story, asynchronously: the archive, or content/ alone when
// the database is off); `Library` is the content/ folder's synchronous view (src/content/).
import type { RevisionChanges, StoryListing } from '../stories/story.ts';
import type { AnalyzedArticle } from './article.ts';

/** A content file that could not be served, and why. */
export interface ContentProblem {
  /** Path of the file. */
  file: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** Articles currently served from content/, always up to date with the folder. */
export interface Library {
  /** All valid articles, newest first (by published date, then slug). */
  list(): AnalyzedArticle[];
  /** The newest article, or null when content/ holds none that is valid. */
  newest(): AnalyzedArticle | null;
  /** The article with this slug, or null. */
  bySlug(slug: string): AnalyzedArticle | null;
  /** Files that were skipped and why. */
  problems(): ContentProblem[];
}

/** Every story the core may answer about, loaded on demand (hot ones at once). */
export interface StoryLibrary {
  /** The newest stories, newest first. */
  latest(count: number): Promise<StoryListing[]>;
  /** Best matches for `words` across every story, best first. */
  search(words: string, limit: number): Promise<StoryListing[]>;
  /** Stories whose headline words (or slug) start with what was typed, newest first; all newest when nothing is typed. */
  headlines(typed: string, limit: number): Promise<StoryListing[]>;
  /** The analysed latest revision of a story, or null. */
  article(slug: string): Promise<AnalyzedArticle | null>;
  /** What changed in a story's latest revision, or null when it has one revision. */
  changes(slug: string): Promise<RevisionChanges | null>;
  /** Files in content/ that were skipped and why. */
  problems(): ContentProblem[];
  /** Why revisions are not kept (no database), or null when they are. */
  revisionsOff(): string | null;
}

/** The newest story, analysed, or null when there is none. */
export async function newestArticle(library: StoryLibrary): Promise<AnalyzedArticle | null> {
  const [top] = await library.latest(1);
  return top ? library.article(top.slug) : null;
}
