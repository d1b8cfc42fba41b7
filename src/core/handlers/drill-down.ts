// The buttons under an article's answers: one per section, the quotes, back to the summary. Each
// keeps the follow-up on the same article.
import type { AnalyzedArticle } from '../article.ts';
import type { ReplyAction } from '../reply.ts';

/** Options that keep a follow-up on the same article. */
function articleOption(a: AnalyzedArticle): { article: string } {
  return { article: a.article.slug };
}

/** Action that opens one section of the article. */
export function sectionAction(a: AnalyzedArticle, sectionId: string, label: string): ReplyAction {
  return { label, command: 'section', options: { name: sectionId, ...articleOption(a) } };
}

/** One action per section, then the quotes when the article has any. */
export function drillDownActions(a: AnalyzedArticle, exceptSectionId?: string): ReplyAction[] {
  const actions: ReplyAction[] = a.sections
    .filter((d) => d.section.id !== exceptSectionId)
    .map((d) => sectionAction(a, d.section.id, d.section.heading));
  if (a.quotes.length > 0) actions.push({ label: 'Quotes', command: 'quotes', options: articleOption(a) });
  return actions;
}

/** Action that returns to the article's summary. */
export function summaryAction(a: AnalyzedArticle): ReplyAction {
  return { label: 'Summary', command: 'summary', options: articleOption(a) };
}
