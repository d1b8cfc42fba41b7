// The contract between the content library (articles loaded from content/) and everything that
// serves them. The implementation lives in src/content/.
import type { AnalyzedArticle } from './article.ts';

/** A content file that could not be served, and why. */
export interface ContentProblem {
  /** Path of the file. */
  file: string;
  /** What is wrong and what to do about it. */
  message: string;
}

/** Articles currently served, always up to date with content/. */
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
