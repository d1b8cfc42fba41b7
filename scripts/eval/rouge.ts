// ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 as Google's rouge-score computes them with use_stemmer=True
// (tokenizer, nltk-flavoured Porter stems, union-LCS with 1.5.5's no-double-counting), so `npm run eval`
// needs no Python and its figures compare with published ones.
import { stemLikeNltk } from './nltk-porter.ts';

/** Precision, recall and F1 of one ROUGE measure. */
export interface RougeScore {
  /** Matched units over the candidate's units. */
  precision: number;
  /** Matched units over the reference's units. */
  recall: number;
  /** Harmonic mean of precision and recall (0 when both are 0). */
  f1: number;
}

/** The three measures the eval reports. */
export interface RougeScores {
  /** Unigram overlap. */
  rouge1: RougeScore;
  /** Bigram overlap. */
  rouge2: RougeScore;
  /** Summary-level longest common subsequence over one sentence per line. */
  rougeLsum: RougeScore;
}

/** rouge-score's tokenizer: lowercase, non-alphanumerics to spaces, stem tokens longer than 3 characters. */
export function tokenizeForRouge(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .map((token) => (token.length > 3 ? stemLikeNltk(token) : token))
    .filter((token) => /^[a-z0-9]+$/.test(token));
}

/** Scores a candidate against a reference; both hold one sentence per line (needed by ROUGE-Lsum). */
export function scoreRouge(reference: string, candidate: string): RougeScores {
  const refTokens = tokenizeForRouge(reference);
  const candTokens = tokenizeForRouge(candidate);
  return {
    rouge1: scoreNgrams(refTokens, candTokens, 1),
    rouge2: scoreNgrams(refTokens, candTokens, 2),
    rougeLsum: scoreSummaryLcs(
      splitLines(reference).map(tokenizeForRouge),
      splitLines(candidate).map(tokenizeForRouge),
    ),
  };
}

function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

function toScore(hits: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount > 0 ? hits / candidateCount : 0;
  const recall = referenceCount > 0 ? hits / referenceCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function scoreNgrams(reference: string[], candidate: string[], n: number): RougeScore {
  const ref = countNgrams(reference, n);
  const cand = countNgrams(candidate, n);
  let hits = 0;
  for (const [gram, count] of ref) hits += Math.min(count, cand.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  // rouge-score divides by max(count, 1), so an empty side scores 0 rather than NaN.
  return toScore(hits, Math.max(total(cand), 1), Math.max(total(ref), 1));
}

/** Indices into `ref` of one longest common subsequence, backtracked exactly as rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const cols = can.length + 1;
  const table = new Int32Array((ref.length + 1) * cols);
  for (let i = 1; i <= ref.length; i++) {
    for (let j = 1; j <= can.length; j++) {
      table[i * cols + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * cols + j - 1] ?? 0) + 1
          : Math.max(table[(i - 1) * cols + j] ?? 0, table[i * cols + j - 1] ?? 0);
    }
  }
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * cols + j - 1] ?? 0) > (table[(i - 1) * cols + j] ?? 0)) j--;
    else i--;
  }
  return out.reverse();
}

/** Summary-level LCS (ROUGE paper 3.2): per reference sentence, the union LCS with every candidate sentence. */
function scoreSummaryLcs(reference: string[][], candidate: string[][]): RougeScore {
  const m = reference.reduce((sum, s) => sum + s.length, 0);
  const n = candidate.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const refLeft = countTokens(reference);
  const candLeft = countTokens(candidate);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set<number>();
    for (const cand of candidate) for (const index of lcsIndices(sentence, cand)) union.add(index);
    // Each token is counted at most as often as it occurs on both sides, as ROUGE 1.5.5 does.
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = sentence[index] as string;
      if ((candLeft.get(token) ?? 0) > 0 && (refLeft.get(token) ?? 0) > 0) {
        hits++;
        candLeft.set(token, (candLeft.get(token) ?? 0) - 1);
        refLeft.set(token, (refLeft.get(token) ?? 0) - 1);
      }
    }
  }
  return toScore(hits, n, m);
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}
