// An in-memory Library for tests of handlers and doors: the same interface as the content
// library, over articles built in the test.
import type { AnalyzedArticle } from '../../src/core/article.ts';
import type { ContentProblem, Library } from '../../src/core/library.ts';

/** A Library serving exactly these articles (first = newest unless dates say otherwise). */
export function memoryLibrary(articles: AnalyzedArticle[], problems: ContentProblem[] = []): Library {
  const sorted = [...articles].sort((a, b) =>
    (b.article.published ?? '').localeCompare(a.article.published ?? ''),
  );
  return {
    list: () => sorted,
    newest: () => sorted[0] ?? null,
    bySlug: (slug) => sorted.find((a) => a.article.slug === slug) ?? null,
    problems: () => problems,
  };
}
