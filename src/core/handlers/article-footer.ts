// The footer under an article's answers: its source, publication date and dateline.
import type { AnalyzedArticle } from '../article.ts';

/** Footer: source, publication date and dateline, whichever are known. */
export function footerOf(a: AnalyzedArticle): string {
  const { source, published, dateline } = a.article;
  return [source, published ? formatDate(published) : null, dateline].filter(Boolean).join(' · ');
}

/** Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one. */
const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Saturday, 1 November 2025" from "2025-11-01". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T12:00:00Z`));
}
