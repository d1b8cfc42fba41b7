// Retrieval behaviour of answerQuestion on a small hand-written story: grounded answers, honest
// "not covered", neighbour merging, speaker questions and odd input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion, askJson } from '../../../src/core/ask/index.ts';
import { isArticleText, tramArticle } from './fixture.ts';

const a = tramArticle();

describe('answerQuestion', () => {
  it('ask: finds the sentence that answers a keyword question, with its section', () => {
    const result = answerQuestion(a, 'How much will it cost?');
    expect(result.covered).toBe(true);
    expect(result.answers[0]?.text).toBe('The project is expected to cost 240 million euros.');
    expect(result.answers[0]?.section).toBe('Costs and Funding');
    expect(result.answers[0]?.sectionId).toBe('costs-and-funding');
  });

  it('ask: says the article does not cover a question none of its words answer', () => {
    const result = answerQuestion(a, 'What is the weather in Paris?');
    expect(result.covered).toBe(false);
    expect(result.answers).toEqual([]);
    expect(result.quotes).toEqual([]);
    expect(result.nearestSections).toEqual([]);
  });

  it('ask: a question only half about the article is not covered, but points at the closest sections', () => {
    const result = answerQuestion(a, 'weather forecast for the campus');
    expect(result.covered).toBe(false);
    expect(result.nearestSections.map((d) => d.section.id)).toEqual(['lead']);
  });

  it('ask: a sentence opening with a pronoun brings the sentence it refers to', () => {
    const [first] = answerQuestion(a, 'when does construction begin').answers;
    expect(first?.text).toBe(
      '“This tram will change how people move through Larkford,” said Mayor Helen Okafor. She added that construction would begin in the spring.',
    );
  });

  it('ask: neighbouring answer sentences of one paragraph merge into one passage', () => {
    const result = answerQuestion(a, 'project cost regional fund money');
    expect(result.answers[0]?.text).toBe(
      'The project is expected to cost 240 million euros. A regional infrastructure fund will pay half of that money.',
    );
    expect(result.answers).toHaveLength(1);
  });

  it('ask: sentences of different paragraphs stay separate answers', () => {
    const texts = answerQuestion(a, 'budget').answers.map((x) => x.text);
    expect(texts).toContain('Critics argued that the budget could grow.');
    expect(texts).toContain(
      '“Every large project in this city has gone over budget,” said councillor Tomas Brandt.',
    );
  });

  it('ask: a question naming a speaker returns their quotes, matched by surname alone', () => {
    const result = answerQuestion(a, 'what did Okafor say?');
    expect(result.speakers).toEqual(['Helen Okafor']);
    expect(result.quotes.map((q) => q.text)).toEqual([
      'This tram will change how people move through Larkford,',
    ]);
    expect(result.answers[0]?.text).toContain('said Mayor Helen Okafor');
  });

  it('ask: a speaker question tolerates one typo in a longer name', () => {
    expect(answerQuestion(a, 'what did Bran say').speakers).toEqual([]);
    expect(answerQuestion(a, 'what did Brandtt say').speakers).toEqual(['Tomas Brandt']);
  });

  it('ask: a speaker question with a topic keeps only the quotes on that topic', () => {
    expect(answerQuestion(a, 'what did Brandt say about the budget').quotes).toHaveLength(1);
    const offTopic = answerQuestion(a, 'what did Okafor say about the budget');
    expect(offTopic.quotes).toEqual([]);
  });

  it('ask: empty, blank and stopword-only questions have nothing to look up', () => {
    for (const q of ['', '   ', 'what is the', 'who did what?', '?!…']) {
      const result = answerQuestion(a, q);
      expect(result.empty, q).toBe(true);
      expect(result.covered).toBe(false);
    }
  });

  it('ask: a 1,000-character question is answered without error', () => {
    const question = `${'tram '.repeat(194)}timetable peak hours minutes`.padEnd(1000, '?');
    expect(question).toHaveLength(1000);
    const result = answerQuestion(a, question);
    expect(result.answers[0]?.text).toBe('Trams will run every six minutes during peak hours.');
    expect(answerQuestion(a, 'x'.repeat(1000)).covered).toBe(false);
    expect(answerQuestion(a, 'budget '.repeat(150).padEnd(1000, '!')).covered).toBe(true);
  });

  it('ask: emoji, full-width letters and zero-width characters do not get in the way', () => {
    expect(answerQuestion(a, '🚋💶 cost?? 🤔').answers[0]?.section).toBe('Costs and Funding');
    expect(answerQuestion(a, 'ｃｏｓｔ').answers[0]?.section).toBe('Costs and Funding');
    expect(answerQuestion(a, 'co\u200bst').answers[0]?.section).toBe('Costs and Funding');
    expect(answerQuestion(a, '🚋🚋🚋').empty).toBe(true);
  });

  it('ask: every answer is article text, never invented, for any input', () => {
    const words = a.article.sections.flatMap((s) => s.sentences.flatMap((x) => x.text.split(' ')));
    const question = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(question, (q) => {
        const result = answerQuestion(a, q);
        for (const x of result.answers) expect(isArticleText(a, x.text)).toBe(true);
        for (const quote of result.quotes) expect(a.quotes).toContain(quote);
        expect(result.covered).toBe(result.answers.length > 0 || result.quotes.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('ask: askJson prints answers with section and rounded score, and quotes with speaker', () => {
    const json = askJson(a, 'what did Brandt say about the budget');
    expect(Object.keys(json)).toEqual(['answers', 'quotes']);
    expect(json.quotes).toEqual([
      {
        text: 'Every large project in this city has gone over budget,',
        speaker: 'Tomas Brandt',
        section: 'Costs and Funding',
      },
    ]);
    for (const x of json.answers) {
      expect(Object.keys(x)).toEqual(['text', 'section', 'score']);
      expect(x.score).toBe(Math.round(x.score * 100) / 100);
    }
  });
});
