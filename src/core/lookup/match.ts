// Forgiving word matching for lookups typed by people: exact words, shared stems, prefixes
// ("econ") and small typos ("symbolsm"), scored 0-1 so callers can rank and cut off.
import { distance } from 'fastest-levenshtein';
import { isStopword, stem, tokenize } from '../text/tokens.ts';

/** A text prepared for matching: its words and their stems. */
export interface Target {
  /** Lowercase words, initialisms collapsed ("U.S." -> "us"). */
  words: string[];
  /** Porter stems of `words`, same order. */
  stems: string[];
  /** Words joined by one space, for phrase checks. */
  phrase: string;
}

/** Lowest score that still counts as a plausible match. */
export const plausible = 0.5;

/** Lowercase words of a text with initialisms collapsed, so "U.S." and "US" are both "us". */
export function words(text: string): string[] {
  return tokenize(text.replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')));
}

/** Prepares a text for matching. */
export function toTarget(text: string): Target {
  const w = words(text);
  return { words: w, stems: w.map(stem), phrase: w.join(' ') };
}

/** How well one typed word matches one target word (0-1). */
export function scoreWord(typed: string, typedStem: string, word: string, wordStem: string): number {
  if (typed === word) return 1;
  if (typedStem === wordStem) return 0.95;
  if (word.startsWith(typed)) return Math.min(0.9, 0.6 + (0.3 * typed.length) / word.length);
  if (typed.length < 4 || Math.abs(typed.length - word.length) > 2) return 0;
  const edits = distance(typed, word);
  return edits <= (typed.length >= 7 ? 2 : 1) ? 0.8 - 0.15 * edits : 0;
}

/**
 * Score (0-1, plus small tie-breaking bonuses) of a query against a target: the mean, over the
 * query's content words, of each word's best match. Stopwords are ignored; a query of
 * stopwords only ("what now") must be how the target begins.
 */
export function scoreQuery(query: string, target: Target, ignore: ReadonlySet<string> = new Set()): number {
  const typed = words(query).filter((w) => !ignore.has(w));
  const content = typed.filter((w) => !isStopword(w));
  if (typed.length === 0 || target.words.length === 0) return 0;
  if (content.length === 0) return target.phrase.startsWith(typed.join(' ')) ? 0.9 : 0;
  let total = 0;
  const hit = new Set<number>();
  for (const w of content) {
    const ws = stem(w);
    let best = 0;
    let bestAt = -1;
    target.words.forEach((t, i) => {
      const s = scoreWord(w, ws, t, target.stems[i] ?? t);
      if (s > best) [best, bestAt] = [s, i];
    });
    if (best >= plausible) {
      total += best;
      hit.add(bestAt);
    }
  }
  const base = total / content.length;
  if (base < plausible) return 0;
  const coverage = hit.size / target.words.filter((w) => !isStopword(w)).length || 0;
  const phrase = typed.length > 1 && target.phrase.includes(typed.join(' ')) ? 0.05 : 0;
  return base + 0.05 * Math.min(1, coverage) + phrase;
}
