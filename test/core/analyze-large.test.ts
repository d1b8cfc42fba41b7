import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/content/parse.ts';
import { analyzeArticle } from '../../src/core/analyze.ts';

/** An article of `count` short sentences: ten to a paragraph, a heading every 300, quotes and names mixed in. */
function hugeArticle(count: number) {
  const names = ['Lee Jae-myung', 'Xi Jinping', 'Ben Carter', 'the ministry'];
  const blocks: { heading: string | null; paragraphs: string[] }[] = [];
  for (let k = 0; k < count; k += 10) {
    if (k % 3000 === 0) blocks.push({ heading: k === 0 ? null : `Part ${k / 3000}`, paragraphs: [] });
    const sentences: string[] = [];
    for (let i = k; i < k + 10; i++) {
      if (i % 7 === 0) sentences.push(`“Trade grew ${i % 97} times,” ${names[i % 4]} said.`);
      else if (i % 7 === 1) sentences.push('He added that his aides agreed.');
      else sentences.push(`The port handled ${i} tons.`);
    }
    blocks[blocks.length - 1]?.paragraphs.push(sentences.join(' '));
  }
  return buildArticle({ slug: 'huge', title: 'Port trade grows' }, blocks);
}

describe('analyzeArticle on a huge article', () => {
  it('analyze: 150,000 short sentences are analysed without a stack overflow', () => {
    const article = hugeArticle(150_000);
    expect(article.sections.reduce((n, s) => n + s.sentences.length, 0)).toBe(150_000);
    const analyzed = analyzeArticle(article, 'v1');
    expect(analyzed.keyPoints.length).toBe(5);
    expect(analyzed.sections).toHaveLength(article.sections.length);
    expect(analyzed.quotes.length).toBeGreaterThan(20_000);
    expect(analyzed.speakers).toContain('Xi Jinping');
  }, 60_000);
});
