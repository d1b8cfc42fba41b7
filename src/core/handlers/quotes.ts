// /summit quotes [speaker]: every direct quotation with its speaker and section, or only one
// speaker's.
import type { AnalyzedArticle } from '../article.ts';
import type { Handler } from '../context.ts';
import { findSpeakers } from '../lookup.ts';
import type { Reply, ReplyBlock } from '../reply.ts';
import { memoReply } from '../reply-cache.ts';
import { errorReply, footerOf, resolveArticle, summaryAction } from './common.ts';

/** Answers /summit quotes. */
export const quotesHandler: Handler = (req, ctx) => {
  const { article: a, reply } = resolveArticle(req.options, ctx);
  if (!a) return reply;
  const query = String(req.options.speaker ?? '').trim();
  return memoReply(a, `quotes\u0000${query}`, () => quotesOf(a, query));
};

function quotesOf(a: AnalyzedArticle, query: string): Reply {
  let quotes = a.quotes;
  let title = `Who said what: ${a.article.title}`;
  if (query) {
    const [speaker] = findSpeakers(a, query);
    if (!speaker) {
      const known =
        a.speakers.length > 0 ? `Speakers: ${a.speakers.join(', ')}.` : 'Nobody is quoted by name.';
      return errorReply('No such speaker', [`No speaker matches '${query}'. ${known}`], [summaryAction(a)]);
    }
    quotes = quotes.filter((q) => q.speaker === speaker);
    title = `${speaker}, quoted`;
  }
  if (quotes.length === 0) {
    return {
      tone: 'info',
      title,
      blocks: [{ kind: 'text', text: 'This article has no direct quotations.' }],
      footer: footerOf(a),
      actions: [summaryAction(a)],
    };
  }
  const blocks: ReplyBlock[] = quotes.map((q) => ({
    kind: 'quote',
    text: q.text,
    speaker: q.speaker,
    section: q.section,
  }));
  const count = `${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`;
  return {
    tone: 'info',
    title,
    blocks: [{ kind: 'text', text: `${count} from the article, in order.` }, ...blocks],
    footer: footerOf(a),
    actions: [summaryAction(a)],
  };
}
