// A learned sentence scorer: a linear model over simple sentence features (position, paragraph, length,
// quotes, centrality, headline overlap, numbers, names, opening word, the hand-set score), optionally blended
// with the hand-set score. scripts/eval/train-sentence-scorer.ts fits its weights and validates them.
import type { SentenceFacts, SentenceFeatures } from './features.ts';
import { leaningOpener } from './standalone.ts';

/** What each entry of a feature row means, in order (the weights follow this order). */
export const featureNames = [
  'bias',
  'hand-set score',
  'lead prior (halves every 4 sentences)',
  'first sentence',
  'second sentence',
  'third sentence',
  'relative position',
  'opens a paragraph',
  'paragraph index (capped at 10) / 10',
  'log words',
  'under 8 words',
  'over 35 words',
  'share quoted',
  'centrality',
  'headline overlap',
  'has a number',
  'share of capitalised words past the first',
  'opens with a person pronoun',
  'opens with a leaning connective',
  'question',
  'lead prior in a story of at most 20 sentences',
] as const;

/** A linear scorer: one weight per feature, and how much of the final score it gives (the rest is hand-set). */
export interface LearnedScorer {
  /** One weight per entry of featureNames. */
  weights: readonly number[];
  /** Share of the learned score in the blend (0: hand-set only, 1: learned only). */
  blend: number;
  /** Only stories of at most this many sentences are rescored (all when absent). */
  upTo?: number;
}

/** The feature row of every sentence (in article order), from its facts and hand-set scoring. */
export function featureRows(facts: SentenceFacts[], scored: SentenceFeatures[]): number[][] {
  const n = facts.length;
  return facts.map((fact, i) => {
    const text = fact.sentence.text;
    const words = text.split(/\s+/).filter(Boolean);
    const prior = 0.5 ** (i / 4);
    const opener = leaningOpener(text, []);
    const capitalised = words.slice(1).filter((w) => /^["“‘'(]*[A-Z]/.test(w)).length;
    const previous = facts[i - 1]?.sentence.paragraph;
    return [
      1,
      scored[i]?.score ?? 0,
      prior,
      i === 0 ? 1 : 0,
      i === 1 ? 1 : 0,
      i === 2 ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      previous === undefined || previous !== fact.sentence.paragraph ? 1 : 0,
      Math.min(fact.sentence.paragraph, 10) / 10,
      Math.log(1 + words.length),
      words.length < 8 ? 1 : 0,
      words.length > 35 ? 1 : 0,
      fact.quoted,
      scored[i]?.centrality ?? 0,
      scored[i]?.headline ?? 0,
      /\d/.test(text) ? 1 : 0,
      words.length > 1 ? capitalised / (words.length - 1) : 0,
      opener === 'pronoun' ? 1 : 0,
      opener === 'connective' ? 1 : 0,
      /\?[\s"”’']*$/.test(text) ? 1 : 0,
      n <= 20 ? prior : 0,
    ];
  });
}

/** The linear score of one feature row. */
export function linearScore(row: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < row.length; k++) sum += (row[k] ?? 0) * (weights[k] ?? 0);
  return sum;
}

/**
 * The sentences rescored: the learned score scaled to the article's best (so it reads like the hand-set
 * one, whose top is about 1) and blended with the hand-set score.
 */
export function rescore(
  facts: SentenceFacts[],
  scored: SentenceFeatures[],
  scorer: LearnedScorer,
): SentenceFeatures[] {
  if (scorer.upTo !== undefined && facts.length > scorer.upTo) return scored;
  const learned = featureRows(facts, scored).map((row) => linearScore(row, scorer.weights));
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of learned) [low, high] = [Math.min(low, v), Math.max(high, v)];
  const range = high - low > 1e-9 ? high - low : 1;
  return scored.map((s, i) => ({
    ...s,
    score: (1 - scorer.blend) * s.score + scorer.blend * (((learned[i] ?? low) - low) / range),
  }));
}
