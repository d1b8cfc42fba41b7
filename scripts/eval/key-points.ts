// Measures whether key points stand alone as bullets: the share that open with a leaning connective
// ("But", "However,") or a person pronoun no earlier key point names (issue 17 target: at most 2%).

import { leaningOpener } from '../../src/core/summarize/standalone.ts';
import { summarizeArticle } from '../../src/core/summarize.ts';
import type { EvalArticle, EvalReport, Evaluator } from './types.ts';

/** Everything the key-point evaluation measured. */
export interface KeyPointFigures {
  /** Key points over all articles. */
  keyPoints: number;
  /** Of them, opening with a leaning connective. */
  connective: number;
  /** Of them, opening with a person pronoun whose person no earlier key point names. */
  pronoun: number;
  /** (connective + pronoun) / keyPoints, 0-1. */
  leaningShare: number;
}

/** Counts leaning key points over the articles; `examples` collects them for reading. */
export function scoreKeyPoints(articles: EvalArticle[], examples: string[]): KeyPointFigures {
  let keyPoints = 0;
  let connective = 0;
  let pronoun = 0;
  for (const { record, article } of articles) {
    const points = summarizeArticle(article).keyPoints;
    points.forEach((point, i) => {
      keyPoints++;
      const leaning = leaningOpener(point, points.slice(0, i));
      if (leaning === 'connective') connective++;
      if (leaning === 'pronoun') pronoun++;
      if (leaning) examples.push(`  ${record.id} ${leaning}: ${point.slice(0, 80)}`);
    });
  }
  const leaningShare = keyPoints ? (connective + pronoun) / keyPoints : 0;
  return { keyPoints, connective, pronoun, leaningShare };
}

/** The key-points evaluator for scripts/eval.ts. */
export const keyPointsEvaluator: Evaluator = {
  name: 'key points',
  async run(articles: EvalArticle[]): Promise<EvalReport> {
    const examples: string[] = [];
    const figures = scoreKeyPoints(articles, examples);
    const lines = [
      `key points ${figures.keyPoints}; leaning ${figures.connective + figures.pronoun} (${(100 * figures.leaningShare).toFixed(1)}%; target <= 2%): connective ${figures.connective}, unresolved pronoun ${figures.pronoun}`,
      ...examples,
    ];
    return { lines, figures };
  },
};
