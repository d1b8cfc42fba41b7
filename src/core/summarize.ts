// Extractive, grounded summaries: the article's 3-5 key points and 1-2 sentences per section, each a
// verbatim sentence of the article in article order, picked by lead position, centrality and headline
// overlap, with redundancy removed (MMR). Pinned summaries win.
import type { Article, Section } from './article.ts';
import { type SentenceFeatures, scoreSentences, similarity } from './summarize/features.ts';

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
}

/** Weight of relevance against redundancy in maximal marginal relevance. */
const MMR_LAMBDA = 0.7;

/** Summarizes an article: overall key points and one summary per section. */
export function summarizeArticle(article: Article, options: SummarizeOptions = {}): ArticleSummary {
  const sentences = article.sections.flatMap((s) => s.sentences);
  const context = [article.title, article.dek ?? ''].join(' ');
  const keyPoints =
    article.pinnedSummary ??
    pickSentences(scoreSentences(sentences, context), options.keyPoints ?? keyPointCount(sentences.length));
  const sections: Record<string, string[]> = {};
  for (const section of article.sections) {
    sections[section.id] = section.pinnedSummary ?? summarizeSection(section, article);
  }
  return { keyPoints, sections };
}

/** 3 key points for a short story, 4 from 15 sentences, 5 from 30; never more than it has. */
export function keyPointCount(sentenceCount: number): number {
  const wanted = sentenceCount >= 30 ? 5 : sentenceCount >= 15 ? 4 : 3;
  return Math.min(wanted, sentenceCount);
}

function summarizeSection(section: Section, article: Article): string[] {
  const count = section.sentences.length >= 4 ? 2 : 1;
  const heading = section.id === 'lead' ? article.title : `${section.heading} ${article.title}`;
  return pickSentences(scoreSentences(section.sentences, heading), count);
}

/** Greedy MMR selection of `count` sentences, returned in article order. */
function pickSentences(scored: SentenceFeatures[], count: number): string[] {
  const chosen: SentenceFeatures[] = [];
  const texts = new Set<string>();
  const left = new Set(scored.filter((s) => !texts.has(s.sentence.text) && texts.add(s.sentence.text)));
  while (chosen.length < count && left.size > 0) {
    let best: SentenceFeatures | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const candidate of left) {
      const redundancy = Math.max(0, ...chosen.map((c) => similarity(c, candidate)));
      const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    if (best === undefined) break;
    chosen.push(best);
    left.delete(best);
  }
  return chosen.sort((a, b) => a.sentence.index - b.sentence.index).map((c) => c.sentence.text);
}
