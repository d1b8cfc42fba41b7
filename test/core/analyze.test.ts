import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.ts';
import { analyzeArticle, distinctSpeakers } from '../../src/core/analyze.ts';
import type { Quote } from '../../src/core/article.ts';

const load = (path: string) => parseArticle(readFileSync(new URL(path, import.meta.url), 'utf8'), path);

describe('analyzeArticle', () => {
  const seed = load('../../content/lee-xi-gyeongju-summit.txt');
  const analyzed = analyzeArticle(seed, 'v1');

  it('analyze: key points are 3-5 verbatim sentences of the article, in article order', () => {
    const all = seed.sections.flatMap((s) => s.sentences);
    expect(analyzed.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(analyzed.keyPoints.length).toBeLessThanOrEqual(5);
    const positions = analyzed.keyPoints.map((k) => all.findIndex((s) => s.text === k));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('analyze: one digest per section, in order, summarised from its own sentences', () => {
    expect(analyzed.sections.map((d) => d.section)).toEqual(seed.sections);
    for (const d of analyzed.sections) {
      expect(d.summary.length).toBeGreaterThanOrEqual(1);
      for (const line of d.summary) expect(d.section.sentences.map((s) => s.text)).toContain(line);
    }
  });

  it('analyze: speakers are the distinct quote speakers in order of first quotation', () => {
    expect(analyzed.version).toBe('v1');
    expect(analyzed.quotes.length).toBeGreaterThan(0);
    expect(analyzed.speakers).toEqual(distinctSpeakers(analyzed.quotes));
    for (const q of analyzed.quotes) expect(seed.sections.map((s) => s.id)).toContain(q.sectionId);
  });

  it('analyze: pinned summaries win over computed ones', () => {
    const budget = analyzeArticle(load('../fixtures/content/pinned-budget.md'), 'v2');
    expect(budget.keyPoints).toEqual([
      'The council set a budget that freezes parking charges.',
      'Libraries keep their opening hours.',
    ]);
    expect(budget.sections.map((d) => d.summary)).toEqual([
      ['Councillors voted 31 to 9 for the budget.'],
      ['The parking freeze lasts twelve months.'],
      [expect.stringMatching(/^(All eleven libraries|Two mobile library routes)/)],
    ]);
  });
});

describe('distinctSpeakers', () => {
  const quote = (speaker: string | null): Quote => ({
    text: 'x',
    speaker,
    sectionId: 'lead',
    section: 'Lead',
  });

  it('analyze: lists each named speaker once, first quotation first, skipping unnamed quotes', () => {
    const quotes = [
      quote('Dana Okafor'),
      quote(null),
      quote('Tomas Lind'),
      quote('Dana Okafor'),
      quote('Priya Raman'),
    ];
    expect(distinctSpeakers(quotes)).toEqual(['Dana Okafor', 'Tomas Lind', 'Priya Raman']);
  });
});
