// Extractive, grounded summaries: the article's 3-5 key points and 1-2 sentences per section, each a
// verbatim sentence of the article in article order, picked by lead position, centrality and headline
// overlap, with redundancy removed (MMR). Pinned summaries win.
import type { Article, Section } from './article.ts';
import {
  defaultScoreTuning,
  describeSentences,
  type ScoreTuning,
  type SentenceFeatures,
  scoreSentences,
  similarity,
} from './summarize/features.ts';
import { type LearnedScorer, rescore } from './summarize/learned.ts';
import { leaningOpener } from './summarize/standalone.ts';

/** Key points of the article and the summary of each section. */
export interface ArticleSummary {
  /** 3-5 sentences (fewer only when the article has fewer), or the pinned summary. */
  keyPoints: string[];
  /** Section id -> 1-2 sentences of that section (1 when it has one), or its pinned summary. */
  sections: Record<string, string[]>;
}

/** Tuning of the selection; the defaults are what the bot serves. */
export interface SummarizeOptions {
  /** Exact number of key points wanted (capped by the sentence count); default depends on length. */
  keyPoints?: number;
  /** Weights other than the served ones (scripts/eval/cross-validate-summary.ts varies them). */
  tuning?: Partial<SummaryTuning>;
  /** A learned sentence scorer for the key points (scripts/eval/train-sentence-scorer.ts trains one). */
  scorer?: LearnedScorer;
}

/** Every weight of the selection. */
export interface SummaryTuning extends ScoreTuning {
  /** Weight of relevance against redundancy in maximal marginal relevance. */
  mmrLambda: number;
}

/** The served weights. */
export const defaultSummaryTuning: SummaryTuning = { ...defaultScoreTuning, mmrLambda: 0.7 };
/** Cosine similarity from which a sentence counts as a near-copy of one already chosen. */
const NEAR_COPY = 0.6;

/** Summarizes an article: overall key points and one summary per section. */
export function summarizeArticle(article: Article, options: SummarizeOptions = {}): ArticleSummary {
  const facts = describeSentences(article.sections.flatMap((s) => s.sentences));
  const context = [article.title, article.dek ?? ''].join(' ');
  const tuning = { ...defaultSummaryTuning, ...options.tuning };
  const scored = scoreSentences(facts, context, tuning);
  const count = options.keyPoints ?? keyPointCount(facts.length);
  const ranked = options.scorer ? rescore(facts, scored, options.scorer) : scored;
  const keyPoints =
    pinned(article.pinnedSummary) ??
    pickSentences(ranked, count, tuning.mmrLambda, spreadOver(article, count));
  const sections: Record<string, string[]> = {};
  let from = 0;
  for (const section of article.sections) {
    const own = facts.slice(from, from + section.sentences.length);
    from += section.sentences.length;
    // A story without headings is one section: its scores are the article's.
    const scores =
      own.length === facts.length ? scored : scoreSentences(own, sectionContext(section, context), tuning);
    sections[section.id] =
      pinned(section.pinnedSummary) ?? pickSentences(scores, own.length >= 4 ? 2 : 1, tuning.mmrLambda);
  }
  return { keyPoints, sections };
}

/**
 * 3 key points for a short story (under 20 sentences, as in features.ts), 4 from 20 sentences, 5 from 30;
 * never more than it has. A fourth point in a story of 15-19 sentences mostly added a quote or background
 * (the fresh parts' reference summaries run to about 55 words, 2-3 sentences).
 */
export function keyPointCount(sentenceCount: number): number {
  const wanted = sentenceCount >= 30 ? 5 : sentenceCount >= 20 ? 4 : 3;
  return Math.min(wanted, sentenceCount);
}

/** An editor's pinned summary, unless it is missing or empty. */
function pinned(summary: string[] | undefined): string[] | undefined {
  return summary && summary.length > 0 ? summary : undefined;
}

/**
 * In a story with headed sections the key points should cover the story, not only its opening: no
 * section may give more than half of them (while other sections still have sentences to offer).
 */
function spreadOver(article: Article, count: number): Spread | undefined {
  if (article.sections.length < 3) return undefined;
  const sectionOf = new Map<number, string>();
  for (const section of article.sections)
    for (const s of section.sentences) sectionOf.set(s.index, section.id);
  return { sectionOf, cap: Math.ceil(count / 2) };
}

/** A limit on how many picks may come from one section. */
interface Spread {
  /** Sentence index -> section id. */
  sectionOf: Map<number, string>;
  /** Most picks per section. */
  cap: number;
}

/** A section is read against its own heading and the article's headline. */
function sectionContext(section: Section, context: string): string {
  return section.id === 'lead' ? context : `${section.heading} ${context}`;
}

/**
 * Greedy MMR selection of `count` sentences, returned in article order. A sentence that nearly repeats
 * one already chosen, or that would not stand alone as a bullet (see standalone.ts), is passed over
 * while anything else is left; choosing more can only help the pronoun test, so a pick stays standalone.
 * A leaning connective is never cured by more picks: when only such sentences are left, picking stops
 * (after two key points).
 */
function pickSentences(scored: SentenceFeatures[], count: number, lambda: number, spread?: Spread): string[] {
  const chosen: SentenceFeatures[] = [];
  const perSection = new Map<string, number>();
  const sectionOf = (c: SentenceFeatures) => spread?.sectionOf.get(c.sentence.index) ?? '';
  const full = (c: SentenceFeatures) =>
    spread !== undefined && (perSection.get(sectionOf(c)) ?? 0) >= spread.cap;
  const texts = new Set<string>();
  const left = new Set(scored.filter((s) => !texts.has(s.sentence.text) && texts.add(s.sentence.text)));
  while (chosen.length < count && left.size > 0) {
    let best: { candidate: SentenceFeatures; value: number; repeats: boolean } | undefined;
    const open = [...left].filter((c) => !full(c));
    for (const candidate of open.length > 0 ? open : left) {
      let redundancy = 0;
      for (const c of chosen) redundancy = Math.max(redundancy, similarity(c, candidate));
      const value = lambda * candidate.score - (1 - lambda) * redundancy;
      const repeats = redundancy >= NEAR_COPY || leans(candidate, chosen);
      const better =
        best === undefined || (best.repeats && !repeats) || (best.repeats === repeats && value > best.value);
      if (better) best = { candidate, value, repeats };
    }
    if (best === undefined) break;
    // Only sentences that repeat or lean are left: one opening with a connective ("And ...") leans
    // whatever else is chosen, so fewer key points are given rather than that one (two at least).
    if (
      best.repeats &&
      chosen.length >= 2 &&
      leaningOpener(best.candidate.sentence.text, []) === 'connective'
    )
      break;
    chosen.push(best.candidate);
    left.delete(best.candidate);
    perSection.set(sectionOf(best.candidate), (perSection.get(sectionOf(best.candidate)) ?? 0) + 1);
  }
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index).map((c) => c.sentence.text);
}

/** Whether the candidate, placed among the chosen in article order, would lean on a missing sentence. */
function leans(candidate: SentenceFeatures, chosen: SentenceFeatures[]): boolean {
  const earlier = chosen
    .filter((c) => c.sentence.index < candidate.sentence.index)
    .map((c) => c.sentence.text);
  return leaningOpener(candidate.sentence.text, earlier) !== null;
}
