// Word-level text tools shared by the summarizer, lookups and retrieval: tokenising, English
// stopwords (stopword library) and Porter stemming (stemmer library).
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const stopwords = new Set<string>([...eng, 'said', 'says', 'also', 'would', 'could', 'one']);

/** Lowercase word tokens (letters and digits, Unicode-aware; apostrophes dropped). */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** True for an English stopword (already lowercase). */
export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/** Stems already computed: news vocabulary repeats, and the stemmer's suffix regexes are the costly part. */
const stems = new Map<string, string>();
const stemsKept = 20_000;

/** Porter stem of a lowercase word. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    if (stems.size >= stemsKept) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** Stemmed content words of a text: tokenised, stopwords removed, stemmed. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((w) => !isStopword(w) && (w.length > 1 || /\d/.test(w)))
    .map(stem);
}
