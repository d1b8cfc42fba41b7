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
});

describe('positionWeightFor', () => {
  it('features: the lead prior is doubled up to 20 sentences and eases back to its base from 30', () => {
    expect(positionWeightFor(5)).toBeCloseTo(0.6);
    expect(positionWeightFor(20)).toBeCloseTo(0.6);
    expect(positionWeightFor(25)).toBeCloseTo(0.45);
    expect(positionWeightFor(30)).toBeCloseTo(0.3);
    expect(positionWeightFor(300)).toBeCloseTo(0.3);
  });
});
