// Turns a reader's free-text question into search terms: cleans odd input, drops stopwords and the
// words that only frame a question ("what did ... say"), and spots speakers the question names.
import { distance } from 'fastest-levenshtein';
import { isStopword, stem, tokenize } from '../text/tokens.ts';

/** Most distinct terms a question is searched with; the rest of a very long question is ignored. */
export const maxQueryTerms = 32;

/** Words that frame a question rather than say what it is about. */
// biome-ignore format: a word list reads best packed
const questionWords = new Set([
  'what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'which', 'whether',
  'did', 'do', 'does', 'say', 'says', 'said', 'tell', 'told', 'mention', 'mentioned',
  'article', 'story', 'anything', 'something',
]);

/** A question reduced to what can be searched. */
export interface ParsedQuestion {
  /** The question as shown back: control and format characters removed, spaces collapsed. */
  display: string;
  /** Distinct stemmed content terms in question order (speaker name terms included), capped. */
  terms: string[];
  /** Surface word for each term (first one seen), for messages. */
  words: Map<string, string>;
  /** Speakers (as the article names them) the question mentions. */
  speakers: string[];
  /** Terms that are not part of a mentioned speaker's name: what the question is about. */
  topicTerms: string[];
}

/** Removes control/format characters (zero-width joiners, bidi marks), NFKC-normalises, collapses spaces. */
export function cleanQuestion(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a word that carries meaning in a question (not a stopword, not a question word). */
export function isContentWord(word: string): boolean {
  return !isStopword(word) && !questionWords.has(word) && (word.length > 1 || /\d/.test(word));
}

/** Parses a question against the speakers of an article. */
export function parseQuestion(raw: string, speakers: readonly string[]): ParsedQuestion {
  const display = cleanQuestion(raw);
  const words = tokenize(display).filter(isContentWord);
  const terms: string[] = [];
  const surface = new Map<string, string>();
  for (const word of words) {
    const term = stem(word);
    if (surface.has(term)) continue;
    if (terms.length >= maxQueryTerms) break;
    surface.set(term, word);
    terms.push(term);
  }
  const found = speakers.filter((speaker) => words.some((w) => namesSpeaker(w, speaker)));
  const nameTerms = new Set(words.filter((w) => found.some((s) => namesSpeaker(w, s))).map(stem));
  return {
    display,
    terms,
    words: surface,
    speakers: found,
    topicTerms: terms.filter((t) => !nameTerms.has(t)),
  };
}

/** Content words of a speaker's name ("Xi Jinping" -> xi, jinping). */
function nameWords(speaker: string): string[] {
  return tokenize(speaker).filter((w) => !isStopword(w));
}

/**
 * True when a question word names the speaker: an exact name word ("xi" for Xi Jinping), or one
 * edit away for words of five letters or more ("jinpng").
 */
function namesSpeaker(word: string, speaker: string): boolean {
  return nameWords(speaker).some(
    (part) => word === part || (word.length >= 5 && part.length >= 5 && distance(word, part) <= 1),
  );
}
