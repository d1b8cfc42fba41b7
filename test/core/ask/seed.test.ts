// /summit ask on the seed article (content/lee-xi-gyeongju-summit.txt), parsed and analysed by the
// real pipeline: the four questions the feature promises to answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse.ts';
import { analyzeArticle } from '../../../src/core/analyze.ts';
import { answerQuestion, askJson } from '../../../src/core/ask/index.ts';
import { isArticleText } from './fixture.ts';

const file = new URL('../../../content/lee-xi-gyeongju-summit.txt', import.meta.url);
const seed = analyzeArticle(parseArticle(readFileSync(file, 'utf8'), 'lee-xi-gyeongju-summit.txt'), 'seed');

describe('ask on the seed article', () => {
  it('ask: "currency swap" finds the won-yuan sentence in Economic Cooperation', () => {
    const [first] = askJson(seed, 'currency swap').answers;
    expect(first?.text).toMatch(
      /^Key economic outcomes from the summit included a won-yuan currency swap agreement/,
    );
    expect(first?.section).toBe('Economic Cooperation and Trade Expansion');
  });

  it('ask: "what did Xi say" returns Xi Jinping\'s quotations', () => {
    const result = askJson(seed, 'what did Xi say');
    const xi = seed.quotes.filter((q) => q.speaker === 'Xi Jinping').map((q) => q.text);
    expect(xi.length).toBeGreaterThan(0);
    expect(result.quotes.map((q) => q.text)).toEqual(xi);
    expect(result.quotes.every((q) => q.speaker === 'Xi Jinping')).toBe(true);
    expect(result.answers[0]?.text).toContain('an inseparable cooperative partner');
  });

  it('ask: "Trump" finds the Balancing Relations sentence', () => {
    const [first] = askJson(seed, 'Trump').answers;
    expect(first?.text).toContain('Lee hosted U.S. President Donald Trump');
    expect(first?.section).toBe('Balancing Relations Between the U.S. and China');
  });

  it('ask: "weather in Paris" is not covered by the article', () => {
    const result = answerQuestion(seed, 'weather in Paris');
    expect(result.covered).toBe(false);
    expect(result.answers).toEqual([]);
    expect(result.quotes).toEqual([]);
  });

  it('ask: every seed answer is verbatim article text', () => {
    for (const q of ['cooperation', 'North Korea dialogue', 'state dinner ceremony', 'what did Lee say?']) {
      const { answers } = answerQuestion(seed, q);
      expect(answers.length, q).toBeGreaterThan(0);
      for (const x of answers) expect(isArticleText(seed, x.text), x.text).toBe(true);
    }
  });
});
