// Pieces every content handler shares: picking the article a command is about, the footer,
// drill-down actions, and the shape of an error reply.
import type { AnalyzedArticle } from '../article.ts';
import type { CoreContext } from '../context.ts';
import type { Reply, ReplyAction } from '../reply.ts';
import type { CommandRequest } from '../request.ts';

/** An error or refusal: a title and one text block per line. */
export function errorReply(title: string, lines: string[], actions?: ReplyAction[]): Reply {
  return { tone: 'error', title, blocks: lines.map((text) => ({ kind: 'text', text })), actions };
}

/** The article a request is about (its `article` option, else the newest), or a reply saying why not. */
export function resolveArticle(
  options: CommandRequest['options'],
  ctx: CoreContext,
): { article: AnalyzedArticle; reply?: undefined } | { article?: undefined; reply: Reply } {
  const wanted = typeof options.article === 'string' ? options.article.trim() : '';
  if (!wanted) {
    const newest = ctx.library.newest();
    if (newest) return { article: newest };
  }
  const all = ctx.library.list();
  if (all.length === 0) {
    const problems = ctx.library.problems();
    return {
      reply: errorReply('No article yet', [
        'There is no article to serve yet. An editor adds one by dropping a .txt or .md file into content/.',
        ...(problems.length > 0
          ? [`${problems.length} file(s) in content/ could not be read: ${problems[0]?.message}`]
          : []),
      ]),
    };
  }
  if (!wanted) return { article: all[0] as AnalyzedArticle };
  const exact = ctx.library.bySlug(wanted.toLowerCase());
  if (exact) return { article: exact };
  const partial = all.filter((a) => a.article.slug.includes(wanted.toLowerCase()));
  if (partial.length === 1) return { article: partial[0] as AnalyzedArticle };
  return {
    reply: errorReply(
      'No such article',
      [`No article matches '${wanted}'. Articles: ${all.map((a) => a.article.slug).join(', ')}.`],
      all
        .slice(0, 5)
        .map((a) => ({ label: a.article.title, command: 'summary', options: { article: a.article.slug } })),
    ),
  };
}

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

/** Options that keep a follow-up on the same article. */
function articleOption(a: AnalyzedArticle): { article: string } {
  return { article: a.article.slug };
}

/** One action per section, then the quotes when the article has any. */
export function drillDownActions(a: AnalyzedArticle, exceptSectionId?: string): ReplyAction[] {
  const actions: ReplyAction[] = a.sections
    .filter((d) => d.section.id !== exceptSectionId)
    .map((d) => ({
      label: d.section.heading,
      command: 'section',
      options: { name: d.section.id, ...articleOption(a) },
    }));
  if (a.quotes.length > 0) actions.push({ label: 'Quotes', command: 'quotes', options: articleOption(a) });
  return actions;
}

/** Action that returns to the article's summary. */
export function summaryAction(a: AnalyzedArticle): ReplyAction {
  return { label: 'Summary', command: 'summary', options: articleOption(a) };
}
