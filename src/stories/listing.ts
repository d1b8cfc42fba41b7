// A story's list entry (headline, source, date, first key point) built from an analysed article,
// for serving content/ alone when there is no archive, and the newest-first order of listings.
import type { AnalyzedArticle } from '../core/article.ts';
import type { StoryListing } from './story.ts';

/** The listing of an analysed article that has one revision. */
export function listingOf(a: AnalyzedArticle): StoryListing {
  const { slug, title, url, tags, published, source } = a.article;
  return {
    slug,
    title,
    url,
    sources: [source ?? 'content/'],
    feedIds: [],
    tags,
    published: published ?? '',
    updatedAt: published ?? '',
    revision: 1,
    keyPoint: a.keyPoints[0] ?? null,
    sectionCount: a.sections.length,
    quoteCount: a.quotes.length,
  };
}

/** Newest published first, then the most recently stored, then by slug. */
export function newestListingFirst(x: StoryListing, y: StoryListing): number {
  if (x.published !== y.published) return y.published.localeCompare(x.published);
  if (x.updatedAt !== y.updatedAt) return y.updatedAt.localeCompare(x.updatedAt);
  return x.slug.localeCompare(y.slug);
}
