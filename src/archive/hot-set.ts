// The bounded set of analysed articles kept in memory: least recently used goes first, so start-up
// and memory stay the same however large the archive grows.
import type { AnalyzedArticle } from '../core/article.ts';

/** An LRU map of analysed articles by slug. */
export interface HotSet {
  get(slug: string): AnalyzedArticle | undefined;
  set(slug: string, article: AnalyzedArticle): void;
  delete(slug: string): void;
  /** Number of articles held. */
  size(): number;
}

/** A hot set holding at most `capacity` articles (at least 1). */
export function createHotSet(capacity: number): HotSet {
  const max = Math.max(1, Math.floor(capacity));
  const entries = new Map<string, AnalyzedArticle>();
  return {
    get(slug) {
      const found = entries.get(slug);
      if (found) {
        entries.delete(slug);
        entries.set(slug, found);
      }
      return found;
    },
    set(slug, article) {
      entries.delete(slug);
      entries.set(slug, article);
      while (entries.size > max) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    delete(slug) {
      entries.delete(slug);
    },
    size: () => entries.size,
  };
}
