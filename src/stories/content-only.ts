// The stories the core serves when the database is off: the articles of content/ alone, read from
// the folder's synchronous view. No revisions are kept, so `changes` says why instead.
import type { AnalyzedArticle } from '../core/article.ts';
import type { Library, StoryLibrary } from '../core/library.ts';
import { headlineKey, matchesHeadline, typedHeadline } from '../core/lookup/headline.ts';
import { findArticles } from '../core/lookup.ts';
import { listingOf } from './listing.ts';

/** Why revisions are not kept, when nobody said more. */
const noDatabase = 'Revisions are kept in the database, and this bot is running without one.';

/** A StoryLibrary over content/ alone; `why` says why there is no archive (and so no revisions). */
export function contentOnlyStories(library: Library, why = noDatabase): StoryLibrary {
  const listings = (articles: AnalyzedArticle[], limit: number) => articles.slice(0, limit).map(listingOf);
  return {
    latest: async (count) => listings(library.list(), count),
    search: async (words, limit) => listings(findArticles(library.list(), words), limit),
    async headlines(typed, limit) {
      const wanted = typedHeadline(typed);
      const found = library
        .list()
        .filter((a) => matchesHeadline(wanted, headlineKey(a.article.title, a.article.slug)));
      return listings(found, limit);
    },
    article: async (slug) => library.bySlug(slug),
    changes: async () => null,
    problems: () => library.problems(),
    revisionsOff: () => why,
  };
}
