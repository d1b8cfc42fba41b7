import { describe, expect, it } from 'vitest';
import {
  positionWeightFor,
  type SentenceFacts,
  scoreSentences,
} from '../../../src/core/summarize/features.ts';

describe('scoreSentences', () => {
  it('features: scores 150,000 sentences without spreading them onto the stack', () => {
    const facts: SentenceFacts[] = Array.from({ length: 150_000 }, (_, i) => ({
      sentence: { text: `Port ${i % 50} grew.`, index: i, paragraph: i },
      terms: ['port', String(i % 50), 'grew'],
      quoted: 0,
    }));
    const scored = scoreSentences(facts, 'Port grew');
    expect(scored).toHaveLength(150_000);
    expect(scored.every((s) => s.score > 0 && s.score <= 1)).toBe(true);
  });

  it('features: a question keeps half the score of the same words stated', () => {
    const fact = (text: string, index: number): SentenceFacts => ({
      sentence: { text, index, paragraph: 0 },
      terms: ['council', 'close', 'library', 'branch', 'winter'],
      quoted: 0,
    });
    // Two copies at the same position (two one-sentence stories), so only the question mark differs.
    const [stated] = scoreSentences(
      [fact('The council will close the library branch this winter.', 0)],
      'Library',
    );
    const [asked] = scoreSentences(
      [fact('Will the council close the library branch this winter?', 0)],
      'Library',
    );
    expect(asked?.score).toBeCloseTo((stated?.score ?? 0) / 2, 10);
  });
});

describe('positionWeightFor', () => {
  it('features: the lead prior outweighs centrality up to 20 sentences and eases back to its base from 30', () => {
    expect(positionWeightFor(5)).toBeCloseTo(1);
    expect(positionWeightFor(20)).toBeCloseTo(1);
    expect(positionWeightFor(25)).toBeCloseTo(0.65);
    expect(positionWeightFor(30)).toBeCloseTo(0.3);
    expect(positionWeightFor(300)).toBeCloseTo(0.3);
  });
});
