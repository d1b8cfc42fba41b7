// Telling which speaker a question names: one word of the name is enough, unless the article
// uses that word mostly in another name ("South Korea" is not the speaker "North Korea").
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/content/parse.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import { answerQuestion } from '../../../src/core/ask/index.ts';

const article = buildArticle({ slug: 'talks', title: 'Talks' }, [
  {
    heading: null,
    paragraphs: [
      'South Korea and China signed a trade deal. South Korea hopes for more. Leaders of South Korea met in Seoul.',
      'North Korea called the talks “a pipe dream.” President Xi Jinping disagreed. President Xi’s visit ended on Sunday.',
      'Officials said Lee hosted the dinner. “We are partners,” Lee Jae Myung said.',
    ],
  },
]);
const a: AnalyzedArticle = {
  article,
  keyPoints: [],
  sections: article.sections.map((section) => ({ section, summary: [] })),
  quotes: [
    { text: 'a pipe dream.', speaker: 'North Korea', sectionId: 'lead', section: 'Lead' },
    { text: 'We are partners,', speaker: 'Lee Jae Myung', sectionId: 'lead', section: 'Lead' },
  ],
  speakers: ['North Korea', 'Lee Jae Myung', 'Xi Jinping'],
  version: 'speakers',
};

const named = (question: string) => answerQuestion(a, question).speakers;

describe('speaker questions', () => {
  it('ask: one word of a name names the speaker, also beside a title the article uses', () => {
    expect(named('what did Lee say')).toEqual(['Lee Jae Myung']);
    expect(named('president xi')).toEqual(['Xi Jinping']);
    expect(named('north')).toEqual(['North Korea']);
  });

  it('ask: a name word the article mostly uses in another name does not name the speaker alone', () => {
    expect(named('korea')).toEqual([]);
    expect(named("what about south korea's trade deal")).toEqual([]);
    expect(named('north korea')).toEqual(['North Korea']);
  });

  it('ask: a verb beside a name is no sign of another name', () => {
    expect(named('lee hosted the dinner')).toEqual(['Lee Jae Myung']);
  });

  it("ask: the named speaker's quotes come back, the name words do not count as the topic", () => {
    expect(answerQuestion(a, 'what did north korea say').quotes.map((q) => q.text)).toEqual([
      'a pipe dream.',
    ]);
  });
});
