// Measures quote extraction on the evaluation articles annotated with quotes: span precision, recall
// and F1 (exact match after normalising), speaker accuracy on matched spans, scare quotes kept out.

import { SHOW_SPEAKER_FROM, shownSpeaker } from '../../src/core/quotes/confidence.ts';
import { extractQuotes } from '../../src/core/quotes.ts';
import type { EvalArticle, EvalReport, Evaluator } from './types.ts';

/** Figures of one annotated article. */
export interface ArticleQuoteFigures {
  /** Article id. */
  id: string;
  /** Annotated quotations. */
  gold: number;
  /** Quotations extracted. */
  found: number;
  /** Extracted spans equal to an annotated one. */
  matched: number;
  /** Matched spans whose speaker agrees with the annotation. */
  speakerRight: number;
  /** Matched spans given a speaker other than the annotated one (name, organisation or role). */
  speakerWrong: number;
  /** Matched spans shown without a speaker while the annotation has one. */
  unattributed: number;
  /** Annotated scare quotes that were wrongly extracted. */
  scareLeaks: number;
  /** Every matched span given a speaker before the threshold: its confidence and whether it is right. */
  attributions: { confidence: number; right: boolean }[];
}

/** Everything the quotes evaluation measured. */
export interface QuoteFigures {
  /** Articles with quote annotations. */
  articles: number;
  /** Micro-averaged span precision (0-1). */
  precision: number;
  /** Micro-averaged span recall (0-1). */
  recall: number;
  /** Span F1 (0-1). */
  f1: number;
  /** Share of matched spans with the right speaker (0-1). */
  speakerAccuracy: number;
  /** Share of matched spans with a wrong speaker (0-1; target <= 0.03). */
  wrongShare: number;
  /** Share of matched spans shown as unattributed though the annotation names a speaker (0-1). */
  unattributedShare: number;
  /** Annotated scare quotes extracted as quotations, and how many were annotated. */
  scareLeaks: { leaked: number; annotated: number };
  /** Per-article figures. */
  perArticle: ArticleQuoteFigures[];
}

/**
 * Span key: quote marks and edge punctuation stripped, whitespace collapsed, curly apostrophes
 * folded to straight ones; then exact match.
 */
export function spanKey(text: string): string {
  return text
    .replace(/[“”"«»]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s'.,;:!?\-–—]+|[\s'.,;:!?\-–—]+$/g, '')
    .trim();
}

/**
 * Speaker key: a quoted nickname dropped (Nemat “Minouche” Shafik), lowercase, a leading "the " dropped,
 * whitespace collapsed. The annotation gives the
 * fullest name the article uses, as extractQuotes does, so names are compared exactly, not by surname.
 */
export function speakerKey(name: string | null): string {
  return (name ?? '')
    .replace(/\s*[“"][^”"]+[”"]\s*/g, ' ')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Scores one article; `misses` collects readable lines about every disagreement. */
export function scoreArticle(a: EvalArticle, misses: string[]): ArticleQuoteFigures {
  const gold = a.record.quotes ?? [];
  const found = extractQuotes(a.article).map((q) => ({ ...q, named: q.speaker, speaker: shownSpeaker(q) }));
  const attributions: ArticleQuoteFigures['attributions'] = [];
  const pool = gold.map((g) => ({ key: spanKey(g.text), speaker: g.speaker, used: false }));
  let matched = 0;
  let speakerRight = 0;
  let speakerWrong = 0;
  let unattributed = 0;
  for (const q of found) {
    const hit = pool.find((g) => !g.used && g.key === spanKey(q.text));
    if (!hit) {
      misses.push(`  ${a.record.id} extra: [${q.speaker}] ${clip(q.text)}`);
      continue;
    }
    hit.used = true;
    matched++;
    if (q.named !== null)
      attributions.push({
        confidence: q.confidence ?? 1,
        right: speakerKey(hit.speaker) === speakerKey(q.named),
      });
    if (speakerKey(hit.speaker) === speakerKey(q.speaker)) speakerRight++;
    else {
      if (q.speaker === null) unattributed++;
      else speakerWrong++;
      misses.push(
        `  ${a.record.id} speaker: ${clip(q.text)} -> ${q.speaker ?? (q.named === null ? 'null' : `null (${q.named} at ${q.confidence})`)} (want ${hit.speaker})`,
      );
    }
  }
  for (const g of pool.filter((x) => !x.used))
    misses.push(`  ${a.record.id} missed: [${g.speaker}] ${clip(g.key)}`);
  const foundKeys = new Set(found.map((q) => spanKey(q.text)));
  const scare = a.record.quotes_excluded_scare_quotes ?? [];
  const scareLeaks = scare.filter((s) => foundKeys.has(spanKey(s))).length;
  return {
    id: a.record.id,
    gold: gold.length,
    found: found.length,
    matched,
    speakerRight,
    speakerWrong,
    unattributed,
    scareLeaks,
    attributions,
  };
}

/** Levels the sweep reports, besides the served threshold: the speaker check's confidence is continuous. */
const sweepLevels = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

/**
 * What each threshold would show: from each of a fixed set of levels (and the served SHOW_SPEAKER_FROM), how many
 * speakers would be shown right and wrong from it up (the rest read as unattributed), and how many lie between it
 * and the next level. Choosing SHOW_SPEAKER_FROM is scripts/eval/train-speaker-check.ts's work, on held-out
 * scores; these lines show where a part's speakers sit.
 */
export function thresholdSweep(
  attributions: { confidence: number; right: boolean }[],
  matched: number,
): string[] {
  const levels = [...new Set([...sweepLevels, SHOW_SPEAKER_FROM])].sort((x, y) => x - y);
  return levels.map((level, k) => {
    const next = levels[k + 1] ?? Number.POSITIVE_INFINITY;
    const shown = attributions.filter((a) => a.confidence >= level);
    const right = shown.filter((a) => a.right).length;
    const band = shown.filter((a) => a.confidence < next);
    const bandRight = band.filter((a) => a.right).length;
    const served = level === SHOW_SPEAKER_FROM ? ' (served)' : '';
    return `  from ${level.toFixed(2)}${served}: right ${right}, wrong ${shown.length - right} of ${matched} matched (below the next level: ${bandRight} right, ${band.length - bandRight} wrong)`;
  });
}

/** The quotes evaluator for scripts/eval.ts. */
export const quotesEvaluator: Evaluator = {
  name: 'quotes',
  async run(articles: EvalArticle[]): Promise<EvalReport> {
    const annotated = articles.filter((a) => Array.isArray(a.record.quotes));
    const misses: string[] = [];
    const perArticle = annotated.map((a) => scoreArticle(a, misses));
    const sum = (f: (x: ArticleQuoteFigures) => number) => perArticle.reduce((n, x) => n + f(x), 0);
    const [gold, found, matched, right, wrong, none] = [
      sum((x) => x.gold),
      sum((x) => x.found),
      sum((x) => x.matched),
      sum((x) => x.speakerRight),
      sum((x) => x.speakerWrong),
      sum((x) => x.unattributed),
    ];
    const precision = found ? matched / found : 0;
    const recall = gold ? matched / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    const speakerAccuracy = matched ? right / matched : 0;
    const annotatedScare = annotated.reduce(
      (n, a) => n + (a.record.quotes_excluded_scare_quotes?.length ?? 0),
      0,
    );
    const figures: QuoteFigures = {
      articles: annotated.length,
      precision,
      recall,
      f1,
      speakerAccuracy,
      wrongShare: matched ? wrong / matched : 0,
      unattributedShare: matched ? none / matched : 0,
      scareLeaks: { leaked: sum((x) => x.scareLeaks), annotated: annotatedScare },
      perArticle,
    };
    const pct = (x: number) => x.toFixed(3);
    const lines = [
      `annotated articles: ${annotated.length}; gold quotes ${gold}, extracted ${found}, matched ${matched}`,
      `span precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}  (target: F1 >= 0.96)`,
      `speakers on matched spans (as shown in chat, confidence below ${SHOW_SPEAKER_FROM} shown as unattributed): right ${right} (${pct(speakerAccuracy)}; target >= 0.92), wrong ${wrong} (${pct(figures.wrongShare)}; target <= 0.03), unattributed ${none} (${pct(figures.unattributedShare)})`,
      `scare quotes extracted: ${figures.scareLeaks.leaked} of ${annotatedScare} annotated`,
      ...perArticle.map(
        (x) =>
          `  ${x.id.padEnd(40)} gold ${x.gold}  found ${x.found}  matched ${x.matched}  right ${x.speakerRight}  wrong ${x.speakerWrong}  none ${x.unattributed}`,
      ),
      'threshold sweep (speakers shown from each level up):',
      ...thresholdSweep(
        perArticle.flatMap((x) => x.attributions),
        matched,
      ),
      ...(misses.length ? ['disagreements:', ...misses] : []),
    ];
    return { lines, figures };
  },
};

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
