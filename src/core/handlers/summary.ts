// /summit summary: the headline, the dek, the key points and the list of sections, with a
// button for each section and the quotes.
import type { AnalyzedArticle } from '../article.ts';
import type { Reply, ReplyBlock } from '../reply.ts';
import { footerOf } from './article-footer.ts';
import { articleHandler } from './article-handler.ts';
import { drillDownActions } from './drill-down.ts';

/** Answers /summit summary. */
export const summaryHandler = articleHandler('summary', null, (a) => summaryOf(a));

/** Blocks a caller adds to the summary: before the dek, and after the key points. */
export interface SummaryExtras {
  /** Shown first (e.g. the briefing's "new" marker). */
  before?: ReplyBlock[];
  /** Shown between the key points and the sections (e.g. the briefing's notable quote). */
  afterKeyPoints?: ReplyBlock[];
}

/** The summary reply: headline, dek, key points, sections, footer and a button per section. */
export function summaryOf(a: AnalyzedArticle, extras: SummaryExtras = {}): Reply {
  const blocks: ReplyBlock[] = [...(extras.before ?? [])];
  if (a.article.dek) blocks.push({ kind: 'text', text: a.article.dek });
  if (a.keyPoints.length > 0)
    blocks.push({ kind: 'heading', text: 'Key points' }, { kind: 'bullets', items: a.keyPoints });
  for (const block of extras.afterKeyPoints ?? []) blocks.push(block);
  blocks.push(
    { kind: 'heading', text: 'Sections' },
    { kind: 'bullets', items: a.sections.map((d) => d.section.heading) },
  );
  return {
    tone: 'info',
    title: a.article.title,
    url: a.article.url ?? undefined,
    blocks,
    footer: footerOf(a) || undefined,
    actions: drillDownActions(a),
  };
}
