// /summit quotes [speaker]: every direct quotation with its speaker and section, or only one
// speaker's.
import type { AnalyzedArticle } from '../article.ts';
import { findSpeakers } from '../lookup.ts';
import type { Reply, ReplyBlock } from '../reply.ts';
import { excerptOf } from '../text/excerpt.ts';
import { suggestionLine } from '../text/suggest.ts';
import { footerOf } from './article-footer.ts';
import { articleHandler } from './article-handler.ts';
import { summaryAction } from './drill-down.ts';
import { errorReply } from './error-reply.ts';

/** Answers /summit quotes. */
export const quotesHandler = articleHandler('quotes', 'speaker', quotesOf);

function quotesOf(a: AnalyzedArticle, query: string): Reply {
  let quotes = a.quotes;
  let title = `Who said what: ${a.article.title}`;
  if (query) {
    const [speaker] = findSpeakers(a, query);
    if (!speaker) return noSuchSpeaker(a, query);
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

function noSuchSpeaker(a: AnalyzedArticle, query: string): Reply {
  const known =
    a.speakers.length > 0
      ? suggestionLine('Speakers', query, a.speakers, '/summit quotes')
      : 'Nobody is quoted by name.';
  return errorReply(
    'No such speaker',
    [`No speaker matches '${excerptOf(query)}'. ${known}`],
    [summaryAction(a)],
  );
}
