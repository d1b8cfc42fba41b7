// Which article a command is about: its `article` option (a slug, or part of one, or words of the
// headline), else the newest story; when none fits, a reply that says why and offers the closest.
import type { AnalyzedArticle } from '../article.ts';
import type { CoreContext } from '../context.ts';
import { newestArticle } from '../library.ts';
import type { Reply } from '../reply.ts';
import type { CommandRequest } from '../request.ts';
import { excerptOf } from '../text/excerpt.ts';
import { closestNames, suggestionLine } from '../text/suggest.ts';
import { errorReply } from './error-reply.ts';

/** The answer to "which article": the article, or the reply saying why there is none. */
export type ArticlePick =
  | { article: AnalyzedArticle; reply?: undefined }
  | { article?: undefined; reply: Reply };

/** Most stories looked at when the typed value is not an exact slug. */
const maxCandidates = 25;

/** The article a request is about (its `article` option, else the newest), or a reply saying why not. */
export async function resolveArticle(
  options: CommandRequest['options'],
  ctx: CoreContext,
): Promise<ArticlePick> {
  const wanted = typeof options.article === 'string' ? options.article.trim() : '';
  if (!wanted) {
    const newest = await newestArticle(ctx.library);
    return newest ? { article: newest } : { reply: noArticleYet(ctx) };
  }
  const exact = await ctx.library.article(wanted.toLowerCase());
  if (exact) return { article: exact };
  const lower = wanted.toLowerCase();
  const byHeadline = await ctx.library.headlines(wanted, maxCandidates);
  // Headlines stored a moment ago may not be in the catalogue yet: the search index has them.
  const candidates = byHeadline.length > 0 ? byHeadline : await ctx.library.search(wanted, maxCandidates);
  const bySlug = candidates.filter((l) => l.slug.includes(lower));
  const only = bySlug.length === 1 ? bySlug[0] : byHeadline.length === 1 ? byHeadline[0] : undefined;
  const picked = only ? await ctx.library.article(only.slug) : null;
  if (picked) return { article: picked };
  const shown = candidates.length > 0 ? candidates : await ctx.library.latest(maxCandidates);
  if (shown.length === 0) return { reply: noArticleYet(ctx) };
  return { reply: noSuchArticle(wanted, shown) };
}

/** The answer when there is no story at all, with the first content/ problem if any. */
export function noArticleYet(ctx: CoreContext): Reply {
  const problems = ctx.library.problems();
  return errorReply('No article yet', [
    'There is no article to serve yet. An editor adds one by dropping a .txt or .md file into content/.',
    ...(problems.length > 0
      ? [`${problems.length} file(s) in content/ could not be read: ${problems[0]?.message}`]
      : []),
  ]);
}

function noSuchArticle(wanted: string, shown: { slug: string; title: string }[]): Reply {
  const slugs = shown.map((l) => l.slug);
  const ranked = closestNames(wanted, slugs);
  const closest = new Set(ranked);
  return errorReply(
    'No such article',
    [
      `No article matches '${excerptOf(wanted)}'. ${suggestionLine('Articles', wanted, slugs, 'autocomplete on the article option', ', ', ranked)}`,
    ],
    shown
      .filter((l) => closest.has(l.slug))
      .map((l) => ({ label: l.title, command: 'summary', options: { article: l.slug } })),
  );
}
