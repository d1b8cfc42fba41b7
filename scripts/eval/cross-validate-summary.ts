// `npx tsx scripts/eval/cross-validate-summary.ts [--folds N] [--joint]`: an honest estimate of how the summariser's
// weights do on text they were not chosen on. Every weight setting of a small grid is scored on every fresh
// article (ours minus Lead cut at our word count, ROUGE-1/2/Lsum); then, leaving out one part at a time (and
// in k folds by a hash of the article id), the setting best on the rest is scored on what was left out.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { type SummaryTuning, summarizeArticle } from '../../src/core/summarize.ts';
import { loadEvalArticles } from './articles.ts';
import { freshParts } from './parts.ts';
import { scoreRouge } from './rouge.ts';
import { leadCut } from './summaries.ts';
import type { EvalArticle } from './types.ts';

/** One weight setting: a label and the weights that differ from the served ones. */
export interface Setting {
  /** How the setting prints. */
  label: string;
  /** Weights differing from the served ones. */
  tuning: Partial<SummaryTuning>;
}

/** Ours minus Lead at equal length on one article, in ROUGE F1 points, R-Lsum. */
export type Margin = [number, number, number];

/**
 * The grid: each served weight moved alone to both sides, and with `joint` a coarse grid over the lead prior,
 * quote damping and headline weight together. Other ideas measured once and not kept are listed in
 * eval/fresh/RESULTS.md ("Summaries: cross-validated").
 */
export function settingsGrid(joint = false): Setting[] {
  const out: Setting[] = [{ label: 'served', tuning: {} }];
  const axes: [keyof SummaryTuning, number[]][] = [
    ['shortStoryPosition', [0.6, 0.8, 1.2, 1.5]],
    ['positionHalfLife', [2, 3, 6]],
    ['centrality', [0.3, 0.7]],
    ['headline', [0, 0.1, 0.4]],
    ['longSentence', [30, 45, 60]],
    ['quoteDamping', [0.3, 0.8]],
    ['questionDamping', [0, 0.8]],
    ['mmrLambda', [0.6, 0.8, 1]],
  ];
  for (const [key, values] of axes)
    for (const value of values) out.push({ label: `${key}=${value}`, tuning: { [key]: value } });
  if (joint)
    for (const shortStoryPosition of [0.6, 0.8, 1, 1.2])
      for (const quoteDamping of [0.3, 0.6, 0.8])
        for (const headline of [0.1, 0.2, 0.4])
          out.push({
            label: `lead ${shortStoryPosition}, quotes ${quoteDamping}, headline ${headline}`,
            tuning: { shortStoryPosition, quoteDamping, headline },
          });
  return out;
}

/** Per-article margins of one setting. */
function marginsOf(articles: EvalArticle[], tuning: Partial<SummaryTuning>): Margin[] {
  return articles.map(({ record, article }) => {
    const ours = summarizeArticle(article, { tuning }).keyPoints;
    const lead = article.sections.flatMap((s) => s.sentences.map((x) => x.text));
    const words = ours.join(' ').split(/\s+/).filter(Boolean).length;
    const a = scoreRouge(record.reference_summary, ours.join('\n'));
    const b = scoreRouge(record.reference_summary, leadCut(lead, words).join('\n'));
    return [
      100 * (a.rouge1.f1 - b.rouge1.f1),
      100 * (a.rouge2.f1 - b.rouge2.f1),
      100 * (a.rougeLsum.f1 - b.rougeLsum.f1),
    ];
  });
}

/** Mean margin over the chosen articles. */
export function meanMargin(margins: Margin[], pick: number[]): Margin {
  const sum: Margin = [0, 0, 0];
  for (const i of pick) {
    const [r1, r2, rl] = margins[i] ?? [0, 0, 0];
    sum[0] += r1;
    sum[1] += r2;
    sum[2] += rl;
  }
  const n = Math.max(pick.length, 1);
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

/** The setting with the best mean of the three margins over `train` (the served one on ties). */
export function bestSetting(table: Margin[][], train: number[]): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  table.forEach((margins, s) => {
    const m = meanMargin(margins, train);
    const value = (m[0] + m[1] + m[2]) / 3;
    if (value > bestValue + 1e-9) [best, bestValue] = [s, value];
  });
  return best;
}

/** A fold number from a hash of the id, so folds do not move when articles are added. */
export function foldOf(id: string, folds: number): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) % folds;
}

const show = (m: Margin) => m.map((x) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`).join(' / ');

async function main(args: string[]): Promise<void> {
  const folds = Number(args[args.indexOf('--folds') + 1] ?? 5) || 5;
  const root = resolve(import.meta.dirname, '..', '..');
  const articles: EvalArticle[] = [];
  const partOf: string[] = [];
  for (const part of freshParts) {
    const loaded = (await loadEvalArticles(join(root, 'eval', 'fresh', part))) ?? [];
    for (const a of loaded.filter((x) => x.record.reference_summary.trim() !== '')) {
      articles.push(a);
      partOf.push(part);
    }
  }
  const settings = settingsGrid(args.includes('--joint'));
  const table = settings.map((s) => marginsOf(articles, s.tuning));
  const all = articles.map((_, i) => i);
  console.log(
    `${articles.length} articles, ${settings.length} settings; margins: ours - Lead cut at our words, R-1 / R-2 / R-Lsum points`,
  );
  console.log('\nLeave one part out (setting chosen on the other parts):');
  const held: Margin[] = [];
  for (const part of freshParts) {
    const test = all.filter((i) => partOf[i] === part);
    const train = all.filter((i) => partOf[i] !== part);
    const s = bestSetting(table, train);
    const m = meanMargin(table[s] ?? [], test);
    held.push(...test.map((i) => table[s]?.[i] ?? ([0, 0, 0] as Margin)));
    const served = meanMargin(table[0] ?? [], test);
    console.log(
      `  ${part.padEnd(6)} (${test.length}) held out ${show(m)}  [${settings[s]?.label}]; served weights ${show(served)}`,
    );
  }
  console.log(
    `  pooled held-out ${show(
      meanMargin(
        held,
        held.map((_, i) => i),
      ),
    )}`,
  );
  console.log(`\n${folds} folds by id hash:`);
  const foldHeld: Margin[] = [];
  for (let f = 0; f < folds; f++) {
    const test = all.filter((i) => foldOf(articles[i]?.record.id ?? '', folds) === f);
    const s = bestSetting(
      table,
      all.filter((i) => !test.includes(i)),
    );
    foldHeld.push(...test.map((i) => table[s]?.[i] ?? ([0, 0, 0] as Margin)));
    console.log(
      `  fold ${f} (${test.length}) held out ${show(meanMargin(table[s] ?? [], test))}  [${settings[s]?.label}]`,
    );
  }
  console.log(
    `  pooled held-out ${show(
      meanMargin(
        foldHeld,
        foldHeld.map((_, i) => i),
      ),
    )}`,
  );
  console.log('\nEvery setting on all articles (seen), then per part:');
  settings.forEach((s, n) => {
    const parts = freshParts.map((p) =>
      show(
        meanMargin(
          table[n] ?? [],
          all.filter((i) => partOf[i] === p),
        ),
      ).replaceAll(' ', ''),
    );
    console.log(`  ${s.label.padEnd(26)} ${show(meanMargin(table[n] ?? [], all))} | ${parts.join(' ')}`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
