// The learned scorer's training script on fixtures written here: the least-squares and logistic fits, the
// targets, the ranking pairs, and a whole training run on two tiny parts.
import { describe, expect, it } from 'vitest';
import {
  type Example,
  exampleOf,
  fitLogistic,
  fitRidge,
  oracleMembership,
  rankingPairs,
  sentenceTargets,
  solveLinear,
  trainScorer,
} from '../../scripts/eval/train-sentence-scorer.ts';
import type { EvalArticle } from '../../scripts/eval/types.ts';
import { buildArticle } from '../../src/content/parse.ts';
import { featureNames } from '../../src/core/summarize/learned.ts';

describe('train-sentence-scorer fits', () => {
  it('train: solves a small linear system', () => {
    const x = solveLinear(
      [
        [2, 1],
        [1, 3],
      ],
      [5, 10],
    );
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(3, 10);
  });

  it('train: least squares recovers the weights of raw features behind a noiseless target', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [1, i % 7, (i * 3) % 5]);
    const examples: Example[] = [{ rows, targets: rows.map((r) => 2 + 3 * (r[1] ?? 0) - (r[2] ?? 0)) }];
    const w = fitRidge(examples, 0);
    expect(w[0]).toBeCloseTo(2, 6);
    expect(w[1]).toBeCloseTo(3, 6);
    expect(w[2]).toBeCloseTo(-1, 6);
  });

  it('train: the logistic fit puts the positive class on the side its feature says', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [1, i % 2, i % 3]);
    const examples: Example[] = [{ rows, targets: rows.map((r) => (r[1] === 1 ? 0.5 : -0.5)) }];
    const w = fitLogistic(examples, 0);
    expect(w[1]).toBeGreaterThan(1);
    expect(Math.abs(w[2] ?? 0)).toBeLessThan(Math.abs(w[1] ?? 0));
  });

  it('train: ranking pairs compare sentences of one article only, half of them reversed', () => {
    const pairs = rankingPairs([
      {
        rows: [
          [1, 5],
          [1, 2],
          [1, 2],
        ],
        targets: [1, 0, 0],
      },
      { rows: [[1, 9]], targets: [0] },
    ]);
    expect(pairs[0]?.rows).toEqual([
      [1, 3],
      [1, -3],
    ]);
    expect(pairs[0]?.targets).toEqual([1, 0]);
    expect(pairs[1]?.rows).toEqual([]);
  });
});

describe('train-sentence-scorer targets', () => {
  const reference = 'The ferry service resumed on Friday after repairs that took three weeks.';
  const sentences = [
    'The ferry service resumed on Friday.',
    'Passengers queued at the dock.',
    'The repairs took three weeks.',
  ];

  it('train: the oracle extract takes the sentences that raise ROUGE against the reference, and stops', () => {
    expect(oracleMembership(reference, sentences, 3)).toEqual([1, 0, 1]);
    expect(oracleMembership(reference, sentences, 1)).toEqual([1, 0, 0]);
  });

  it('train: targets are centred on the article, the best sentence highest', () => {
    for (const target of ['recall', 'f1', 'oracle'] as const) {
      const t = sentenceTargets(reference, sentences, target, 2);
      expect(t.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 10);
      expect(Math.max(...t)).toBe(t[0]);
    }
  });
});

describe('train-sentence-scorer training run', () => {
  const story = (lead: string, rest: string[], reference: string, id: string): EvalArticle => {
    const article = buildArticle({ slug: id, title: lead.split(' ').slice(0, 4).join(' ') }, [
      { heading: null, paragraphs: [lead, ...rest] },
    ]);
    return {
      record: { id, title: '', text: '', reference_summary: reference } as EvalArticle['record'],
      source: 'bbc',
      article,
    };
  };
  const partA = [
    story(
      'The town opened a new library on Monday.',
      [
        'It has room for 40,000 books.',
        'Children queued outside from early morning.',
        'The old one closed in 2019.',
      ],
      'A new library opened on Monday with room for 40,000 books.',
      'bbc-a',
    ),
  ];
  const partB = [
    story(
      'A storm closed the coastal road for two days.',
      [
        'Crews cleared fallen trees by Thursday.',
        'Drivers were told to use the inland route.',
        'The road reopened on Friday.',
      ],
      'A storm closed the coastal road, which reopened on Friday.',
      'bbc-b',
    ),
  ];

  it('train: fits one weight per feature and picks a blend from the candidates', () => {
    const articlesOf = new Map([
      ['a', partA],
      ['b', partB],
    ]);
    const examplesOf = new Map([
      ['a', partA.map((x) => exampleOf(x))],
      ['b', partB.map((x) => exampleOf(x))],
    ]);
    expect(examplesOf.get('a')?.[0]?.rows).toHaveLength(4);
    const scorer = trainScorer(['a', 'b'], articlesOf, examplesOf, (e) => fitRidge(e, 1), [0, 1]);
    expect(scorer.weights).toHaveLength(featureNames.length);
    expect([0, 1]).toContain(scorer.blend);
    expect(scorer.weights.every(Number.isFinite)).toBe(true);
  });
});
