// /summit section <name>: one part of the story: its summary, its text in full and the quotes
// in it, with buttons to the neighbouring sections.
import type { AnalyzedArticle } from '../article.ts';
import { findSections } from '../lookup.ts';
import type { Reply, ReplyAction, ReplyBlock } from '../reply.ts';
import { excerptOf } from '../text/excerpt.ts';
import { closestNames, suggestionLine } from '../text/suggest.ts';
import { footerOf } from './article-footer.ts';
import { articleHandler } from './article-handler.ts';
import { sectionAction, summaryAction } from './drill-down.ts';
import { errorReply } from './error-reply.ts';

/** Answers /summit section. */
export const sectionHandler = articleHandler('section', 'name', sectionOf);

function sectionOf(a: AnalyzedArticle, query: string): Reply {
  const [best] = findSections(a, query);
  if (!best) return noSuchSection(a, query);
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
    return d ? [sectionAction(a, d.section.id, `${label}: ${d.section.heading}`)] : [];
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

function noSuchSection(a: AnalyzedArticle, query: string): Reply {
  const headings = a.sections.map((d) => d.section.heading);
  const ranked = closestNames(query, headings);
  const closest = new Set(ranked);
  return errorReply(
    'No such section',
    [
      `No section matches '${excerptOf(query)}'. ${suggestionLine('Try', query, headings, '/summit summary', '; ', ranked)}`,
    ],
    a.sections
      .filter((d) => closest.has(d.section.heading))
      .map((d) => sectionAction(a, d.section.id, d.section.heading)),
  );
}
