// Which article a command is about: its `article` option (a slug or part of one), else the newest;
// when none fits, a reply that says why and offers the closest few.
import type { AnalyzedArticle } from '../article.ts';
import type { CoreContext } from '../context.ts';
import type { Reply } from '../reply.ts';
import type { CommandRequest } from '../request.ts';
import { excerptOf } from '../text/excerpt.ts';
import { closestNames, suggestionLine } from '../text/suggest.ts';
import { errorReply } from './error-reply.ts';

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
  if (all.length === 0) return { reply: noArticleYet(ctx) };
  if (!wanted) return { article: all[0] as AnalyzedArticle };
  const exact = ctx.library.bySlug(wanted.toLowerCase());
  if (exact) return { article: exact };
  const partial = all.filter((a) => a.article.slug.includes(wanted.toLowerCase()));
  if (partial.length === 1) return { article: partial[0] as AnalyzedArticle };
  return { reply: noSuchArticle(wanted, all) };
}

function noArticleYet(ctx: CoreContext): Reply {
  const problems = ctx.library.problems();
  return errorReply('No article yet', [
    'There is no article to serve yet. An editor adds one by dropping a .txt or .md file into content/.',
    ...(problems.length > 0
      ? [`${problems.length} file(s) in content/ could not be read: ${problems[0]?.message}`]
      : []),
  ]);
}

function noSuchArticle(wanted: string, all: AnalyzedArticle[]): Reply {
  const slugs = all.map((a) => a.article.slug);
  const ranked = closestNames(wanted, slugs);
  const closest = new Set(ranked);
  return errorReply(
    'No such article',
    [
      `No article matches '${excerptOf(wanted)}'. ${suggestionLine('Articles', wanted, slugs, 'autocomplete on the article option', ', ', ranked)}`,
    ],
    all
      .filter((a) => closest.has(a.article.slug))
      .map((a) => ({ label: a.article.title, command: 'summary', options: { article: a.article.slug } })),
  );
}
