// Sentence features for the extractive summarizer: TF-IDF vectors over stemmed content words, and a
// relevance score mixing lead position, centrality, headline overlap, length sanity and quote-only fragments.
import type { Sentence } from '../article.ts';
import { contentTerms } from '../text/tokens.ts';

/** A sentence with its unit TF-IDF vector and relevance score. */
export interface SentenceFeatures {
  /** The sentence itself. */
  sentence: Sentence;
  /** Unit-length TF-IDF vector of its stemmed content words. */
  vector: Map<string, number>;
  /** Relevance in [0, 1]-ish; higher is more summary-worthy. */
  score: number;
}

/** Feature weights; exported so the eval can report them. */
export const weights = { position: 0.5, centrality: 0.3, headline: 0.2, halfLife: 4 };

/** Scores sentences (in order) against each other and a headline-like context text. */
export function scoreSentences(sentences: Sentence[], context: string): SentenceFeatures[] {
  const terms = sentences.map((s) => contentTerms(s.text));
  const idf = inverseFrequencies(terms);
  const vectors = terms.map((t) => unitVector(t, idf));
  const centroid = unitVector(
    vectors.flatMap((v) => [...v.keys()]),
    idf,
  );
  const headline = unitVector(contentTerms(context), idf);
  const centrality = vectors.map((v) => dot(v, centroid));
  const overlap = vectors.map((v) => dot(v, headline));
  const maxCentrality = Math.max(1e-9, ...centrality);
  const maxOverlap = Math.max(1e-9, ...overlap);
  return sentences.map((sentence, i) => {
    const position = 0.5 ** (i / weights.halfLife);
    const relevance =
      weights.position * position +
      weights.centrality * ((centrality[i] ?? 0) / maxCentrality) +
      weights.headline * ((overlap[i] ?? 0) / maxOverlap);
    return { sentence, vector: vectors[i] ?? new Map(), score: relevance * lengthFactor(sentence.text) * quoteFactor(sentence.text) };
  });
}

/** Cosine similarity of two sentences' vectors. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures): number {
  return dot(a.vector, b.vector);
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

/** Very short sentences carry little; very long ones crowd the summary. */
function lengthFactor(text: string): number {
  const words = text.split(/\s+/).length;
  if (words < 6) return 0.4;
  if (words < 10) return 0.75;
  if (words > 55) return 0.7;
  return 1;
}

/** A sentence that is only quoted words, with no attribution outside the marks, reads badly alone. */
function quoteFactor(text: string): number {
  const outside = text.replace(/[“"][^”"]*[”"]?/g, ' ');
  const words = outside.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length < 2 ? 0.6 : 1;
}
