// /summit section <name>: one part of the story: its summary, its text in full and the quotes
// in it, with buttons to the neighbouring sections.
import type { AnalyzedArticle } from '../article.ts';
import type { Handler } from '../context.ts';
import { findSections } from '../lookup.ts';
import type { Reply, ReplyAction, ReplyBlock } from '../reply.ts';
import { memoReply } from '../reply-cache.ts';
import { errorReply, footerOf, resolveArticle, summaryAction } from './common.ts';

/** Answers /summit section. */
export const sectionHandler: Handler = (req, ctx) => {
  const { article: a, reply } = resolveArticle(req.options, ctx);
  if (!a) return reply;
  const query = String(req.options.name ?? '').trim();
  return memoReply(a, `section\u0000${query}`, () => sectionOf(a, query));
};

function sectionOf(a: AnalyzedArticle, query: string): Reply {
  const [best] = findSections(a, query);
  if (!best) {
    return errorReply(
      'No such section',
      [`No section matches '${query}'. Try: ${a.sections.map((d) => d.section.heading).join('; ')}.`],
      a.sections.map((d) => ({
        label: d.section.heading,
        command: 'section',
        options: { name: d.section.id, article: a.article.slug },
      })),
    );
  }
  const { section, summary } = best;
  const blocks: ReplyBlock[] = [
    { kind: 'heading', text: 'In brief' },
    { kind: 'bullets', items: summary },
    { kind: 'heading', text: 'In full' },
    ...section.paragraphs.map((text): ReplyBlock => ({ kind: 'text', text })),
  ];
  const quotes = a.quotes.filter((q) => q.sectionId === section.id);
  if (quotes.length > 0) {
    blocks.push({ kind: 'heading', text: 'Quotes' });
    for (const q of quotes) blocks.push({ kind: 'quote', text: q.text, speaker: q.speaker, section: null });
  }
  const at = a.sections.findIndex((d) => d.section.id === section.id);
  const neighbour = (offset: number, label: string): ReplyAction[] => {
    const d = a.sections[at + offset];
    return d
      ? [
          {
            label: `${label}: ${d.section.heading}`,
            command: 'section',
            options: { name: d.section.id, article: a.article.slug },
          },
        ]
      : [];
  };
  return {
    tone: 'info',
    title: section.id === 'lead' ? `${a.article.title}: the lead` : section.heading,
    url: a.article.url ?? undefined,
    blocks,
    footer: [`Section ${at + 1} of ${a.sections.length}`, footerOf(a)].filter(Boolean).join(' · '),
    actions: [...neighbour(-1, 'Previous'), ...neighbour(1, 'Next'), summaryAction(a)],
  };
}
