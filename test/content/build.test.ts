// Tests for building an Article from read blocks: size of the input never depends on the stack.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/content/build.ts';

describe('buildArticle', () => {
  it('joins 150,000 headingless paragraphs to the block before without running out of stack', () => {
    const paragraphs = Array.from({ length: 150_000 }, (_, i) => `Paragraph ${i} says one plain thing.`);
    const article = buildArticle({ slug: 'long', title: 'Long' }, [
      { heading: null, paragraphs: ['The lead says one thing.'] },
      { heading: null, paragraphs },
    ]);
    expect(article.sections).toHaveLength(1);
    const sentences = article.sections[0]?.sentences ?? [];
    expect(sentences).toHaveLength(150_001);
    expect(sentences.at(-1)?.text).toBe('Paragraph 149999 says one plain thing.');
  });
});
