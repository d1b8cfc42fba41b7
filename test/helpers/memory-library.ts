// An in-memory library for tests of handlers, doors and the briefing: the content folder's
// synchronous view and the core's StoryLibrary over it, for articles built in the test.
import type { AnalyzedArticle } from '../../src/core/article.ts';
import type { ContentProblem, Library, StoryLibrary } from '../../src/core/library.ts';
import { contentOnlyStories } from '../../src/stories/content-only.ts';

/** A library serving exactly these articles (first = newest unless dates say otherwise). */
export function memoryLibrary(
  articles: AnalyzedArticle[],
  problems: ContentProblem[] = [],
): Library & StoryLibrary {
  const sorted = [...articles].sort((a, b) =>
    (b.article.published ?? '').localeCompare(a.article.published ?? ''),
  );
  const folder: Library = {
    list: () => sorted,
    newest: () => sorted[0] ?? null,
    bySlug: (slug) => sorted.find((a) => a.article.slug === slug) ?? null,
    problems: () => problems,
  };
  return { ...folder, ...contentOnlyStories(folder) };
}
