// A small analyzed article built by hand (no parsing or NLP involved), so handler and door
// tests do not depend on the summarizer's or quote extractor's choices.
import type { AnalyzedArticle, Section } from '../../src/core/article.ts';

let sentenceIndex = 0;

function section(id: string, heading: string, paragraphs: string[][]): Section {
  const sentences = paragraphs.flatMap((p, paragraph) =>
    p.map((text) => ({ text, index: sentenceIndex++, paragraph })),
  );
  return { id, heading, paragraphs: paragraphs.map((p) => p.join(' ')), sentences };
}

/** Options to vary the handmade article. */
export interface HandmadeOptions {
  slug?: string;
  title?: string;
  published?: string;
  /** Extra text appended to every paragraph (e.g. a mention attempt or a long run). */
  extra?: string;
  /** Number of sections besides the lead (default 2). */
  sections?: number;
}

/** Builds an AnalyzedArticle about a harbour festival, with two speakers and a few sections. */
export function handmadeArticle(options: HandmadeOptions = {}): AnalyzedArticle {
  sentenceIndex = 0;
  const extra = options.extra ? ` ${options.extra}` : '';
  const lead = section('lead', 'Lead', [
    [
      `The harbour festival opened on Friday with record crowds.${extra}`,
      'Organisers counted 40,000 visitors.',
    ],
    ['“We have never seen so many people,” said Ana Silva, the festival director.'],
  ]);
  const extraSections = Array.from({ length: options.sections ?? 2 }, (_, i) =>
    section(`part-${i + 1}`, i === 0 ? 'Boats and Music' : `Part ${i + 1} of the Day`, [
      [`The tall ships sailed in at noon, part ${i + 1}.${extra}`, 'Bands played until midnight.'],
    ]),
  );
  const sections = [lead, ...extraSections];
  return {
    article: {
      slug: options.slug ?? 'harbour-festival',
      title: options.title ?? 'Harbour Festival Draws Record Crowds',
      dek: 'A weekend of boats, music and food brings the town to the water.',
      dateline: 'Porto',
      published: options.published ?? '2026-06-05',
      source: 'Test Gazette',
      url: null,
      tags: [],
      sections,
    },
    keyPoints: [
      lead.sentences[0]?.text ?? '',
      lead.sentences[1]?.text ?? '',
      extraSections[0]?.sentences[0]?.text ?? '',
    ],
    sections: sections.map((s) => ({ section: s, summary: [s.sentences[0]?.text ?? ''] })),
    quotes: [
      {
        text: 'We have never seen so many people,',
        speaker: 'Ana Silva',
        sectionId: 'lead',
        section: 'Lead',
      },
      {
        text: 'The boats are the heart of it,',
        speaker: 'Rui Costa',
        sectionId: 'part-1',
        section: 'Boats and Music',
      },
    ],
    speakers: ['Ana Silva', 'Rui Costa'],
    version: 'handmade-1',
  };
}
