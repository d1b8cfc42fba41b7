import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.ts';
import type { AnalyzedArticle, Article } from '../../src/core/article.ts';
import { findArticles, findSections, findSpeakers } from '../../src/core/lookup.ts';

// Lookups only read headings, text and speakers, so the digests here are built by hand.
function digest(article: Article, speakers: string[] = []): AnalyzedArticle {
  return {
    article,
    keyPoints: [],
    sections: article.sections.map((section) => ({ section, summary: [] })),
    quotes: [],
    speakers,
    version: 'test',
  };
}

const seed = digest(
  parseArticle(
    readFileSync(new URL('../../content/lee-xi-gyeongju-summit.txt', import.meta.url), 'utf8'),
    'lee-xi-gyeongju-summit.txt',
  ),
  ['Lee Jae Myung', 'Xi Jinping'],
);
const ferry = digest(
  parseArticle(
    readFileSync(new URL('../fixtures/content/harbour-ferry-strike.txt', import.meta.url), 'utf8'),
    'harbour-ferry-strike.txt',
  ),
  ['Dana Okafor', 'Priya Raman', 'Tomas Lind'],
);
const best = (a: AnalyzedArticle, q: string): string | undefined => findSections(a, q)[0]?.section.heading;

describe('findSections', () => {
  it.each([
    ['econ', 'Economic Cooperation and Trade Expansion'],
    ['economy', 'Economic Cooperation and Trade Expansion'],
    ['xi', 'Xi Jinping Promises Stronger Strategic Cooperation'],
    ['balance', 'Balancing Relations Between the U.S. and China'],
    ['us china', 'Balancing Relations Between the U.S. and China'],
    ['U.S.', 'Balancing Relations Between the U.S. and China'],
    ['symbolsm', 'Symbolism and Ceremony'],
    ['Conclusion', 'Conclusion'],
    ['lead', 'Lead'],
    ['intro', 'Lead'],
    ['2', 'Xi Jinping Promises Stronger Strategic Cooperation'],
    ['section 6', 'Conclusion'],
    ['economic-cooperation-and-trade-expansion', 'Economic Cooperation and Trade Expansion'],
  ])('lookup: section query %j finds %j', (query, heading) => {
    expect(best(seed, query)).toBe(heading);
  });

  it('lookup: falls back to words in the section text when no heading matches', () => {
    expect(best(seed, 'currency swap')).toBe('Economic Cooperation and Trade Expansion');
    expect(best(seed, 'Trump')).toBe('Balancing Relations Between the U.S. and China');
  });

  it('lookup: unrelated queries, empty queries and numbers out of range find nothing', () => {
    expect(findSections(seed, 'weather')).toEqual([]);
    expect(findSections(seed, '   ')).toEqual([]);
    expect(findSections(seed, '7')).toEqual([]);
    expect(findSections(seed, 'zzzz qqqq')).toEqual([]);
  });

  it('lookup: works on any article, not just the seed', () => {
    expect(best(ferry, 'buses')).toBe('Commuters Turn to Buses');
    expect(best(ferry, 'next')).toBe('What Happens Next');
    expect(findSections(ferry, 'economic')).toEqual([]);
  });

  it('lookup: a shared word ranks the closer heading first', () => {
    const found = findSections(seed, 'cooperation').map((d) => d.section.heading);
    expect(found).toHaveLength(2);
    expect(findSections(seed, 'economic cooperation')[0]?.section.heading).toBe(
      'Economic Cooperation and Trade Expansion',
    );
  });
});

describe('findSpeakers', () => {
  it.each([
    ['xi', 'Xi Jinping'],
    ['Xi Jinping', 'Xi Jinping'],
    ['jinping', 'Xi Jinping'],
    ['President Xi', 'Xi Jinping'],
    ['jinpng', 'Xi Jinping'],
    ['lee', 'Lee Jae Myung'],
    ['okafor', 'Dana Okafor'],
  ])('lookup: speaker query %j finds %j', (query, name) => {
    const article = name === 'Dana Okafor' ? ferry : seed;
    expect(findSpeakers(article, query)[0]).toBe(name);
  });

  it('lookup: a speaker who is not quoted finds nothing', () => {
    expect(findSpeakers(seed, 'Trump')).toEqual([]);
    expect(findSpeakers(seed, '')).toEqual([]);
  });
});

describe('findArticles', () => {
  it('lookup: finds articles by slug, title words, tags and date, best first', () => {
    const all = [seed, ferry];
    expect(findArticles(all, 'harbour-ferry-strike')[0]).toBe(ferry);
    expect(findArticles(all, 'ferry')[0]).toBe(ferry);
    expect(findArticles(all, 'gyeongju')[0]).toBe(seed);
    expect(findArticles(all, 'APEC')[0]).toBe(seed);
    expect(findArticles(all, '2025-11-01')[0]).toBe(seed);
    expect(findArticles(all, 'football')).toEqual([]);
  });
});
