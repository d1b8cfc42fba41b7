// A small tram-line story for the ask tests: real sentence splitting (buildArticle), quotes and
// speakers written by hand so retrieval tests do not depend on the quote extractor's choices.
import { buildArticle } from '../../../src/content/parse.ts';
import type { AnalyzedArticle, Quote } from '../../../src/core/article.ts';

const blocks = [
  {
    heading: null,
    paragraphs: [
      'The city council of Larkford approved a new tram line on Tuesday after a four-hour debate. The line will link the railway station with the university campus.',
      '“This tram will change how people move through Larkford,” said Mayor Helen Okafor. She added that construction would begin in the spring.',
    ],
  },
  {
    heading: 'Costs and Funding',
    paragraphs: [
      'The project is expected to cost 240 million euros. A regional infrastructure fund will pay half of that money. Critics argued that the budget could grow.',
      '“Every large project in this city has gone over budget,” said councillor Tomas Brandt.',
    ],
  },
  {
    heading: 'Route and Timetable',
    paragraphs: [
      'Trams will run every six minutes during peak hours. The first passengers are expected in 2029.',
    ],
  },
];

/** The tram story as an analysed article; `slug` and `title` can be varied. */
export function tramArticle(slug = 'larkford-tram', title = 'Larkford Approves Tram Line'): AnalyzedArticle {
  const article = buildArticle({ slug, title, published: '2026-03-10', source: 'Test Courier' }, blocks);
  const sectionOf = (id: string) => article.sections.find((s) => s.id === id);
  const quote = (text: string, speaker: string, sectionId: string): Quote => ({
    text,
    speaker,
    sectionId,
    section: sectionOf(sectionId)?.heading ?? '',
  });
  return {
    article,
    keyPoints: [],
    sections: article.sections.map((section) => ({ section, summary: [section.sentences[0]?.text ?? ''] })),
    quotes: [
      quote('This tram will change how people move through Larkford,', 'Helen Okafor', 'lead'),
      quote('Every large project in this city has gone over budget,', 'Tomas Brandt', 'costs-and-funding'),
    ],
    speakers: ['Helen Okafor', 'Tomas Brandt'],
    version: `fixture-${slug}`,
  };
}

/** True when text is a run of consecutive sentences of one paragraph, joined as the paragraph has them. */
export function isArticleText(a: AnalyzedArticle, text: string): boolean {
  const sentences = a.article.sections.flatMap((s) => s.sentences);
  for (let i = 0; i < sentences.length; i++) {
    let joined = '';
    for (let j = i; j < sentences.length && sentences[j]?.paragraph === sentences[i]?.paragraph; j++) {
      joined = joined ? `${joined} ${sentences[j]?.text}` : (sentences[j]?.text ?? '');
      if (joined === text) return true;
    }
  }
  return false;
}
