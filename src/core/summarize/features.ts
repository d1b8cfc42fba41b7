// Sentence features for the extractive summarizer: TF-IDF vectors over stemmed content words and a
// relevance score mixing lead position, centrality and headline overlap, damped for odd lengths, quotes and
// questions.
// In a short story the lead position counts for more, since centrality over few sentences is a weak signal.
import type { Sentence } from '../article.ts';
import { contentTerms } from '../text/tokens.ts';
import { quotedShares } from './quoted.ts';

/** A sentence with its unit TF-IDF vector and relevance score. */
export interface SentenceFeatures {
  /** The sentence itself. */
  sentence: Sentence;
  /** Unit-length TF-IDF vector of its stemmed content words. */
  vector: Map<string, number>;
  /** Relevance, higher is more summary-worthy (at most 1 + SHORT_STORY_POSITION - WEIGHT.position). */
  score: number;
  /** Degree centrality over the largest in the article (0-1). */
  centrality: number;
  /** Headline overlap over the largest in the article (0-1). */
  headline: number;
}

/** What scoring needs of one sentence, computed once per article. */
export interface SentenceFacts {
  /** The sentence itself. */
  sentence: Sentence;
  /** Its stemmed content words. */
  terms: string[];
  /** Share of its words inside quote marks (0-1). */
  quoted: number;
}

/** News puts the gist first: a sentence's lead prior halves every 4 sentences. */
const POSITION_HALF_LIFE = 4;
/** Mix of the three relevance signals (they sum to 1) in a long story. */
const WEIGHT = { position: 0.3, centrality: 0.5, headline: 0.2 };
/**
 * The position weight in a story of at most SHORT_STORY sentences. Degree centrality summed over a dozen
 * short sentences is noisy, and such stories (wire copy, briefs, press releases) state their news first;
 * so the lead prior outweighs centrality there, easing back to WEIGHT.position at LONG_STORY sentences.
 * First 0.6 (fresh parts then: +1.2/+0.3/+0.9 to +2.4/+1.4/+2.2 points over Lead at equal length); 1.0
 * since every fresh part was seen (132 articles, 4-27 sentences): with QUOTE_DAMPING 0.6, pooled over them
 * +2.4/+1.6/+1.9 to +2.8/+2.2/+2.5, no part more than 0.6 worse (eval/fresh/RESULTS.md). Centrality still
 * lets a later sentence displace a lead sentence that is a quote, a fragment or background.
 */
const SHORT_STORY_POSITION = 1.0;
/** Up to this many sentences a story is short (full SHORT_STORY_POSITION). */
const SHORT_STORY = 20;
/** From this many sentences a story is long (plain WEIGHT.position). */
const LONG_STORY = 30;
/**
 * A sentence entirely inside quote marks keeps 40% of its score: key points state, quotes colour. Over the
 * fresh parts, wholly quoted sentences share 0.28 of their words with the reference summaries, reported
 * ones 0.39.
 */
const QUOTE_DAMPING = 0.6;
/** A question keeps half its score: it asks what the story answers (0.19 of its words in the references). */
const QUESTION_DAMPING = 0.5;
/** A sentence ending in a question mark, perhaps inside closing quote marks. */
const question = /\?[\s"”’']*$/;
/** Sentences longer than this many words are damped in proportion, so key points stay readable. */
const LONG_SENTENCE = 35;

/** The scoring weights a caller may vary (the cross-validation script does); defaults are what the bot serves. */
export interface ScoreTuning {
  /** Lead prior of a short story (SHORT_STORY_POSITION). */
  shortStoryPosition: number;
  /** Sentences over which the lead prior halves. */
  positionHalfLife: number;
  /** Weight of degree centrality. */
  centrality: number;
  /** Weight of headline overlap. */
  headline: number;
  /** Sentences longer than this many words are damped in proportion. */
  longSentence: number;
  /** Share of its score a wholly quoted sentence loses. */
  quoteDamping: number;
  /** Share of its score a question loses. */
  questionDamping: number;
}

/** What the bot serves. */
export const defaultScoreTuning: ScoreTuning = {
  shortStoryPosition: SHORT_STORY_POSITION,
  positionHalfLife: POSITION_HALF_LIFE,
  centrality: WEIGHT.centrality,
  headline: WEIGHT.headline,
  longSentence: LONG_SENTENCE,
  quoteDamping: QUOTE_DAMPING,
  questionDamping: QUESTION_DAMPING,
};

/** Content words and quote share of each sentence (in article order). */
export function describeSentences(sentences: Sentence[]): SentenceFacts[] {
  const quoted = quotedShares(sentences);
  return sentences.map((sentence, i) => ({
    sentence,
    terms: contentTerms(sentence.text),
    quoted: quoted[i] ?? 0,
  }));
}

/**
 * Scores sentences (given in article order) against each other and a headline-like context.
 * Centrality is degree centrality: the summed cosine similarity to every other sentence.
 */
export function scoreSentences(
  facts: SentenceFacts[],
  context: string,
  tuning: ScoreTuning = defaultScoreTuning,
): SentenceFeatures[] {
  const terms = facts.map((f) => f.terms);
  const idf = inverseFrequencies(terms);
  const vectors = terms.map((t) => unitVector(t, idf));
  const headline = unitVector(contentTerms(context), idf);
  // Summed similarity to the others is v·(Σv) − v·v: one pass instead of all pairs.
  const total = new Map<string, number>();
  for (const v of vectors) for (const [term, weight] of v) total.set(term, (total.get(term) ?? 0) + weight);
  const centrality = vectors.map((v) => dot(v, total) - dot(v, v));
  const overlap = vectors.map((v) => dot(v, headline));
  const maxCentrality = largest(centrality);
  const maxOverlap = largest(overlap);
  const positionWeight = positionWeightFor(facts.length, tuning.shortStoryPosition);
  return facts.map(({ sentence, quoted }, i) => {
    const relevance =
      positionWeight * 0.5 ** (i / tuning.positionHalfLife) +
      tuning.centrality * ((centrality[i] ?? 0) / maxCentrality) +
      tuning.headline * ((overlap[i] ?? 0) / maxOverlap);
    const asks = question.test(sentence.text) ? 1 - tuning.questionDamping : 1;
    const words = sentence.text.split(/\s+/).length;
    const damping = lengthFactor(words, tuning.longSentence) * (1 - tuning.quoteDamping * quoted) * asks;
    return {
      sentence,
      vector: vectors[i] ?? new Map(),
      score: relevance * damping,
      centrality: (centrality[i] ?? 0) / maxCentrality,
      headline: (overlap[i] ?? 0) / maxOverlap,
    };
  });
}

/** Weight of the lead prior for a story (or section) of `count` sentences: see SHORT_STORY_POSITION. */
export function positionWeightFor(count: number, short = SHORT_STORY_POSITION): number {
  if (count <= SHORT_STORY) return short;
  if (count >= LONG_STORY) return WEIGHT.position;
  const along = (count - SHORT_STORY) / (LONG_STORY - SHORT_STORY);
  return short + (WEIGHT.position - short) * along;
}

/** Cosine similarity of two sentences' vectors. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures): number {
  return dot(a.vector, b.vector);
}

/** The largest value, at least a tiny positive floor; a loop, since spreading 100k+ values overflows the stack. */
function largest(values: number[]): number {
  let max = 1e-9;
  for (const v of values) if (v > max) max = v;
  return max;
}

function inverseFrequencies(documents: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log(1 + documents.length / count));
  return idf;
}

function unitVector(terms: string[], idf: Map<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of tf) {
    const weight = (1 + Math.log(count)) * (idf.get(term) ?? 0);
    if (weight <= 0) continue;
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Very short sentences carry little (datelines, fragments); very long ones crowd a key point. */
function lengthFactor(words: number, long: number): number {
  if (words < 6) return 0.4;
  if (words < 10) return 0.75;
  return words > long ? long / words : 1;
}
