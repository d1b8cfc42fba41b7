// The learned sentence scorer: what its feature rows say about a sentence, and how its score is blended with
// the hand-set one (weights here are written for each test; nothing is read from the eval set).
import { describe, expect, it } from 'vitest';
import { describeSentences, scoreSentences } from '../../../src/core/summarize/features.ts';
import { featureNames, featureRows, linearScore, rescore } from '../../../src/core/summarize/learned.ts';

const sentences = [
  'The city council approved a new budget for the harbour on Tuesday.',
  'But the vote was close.',
  '"We have waited far too long for this," one councillor said.',
  'The budget sets aside 4 million for repairs to the old piers.',
  'Work is expected to begin next spring.',
].map((text, index) => ({ text, index, paragraph: index < 2 ? 0 : index - 1 }));

const facts = describeSentences(sentences);
const scored = scoreSentences(facts, 'Council approves harbour budget');
const rows = featureRows(facts, scored);
const feature = (row: number, name: (typeof featureNames)[number]) => rows[row]?.[featureNames.indexOf(name)];

describe('featureRows', () => {
  it('learned: gives every sentence one value per named feature, the first a bias of 1', () => {
    expect(rows).toHaveLength(sentences.length);
    for (const row of rows) {
      expect(row).toHaveLength(featureNames.length);
      expect(row[0]).toBe(1);
    }
  });

  it('learned: marks position, paragraph openings, quotes, numbers and leaning openers', () => {
    expect(feature(0, 'first sentence')).toBe(1);
    expect(feature(1, 'first sentence')).toBe(0);
    expect(feature(1, 'second sentence')).toBe(1);
    expect(feature(1, 'opens a paragraph')).toBe(0);
    expect(feature(2, 'opens a paragraph')).toBe(1);
    expect(feature(1, 'opens with a leaning connective')).toBe(1);
    expect(feature(0, 'opens with a leaning connective')).toBe(0);
    expect(feature(2, 'share quoted')).toBeGreaterThan(0.5);
    expect(feature(0, 'share quoted')).toBe(0);
    expect(feature(3, 'has a number')).toBe(1);
    expect(feature(4, 'has a number')).toBe(0);
    expect(feature(1, 'under 8 words')).toBe(1);
    expect(feature(4, 'relative position')).toBe(1);
    expect(feature(0, 'hand-set score')).toBeCloseTo(scored[0]?.score ?? 0, 10);
  });
});

describe('rescore', () => {
  const onlyNumbers = featureNames.map((name) => (name === 'has a number' ? 1 : 0));

  it('learned: a blend of 0 keeps the hand-set scores', () => {
    const same = rescore(facts, scored, { weights: onlyNumbers, blend: 0 });
    expect(same.map((s) => s.score)).toEqual(scored.map((s) => s.score));
  });

  it('learned: a blend of 1 ranks by the learned score alone, scaled from 0 to 1', () => {
    const learned = rescore(facts, scored, { weights: onlyNumbers, blend: 1 });
    expect(learned.map((s) => s.score)).toEqual([0, 0, 0, 1, 0]);
    expect(linearScore(rows[3] ?? [], onlyNumbers)).toBe(1);
  });

  it('learned: a story longer than upTo keeps its hand-set scores, one as long is rescored', () => {
    const capped = rescore(facts, scored, { weights: onlyNumbers, blend: 1, upTo: 4 });
    expect(capped.map((s) => s.score)).toEqual(scored.map((s) => s.score));
    const within = rescore(facts, scored, { weights: onlyNumbers, blend: 1, upTo: 5 });
    expect(within.map((s) => s.score)).toEqual([0, 0, 0, 1, 0]);
  });

  it('learned: a blend in between moves a sentence the model favours up the hand-set order', () => {
    const half = rescore(facts, scored, { weights: onlyNumbers, blend: 0.5 });
    const rank = (list: typeof scored) =>
      [...list].sort((a, b) => b.score - a.score).map((s) => s.sentence.index);
    expect(rank(half).indexOf(3)).toBeLessThan(rank(scored).indexOf(3));
  });
});
