import { describe, expect, it } from 'vitest';
import type { Quote, Section } from '../../../src/core/article.ts';
import { speakersBySentence } from '../../../src/core/ask/quote-places.ts';

const sentences = [
  'The mayor spoke first.',
  '“We will build the new harbour wall this year.',
  'It will protect every home on the front,” said Ana Silva.',
  '“Not yet,” said Rui Costa.',
  'The vote is on Monday.',
];
const section: Section = {
  id: 'lead',
  heading: 'Lead',
  paragraphs: [sentences.join(' ')],
  sentences: sentences.map((text, index) => ({ text, index, paragraph: 0 })),
};
const quote = (text: string, speaker: string | null): Quote => ({
  text,
  speaker,
  sectionId: 'lead',
  section: 'Lead',
});

describe('speakersBySentence', () => {
  it('ask index: a quote over two sentences tags both; each speaker only where quoted', () => {
    const found = speakersBySentence(section, [
      quote(
        'We will build the new harbour wall this year. It will protect every home on the front,',
        'Ana Silva',
      ),
      quote('Not yet,', 'Rui Costa'),
      quote('The vote', null),
    ]);
    expect([...found]).toEqual([
      [1, ['Ana Silva']],
      [2, ['Ana Silva']],
      [3, ['Rui Costa']],
    ]);
  });
});
