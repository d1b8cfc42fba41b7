// The common shape of the content commands: pick the article, read the typed value, and answer
// from the article's memo, so a repeated question costs one lookup.
import type { AnalyzedArticle } from '../article.ts';
import type { Handler } from '../context.ts';
import type { Reply } from '../reply.ts';
import { memoReply } from '../reply-cache.ts';
import { resolveArticle } from './pick-article.ts';

/** A handler that answers about one article, memoised per article, command and typed `option` value. */
export function articleHandler(
  command: string,
  option: string | null,
  answer: (a: AnalyzedArticle, typed: string) => Reply,
): Handler {
  return async (req, ctx) => {
    const { article: a, reply } = await resolveArticle(req.options, ctx);
    if (!a) return reply;
    const typed = option ? String(req.options[option] ?? '').trim() : '';
    return memoReply(a, option ? `${command}\u0000${typed}` : command, () => answer(a, typed));
  };
}
