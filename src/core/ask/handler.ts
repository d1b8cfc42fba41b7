// /summit ask <question>: the article's own sentences that answer a question, each with its
// section, the quotes of a speaker asked about, or an honest "the article doesn't say".
import type { AnalyzedArticle } from '../article.ts';
import type { Handler } from '../context.ts';
import { footerOf } from '../handlers/article-footer.ts';
import { errorReply } from '../handlers/error-reply.ts';
import { resolveArticle } from '../handlers/pick-article.ts';
import type { Reply, ReplyAction, ReplyBlock } from '../reply.ts';
import { memoReply } from '../reply-cache.ts';
import { clipText } from '../text/clip.ts';
import { excerptOf } from '../text/excerpt.ts';
import { type AskResult, answerQuestion } from './answer.ts';
import { cleanQuestion } from './query.ts';
import { exampleQuestions } from './questions.ts';
import { prepareIndex } from './search-index.ts';

/** Longest part of the question echoed back in a title. */
export const maxShownQuestion = 100;
const maxLabel = 80;
const maxSectionActions = 5;

/** Answers /summit ask. */
export const askHandler: Handler = async (req, ctx) => {
  const { article: a, reply } = await resolveArticle(req.options, ctx);
  if (!a) return reply;
  const question = cleanQuestion(String(req.options.question ?? ''));
  // A long article's index is built in steps first, so answering never holds the event loop long.
  await prepareIndex(a);
  return memoReply(a, `ask\u0000${question}`, () => askReply(a, question));
};

function askReply(a: AnalyzedArticle, question: string): Reply {
  const title = `Ask: ${question ? excerptOf(question, maxShownQuestion) : '(no question)'}`;
  const result = answerQuestion(a, question);
  if (result.empty) return emptyQuestion(a, title, question);
  return result.covered ? answered(a, title, result) : notCovered(a, title, result);
}

function emptyQuestion(a: AnalyzedArticle, title: string, question: string): Reply {
  const examples = exampleQuestions(a).slice(0, 3);
  return errorReply(
    title,
    [
      question
        ? 'That question has no words to look up: only words like "what" or "the", or symbols.'
        : 'Type a question after /summit ask.',
      examples.length > 0 ? `For example: ${examples.join(' / ')}` : 'For example: /summit ask currency swap',
    ],
    sectionActions(
      a,
      a.sections.slice(0, maxSectionActions).map((d) => d.section.id),
    ),
  );
}

function answered(a: AnalyzedArticle, title: string, result: AskResult): Reply {
  const blocks: ReplyBlock[] = [];
  if (result.answers.length > 0) {
    blocks.push({ kind: 'heading', text: 'What the article says' });
    blocks.push({ kind: 'bullets', items: result.answers.map((x) => `${x.text} (section: ${x.section})`) });
  }
  if (result.quotes.length > 0) {
    blocks.push({ kind: 'heading', text: `What ${result.speakers.join(' and ')} said` });
    for (const q of result.quotes)
      blocks.push({ kind: 'quote', text: q.text, speaker: q.speaker, section: q.section });
  } else if (result.speakers.length > 0) {
    blocks.push({ kind: 'text', text: `No direct quote from ${result.speakers.join(' or ')} on that.` });
  }
  const cited = [...result.answers.map((x) => x.sectionId), ...result.quotes.map((q) => q.sectionId)];
  return {
    tone: 'info',
    title,
    url: a.article.url ?? undefined,
    blocks,
    footer: quotedFooter(a),
    actions: [...sectionActions(a, cited), ...quoteActions(a, result.speakers)],
  };
}

function notCovered(a: AnalyzedArticle, title: string, result: AskResult): Reply {
  const about =
    result.speakers.length > 0 ? ` It has no quote from ${result.speakers.join(' or ')} on it.` : '';
  const blocks: ReplyBlock[] = [
    {
      kind: 'text',
      text: `The article doesn't say. Nothing in "${a.article.title}" answers this question.${about}`,
    },
  ];
  const near = result.nearestSections;
  if (near.length > 0) {
    blocks.push({ kind: 'heading', text: 'Closest sections to look at' });
    blocks.push({ kind: 'bullets', items: near.map((d) => `${d.section.heading}: ${d.summary.join(' ')}`) });
  } else {
    blocks.push({ kind: 'text', text: 'Nothing in it comes close. Its sections are:' });
    blocks.push({ kind: 'bullets', items: a.sections.map((d) => d.section.heading) });
  }
  const ids = (near.length > 0 ? near : a.sections).map((d) => d.section.id);
  return {
    tone: 'info',
    title,
    url: a.article.url ?? undefined,
    blocks,
    footer: footerOf(a) || undefined,
    actions: [...sectionActions(a, ids), ...quoteActions(a, result.speakers)],
  };
}

/** One "open this section" action per distinct section id, in order, at most five. */
function sectionActions(a: AnalyzedArticle, ids: string[]): ReplyAction[] {
  return [...new Set(ids)].slice(0, maxSectionActions).flatMap((id) => {
    const d = a.sections.find((s) => s.section.id === id);
    if (!d) return [];
    const label = clipText(`Section: ${d.section.heading}`, maxLabel);
    return [{ label, command: 'section', options: { name: id, article: a.article.slug } }];
  });
}

function quoteActions(a: AnalyzedArticle, speakers: string[]): ReplyAction[] {
  return speakers.map((speaker) => ({
    label: clipText(`All quotes: ${speaker}`, maxLabel),
    command: 'quotes',
    options: { speaker, article: a.article.slug },
  }));
}

function quotedFooter(a: AnalyzedArticle): string {
  return [`Answers are quoted verbatim from "${a.article.title}"`, footerOf(a)].filter(Boolean).join(' · ');
}
