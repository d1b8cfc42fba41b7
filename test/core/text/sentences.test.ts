import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';

describe('sentences', () => {
  it('sentences: an initialism before a name does not end the sentence; before a function word it does', () => {
    expect(
      splitSentences('Lee hosted U.S. President Donald Trump. He moved to the U.S. The end came.'),
    ).toEqual(['Lee hosted U.S. President Donald Trump.', 'He moved to the U.S.', 'The end came.']);
  });

  it('sentences: a stray closing mark joins the sentence before, keeping the text between verbatim', () => {
    const paragraph = '“Quoted words,” she said. ] Next one.';
    const sentences = splitSentences(paragraph);
    for (const s of sentences) expect(paragraph).toContain(s);
    expect(sentences.join(' ')).toBe(paragraph);
  });

  it('sentences: nothing between pieces is lost', () => {
    expect(splitSentences('a!b!c').join('')).toBe('a!b!c');
  });
});
