import { describe, expect, it } from 'vitest';
import { normaliseSpace, splitSentences } from '../../../src/core/text/sentences.ts';

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

describe('sentences on chat tokens and long input', () => {
  it('sentences: a mention, channel link or entity mid-sentence never splits the sentence', () => {
    const paragraph =
      'Tell <!channel> now. Then <@U123> said hi! Join <#C123|general> today. Also &lt;!here&gt; and &lt;!channel&gt; go. Done.';
    expect(splitSentences(paragraph)).toEqual([
      'Tell <!channel> now.',
      'Then <@U123> said hi!',
      'Join <#C123|general> today.',
      'Also &lt;!here&gt; and &lt;!channel&gt; go.',
      'Done.',
    ]);
  });

  it('sentences: a paragraph of 40,000 sentences all ending in an initialism is joined in one pass', () => {
    const paragraph = Array.from(
      { length: 40_000 },
      (_, i) => `Ships of the U.S. Navy met ${i} in the U.K.`,
    ).join(' ');
    expect(splitSentences(paragraph)).toEqual([paragraph]);
  }, 20_000);

  it('normaliseSpace: normal text comes back as is; runs, tabs, breaks and no-break spaces become one space', () => {
    expect(normaliseSpace('Ann Lee said so.')).toBe('Ann Lee said so.');
    expect(normaliseSpace('')).toBe('');
    expect(normaliseSpace('  Ann\tLee\n\nsaid\u00a0so. ')).toBe('Ann Lee said so.');
    expect(normaliseSpace('Ann  Lee')).toBe('Ann Lee');
  });

  it('sentences: a paragraph split again gives the same sentences, and changing the list given does not', () => {
    const paragraph = 'Ann Lee spoke first. Bo Li spoke next.';
    const first = splitSentences(paragraph);
    first.push('changed');
    expect(splitSentences(paragraph)).toEqual(['Ann Lee spoke first.', 'Bo Li spoke next.']);
  });
});
