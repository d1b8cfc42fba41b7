// `npx tsx scripts/eval/train-sentence-scorer.ts [--target recall|f1|oracle] [--lambda L] [--logistic | --ranking]
// [--up-to N] [--each-blend | --seen | --print-weights]`: fits the learned sentence scorer (src/core/summarize/learned.ts) and
// validates it honestly. Each sentence of each fresh article gets its feature row and a target (by default 1 when
// the greedy oracle extract takes it, less the article's mean; see sentenceTargets); a ridge regression is fitted
// by least squares (or a logistic or pairwise ranking fit). Leaving out one part at a time, the model and its
// blend with the hand-set score (chosen by leave-one-part-out inside the training parts) are fitted on the other
// parts and scored on the held-out one: key points minus Lead cut at their word count. Not served: held out it
// did not beat the hand-set score (eval/fresh/RESULTS.md, "Summaries: a learned sentence scorer"). To ship one,
// `--print-weights` prints weights fitted on every part, to pass as `summarizeArticle(article, { scorer })`.
import { join, resolve } from 'node:path';
import { describeSentences, scoreSentences } from '../../src/core/summarize/features.ts';
import { featureNames, featureRows, type LearnedScorer } from '../../src/core/summarize/learned.ts';
import { leaningOpener } from '../../src/core/summarize/standalone.ts';
import { keyPointCount, summarizeArticle } from '../../src/core/summarize.ts';
import { loadEvalArticles } from './articles.ts';
import { type Margin, meanMargin } from './cross-validate-summary.ts';
import { freshParts } from './parts.ts';
import { scoreRouge } from './rouge.ts';
import { leadCut } from './summaries.ts';
import type { EvalArticle } from './types.ts';

/** Blends of learned and hand-set score tried (the share of the learned one). */
export const blends = [0, 0.25, 0.5, 0.75, 1];

/** One article's training rows: a feature row and a target per sentence. */
export interface Example {
  /** Feature rows (featureRows order). */
  rows: number[][];
  /** Targets, one per row. */
  targets: number[];
}

/** What a sentence is fitted to (see sentenceTargets). */
export type Target = 'recall' | 'f1' | 'oracle';

/**
 * Per sentence, less the article's mean: the mean of its ROUGE-1 and ROUGE-2 recall of the reference
 * ('recall', which favours long sentences), or of their F1 ('f1'), or 1 when the greedy oracle extract of
 * `count` sentences (most ROUGE-1 + ROUGE-2 F1, adding while it gains) takes it ('oracle').
 */
export function sentenceTargets(
  reference: string,
  sentences: string[],
  target: Target = 'f1',
  count = 3,
): number[] {
  const raw =
    target === 'oracle'
      ? oracleMembership(reference, sentences, count)
      : sentences.map((s) => {
          const r = scoreRouge(reference, s);
          return target === 'recall'
            ? (r.rouge1.recall + r.rouge2.recall) / 2
            : (r.rouge1.f1 + r.rouge2.f1) / 2;
        });
  const mean = raw.reduce((a, b) => a + b, 0) / Math.max(raw.length, 1);
  return raw.map((v) => v - mean);
}

/** 1 for each sentence of the greedy oracle extract (at most `count`, added while ROUGE-1 + ROUGE-2 F1 rises). */
export function oracleMembership(reference: string, sentences: string[], count: number): number[] {
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < count) {
    let pick = -1;
    sentences.forEach((_, i) => {
      if (chosen.includes(i)) return;
      const text = [...chosen, i]
        .sort((a, b) => a - b)
        .map((k) => sentences[k])
        .join('\n');
      const r = scoreRouge(reference, text);
      const value = r.rouge1.f1 + r.rouge2.f1;
      if (value > best + 1e-9) [best, pick] = [value, i];
    });
    if (pick < 0) break;
    chosen.push(pick);
  }
  return sentences.map((_, i) => (chosen.includes(i) ? 1 : 0));
}

/** The training rows of an eval article. */
export function exampleOf({ record, article }: EvalArticle, target: Target = 'f1'): Example {
  const facts = describeSentences(article.sections.flatMap((s) => s.sentences));
  const scored = scoreSentences(facts, [article.title, article.dek ?? ''].join(' '));
  return {
    rows: featureRows(facts, scored),
    targets: sentenceTargets(
      record.reference_summary,
      facts.map((f) => f.sentence.text),
      target,
      keyPointCount(facts.length),
    ),
  };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A square, small). */
export function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] ?? [], m[c] ?? []];
    const top = m[c] ?? [];
    const lead = top[c] ?? 0;
    if (Math.abs(lead) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] ?? [];
      const factor = (row[c] ?? 0) / lead;
      if (factor === 0) continue;
      for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - factor * (top[k] ?? 0);
    }
  }
  return m.map((row, i) => {
    const d = row[i] ?? 0;
    return Math.abs(d) < 1e-12 ? 0 : (row[n] ?? 0) / d;
  });
}

/**
 * Ridge regression of targets on rows (column 0 is the bias, left unpenalised): features are standardised,
 * fitted with penalty `lambda` per row, and the weights returned for the raw features.
 */
export function fitRidge(examples: Example[], lambda = 1): number[] {
  const rows = examples.flatMap((e) => e.rows);
  const targets = examples.flatMap((e) => e.targets);
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(1);
  for (let k = 1; k < d; k++) {
    let s = 0;
    for (const r of rows) s += r[k] ?? 0;
    mean[k] = s / rows.length;
    let v = 0;
    for (const r of rows) v += ((r[k] ?? 0) - (mean[k] ?? 0)) ** 2;
    std[k] = Math.sqrt(v / rows.length) || 1;
  }
  const z = (r: number[], k: number) => (k === 0 ? 1 : ((r[k] ?? 0) - (mean[k] ?? 0)) / (std[k] ?? 1));
  const xtx = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  const xty = new Array<number>(d).fill(0);
  rows.forEach((r, i) => {
    const zr = Array.from({ length: d }, (_, k) => z(r, k));
    for (let j = 0; j < d; j++) {
      xty[j] = (xty[j] ?? 0) + (zr[j] ?? 0) * (targets[i] ?? 0);
      const xj = xtx[j] ?? [];
      for (let k = 0; k < d; k++) xj[k] = (xj[k] ?? 0) + (zr[j] ?? 0) * (zr[k] ?? 0);
    }
  });
  for (let k = 1; k < d; k++) (xtx[k] ?? [])[k] = ((xtx[k] ?? [])[k] ?? 0) + lambda * rows.length * 1e-3;
  const w = solveLinear(xtx, xty);
  // Back to raw features: w_k z_k = (w_k / std_k) x_k - w_k mean_k / std_k.
  const raw = w.map((wk, k) => (k === 0 ? wk : wk / (std[k] ?? 1)));
  raw[0] =
    (raw[0] ?? 0) - w.reduce((s, wk, k) => (k === 0 ? s : s + (wk * (mean[k] ?? 0)) / (std[k] ?? 1)), 0);
  return raw;
}

/**
 * Logistic regression of 0/1 targets (the 'oracle' target before centring: a target above 0 counts as 1) by
 * full-batch gradient descent on standardised features with L2 penalty `lambda` / 1000 (bias unpenalised);
 * the weights are returned for the raw features (the logit, whose order is the probability's).
 */
export function fitLogistic(examples: Example[], lambda = 1, steps = 400, rate = 0.5): number[] {
  const rows = examples.flatMap((e) => e.rows);
  const labels = examples.flatMap((e) => e.targets.map((t) => (t > 0 ? 1 : 0)));
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(1);
  for (let k = 1; k < d; k++) {
    mean[k] = rows.reduce((s, r) => s + (r[k] ?? 0), 0) / rows.length;
    const v = rows.reduce((s, r) => s + ((r[k] ?? 0) - (mean[k] ?? 0)) ** 2, 0) / rows.length;
    std[k] = Math.sqrt(v) || 1;
  }
  const z = rows.map((r) => r.map((x, k) => (k === 0 ? 1 : (x - (mean[k] ?? 0)) / (std[k] ?? 1))));
  const w = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    z.forEach((r, i) => {
      let logit = 0;
      for (let k = 0; k < d; k++) logit += (r[k] ?? 0) * (w[k] ?? 0);
      const error = 1 / (1 + Math.exp(-logit)) - (labels[i] ?? 0);
      for (let k = 0; k < d; k++) grad[k] = (grad[k] ?? 0) + error * (r[k] ?? 0);
    });
    for (let k = 0; k < d; k++) {
      const penalty = k === 0 ? 0 : (lambda / 1000) * (w[k] ?? 0);
      w[k] = (w[k] ?? 0) - rate * ((grad[k] ?? 0) / rows.length + penalty);
    }
  }
  const raw = w.map((wk, k) => (k === 0 ? wk : wk / (std[k] ?? 1)));
  raw[0] =
    (raw[0] ?? 0) - w.reduce((s, wk, k) => (k === 0 ? s : s + (wk * (mean[k] ?? 0)) / (std[k] ?? 1)), 0);
  return raw;
}

/**
 * Pairs within each article for a ranking fit: every sentence with a higher target against every one with a
 * lower, as the difference of their rows (bias column kept at 1), labelled 1 or, with the difference
 * reversed, 0 (alternately, so the classes balance). fitLogistic on these learns to order an article's sentences.
 */
export function rankingPairs(examples: Example[]): Example[] {
  let flip = false;
  return examples.map((e) => {
    const rows: number[][] = [];
    const targets: number[] = [];
    e.rows.forEach((a, i) => {
      e.rows.forEach((b, j) => {
        if ((e.targets[i] ?? 0) <= (e.targets[j] ?? 0)) return;
        const [x, y] = flip ? [b, a] : [a, b];
        rows.push(x.map((v, k) => (k === 0 ? 1 : v - (y[k] ?? 0))));
        targets.push(flip ? 0 : 1);
        flip = !flip;
      });
    });
    return { rows, targets };
  });
}

/** Ours minus Lead cut at our word count, in ROUGE F1 points, and whether each key point leans. */
export function marginOf(
  { record, article }: EvalArticle,
  scorer?: LearnedScorer,
): { margin: Margin; leaning: number; points: number } {
  const ours = summarizeArticle(article, scorer ? { scorer } : {}).keyPoints;
  const lead = article.sections.flatMap((s) => s.sentences.map((x) => x.text));
  const words = ours.join(' ').split(/\s+/).filter(Boolean).length;
  const a = scoreRouge(record.reference_summary, ours.join('\n'));
  const b = scoreRouge(record.reference_summary, leadCut(lead, words).join('\n'));
  const leaning = ours.filter((s, i) => leaningOpener(s, ours.slice(0, i)) !== null).length;
  return {
    margin: [
      100 * (a.rouge1.f1 - b.rouge1.f1),
      100 * (a.rouge2.f1 - b.rouge2.f1),
      100 * (a.rougeLsum.f1 - b.rougeLsum.f1),
    ],
    leaning,
    points: ours.length,
  };
}

/** Mean of the three margins over some articles with one scorer. */
function meanOfThree(articles: EvalArticle[], scorer: LearnedScorer | undefined): number {
  const m = meanMargin(
    articles.map((a) => marginOf(a, scorer).margin),
    articles.map((_, i) => i),
  );
  return (m[0] + m[1] + m[2]) / 3;
}

/**
 * A scorer trained on the given parts: weights fitted on all of them, the blend chosen by leave-one-part-out
 * among them (the blend best pooled over their held-out parts; 0, the hand-set score alone, on ties).
 */
export function trainScorer(
  parts: string[],
  articlesOf: Map<string, EvalArticle[]>,
  examplesOf: Map<string, Example[]>,
  fitWeights: (examples: Example[]) => number[],
  candidates: number[] = blends,
): LearnedScorer {
  const all = (ps: string[]) => ps.flatMap((p) => examplesOf.get(p) ?? []);
  const totals = candidates.map(() => 0);
  for (const inner of parts) {
    const weights = fitWeights(all(parts.filter((p) => p !== inner)));
    const held = articlesOf.get(inner) ?? [];
    candidates.forEach((blend, c) => {
      totals[c] =
        (totals[c] ?? 0) + meanOfThree(held, blend === 0 ? undefined : { weights, blend }) * held.length;
    });
  }
  let best = 0;
  totals.forEach((t, c) => {
    if (t > (totals[best] ?? 0) + 1e-9) best = c;
  });
  return { weights: fitWeights(all(parts)), blend: candidates[best] ?? 0 };
}

const show = (m: Margin) => m.map((x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`).join(' / ');

/** Margins and leaning rate of some articles with one scorer, for printing. */
function summaryLine(articles: EvalArticle[], scorer?: LearnedScorer): { margins: Margin[]; text: string } {
  const results = articles.map((a) => marginOf(a, scorer));
  const margins = results.map((r) => r.margin);
  const leaning = results.reduce((s, r) => s + r.leaning, 0);
  const points = results.reduce((s, r) => s + r.points, 0);
  const m = meanMargin(
    margins,
    margins.map((_, i) => i),
  );
  return { margins, text: `${show(m)} (leaning ${leaning}/${points})` };
}

async function main(args: string[]): Promise<void> {
  const at = args.indexOf('--lambda');
  const lambda = at >= 0 ? Number(args[at + 1]) : 1;
  const t = args.indexOf('--target');
  const target = (t >= 0 ? args[t + 1] : 'oracle') as Target;
  const logistic = args.includes('--logistic');
  const ranking = args.includes('--ranking');
  const u = args.indexOf('--up-to');
  const upTo = u >= 0 ? Number(args[u + 1]) : undefined;
  const fitWeights = (examples: Example[]) =>
    ranking
      ? fitLogistic(rankingPairs(examples), lambda)
      : logistic
        ? fitLogistic(examples, lambda)
        : fitRidge(examples, lambda);
  const root = resolve(import.meta.dirname, '..', '..');
  const articlesOf = new Map<string, EvalArticle[]>();
  const examplesOf = new Map<string, Example[]>();
  for (const part of freshParts) {
    const loaded = ((await loadEvalArticles(join(root, 'eval', 'fresh', part))) ?? []).filter(
      (x) => x.record.reference_summary.trim() !== '',
    );
    articlesOf.set(part, loaded);
    examplesOf.set(
      part,
      loaded.map((a) => exampleOf(a, target)),
    );
  }
  const count = [...articlesOf.values()].reduce((s, a) => s + a.length, 0);
  if (args.includes('--print-weights')) {
    const scorer = trainScorer(freshParts, articlesOf, examplesOf, fitWeights);
    console.log(`Trained on ${count} articles (${freshParts.join(', ')}), ridge lambda ${lambda}:`);
    console.log(`  blend ${scorer.blend}`);
    scorer.weights.forEach((w, k) => {
      console.log(`  ${w.toFixed(4).padStart(9)}  ${featureNames[k]}`);
    });
    console.log(JSON.stringify(scorer.weights.map((w) => Number(w.toFixed(4)))));
    return;
  }
  if (args.includes('--seen')) {
    // Seen figures: weights fitted on every part, each blend scored on the same articles.
    const weights = fitWeights(freshParts.flatMap((p) => examplesOf.get(p) ?? []));
    for (const blend of blends) {
      const perPart = freshParts.map((part) =>
        summaryLine(articlesOf.get(part) ?? [], blend === 0 ? undefined : { weights, blend }),
      );
      const pooled = perPart.flatMap((l) => l.margins);
      console.log(
        `  seen, blend ${blend}: pooled ${show(
          meanMargin(
            pooled,
            pooled.map((_, i) => i),
          ),
        )} | ${perPart.map((l) => l.text.replace(/ \(.*/, '').replaceAll(' ', '')).join(' ')}`,
      );
    }
    return;
  }
  if (args.includes('--each-blend')) {
    // Diagnostics: every blend held fixed, weights fitted on the other parts.
    for (const blend of blends.slice(1)) {
      const held: Margin[] = [];
      const perPart: string[] = [];
      const leaning: string[] = [];
      for (const part of freshParts) {
        const weights = fitWeights(
          freshParts.filter((p) => p !== part).flatMap((p) => examplesOf.get(p) ?? []),
        );
        const line = summaryLine(articlesOf.get(part) ?? [], { weights, blend, ...(upTo ? { upTo } : {}) });
        held.push(...line.margins);
        leaning.push(line.text.replace(/.*\(leaning /, '').replace(')', ''));
        perPart.push(
          show(
            meanMargin(
              line.margins,
              line.margins.map((_, i) => i),
            ),
          ).replaceAll(' ', ''),
        );
      }
      console.log(
        `  blend ${blend}: pooled ${show(
          meanMargin(
            held,
            held.map((_, i) => i),
          ),
        )} | ${perPart.join(' ')} | leaning ${leaning.join(' ')}`,
      );
    }
    return;
  }
  console.log(`${count} articles; margins: key points - Lead cut at their words, R-1 / R-2 / R-Lsum points`);
  console.log(`Leave one part out (ridge lambda ${lambda}; blend chosen inside the training parts):`);
  const before: Margin[] = [];
  const after: Margin[] = [];
  for (const part of freshParts) {
    const test = articlesOf.get(part) ?? [];
    const scorer = trainScorer(
      freshParts.filter((p) => p !== part),
      articlesOf,
      examplesOf,
      fitWeights,
    );
    const served = summaryLine(test);
    const learned = summaryLine(test, scorer.blend === 0 ? undefined : scorer);
    before.push(...served.margins);
    after.push(...learned.margins);
    console.log(
      `  ${part.padEnd(6)} (${String(test.length).padStart(2)}) served ${served.text}; learned (blend ${scorer.blend}) ${learned.text}`,
    );
  }
  const all = (m: Margin[]) =>
    show(
      meanMargin(
        m,
        m.map((_, i) => i),
      ),
    );
  console.log(`  pooled served ${all(before)}; learned held out ${all(after)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
