// Turns a reader's free-text question into search terms: cleans odd input, drops stopwords and the
// words that only frame a question ("what did ... say"), and spots speakers the question names.
import { stem, tokenize } from '../text/tokens.ts';
import { type ArticleWords, namedWords } from './speakers.ts';
import { isContentWord } from './words.ts';

/** Most distinct terms a question is searched with; the rest of a very long question is ignored. */
export const maxQueryTerms = 32;

/** A question reduced to what can be searched. */
export interface ParsedQuestion {
  /** The question as shown back: control and format characters removed, spaces collapsed. */
  display: string;
  /** Distinct stemmed content terms in question order (speaker name terms included), capped. */
  terms: string[];
  /** Speakers (as the article names them) the question mentions. */
  speakers: string[];
  /** Terms that are not part of a mentioned speaker's name: what the question is about. */
  topicTerms: string[];
}

/** NFKC-normalises, drops invisible format characters (zero-width, bidi marks), turns controls into spaces. */
export function cleanQuestion(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses a question against the speakers of an article and the article's words (to tell names apart). */
export function parseQuestion(
  raw: string,
  speakers: readonly string[],
  article: ArticleWords = [],
): ParsedQuestion {
  const display = cleanQuestion(raw);
  const all = tokenize(display);
  const words = all.filter(isContentWord);
  const terms = [...new Set(words.map(stem))].slice(0, maxQueryTerms);
  const named = speakers.map((speaker) => ({ speaker, at: namedWords(all, speaker, article) }));
  const nameTerms = new Set(named.flatMap((n) => n.at.map((i) => stem(all[i] ?? ''))));
  return {
    display,
    terms,
    speakers: named.filter((n) => n.at.length > 0).map((n) => n.speaker),
    topicTerms: terms.filter((t) => !nameTerms.has(t)),
  };
}
