// Which speakers a question names. One word of a name is enough ("xi" for Xi Jinping, a typo
// allowed in long words), unless the question pairs it with a word that, in this article, makes
// it another name: "south korea" is not the speaker "North Korea", while "president xi" is Xi.
import { distance } from 'fastest-levenshtein';
import { isStopword, tokenize } from '../text/tokens.ts';
import { isContentWord } from './words.ts';

/** One word of the article: lowercase, and whether the article writes it as a name. */
export interface ArticleWord {
  /** Lowercase word, as tokenize gives it. */
  word: string;
  /** The article capitalises this word inside sentences and never writes it in lowercase. */
  capital: boolean;
}

/** The article's sentences as words, to tell names apart. */
export type ArticleWords = readonly (readonly ArticleWord[])[];

/** Splits sentences into words like tokenize, marking words the article writes as names. */
export function articleWordsOf(sentences: readonly string[]): ArticleWords {
  return runSteps(articleWordsSteps(sentences, Number.POSITIVE_INFINITY));
}

/** articleWordsOf in steps: pauses (yields) after every `every` sentences, so a caller can let others run. */
export function* articleWordsSteps(
  sentences: readonly string[],
  every: number,
): Generator<void, ArticleWords> {
  const raw: string[][] = [];
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
    raw.push(words);
    words.forEach((w, i) => {
      if (!/^\p{Lu}/u.test(w)) lower.add(w.toLowerCase());
      else if (i > 0) capitalised.add(w.toLowerCase());
    });
    if (raw.length % every === 0) yield;
  }
  const out: ArticleWord[][] = [];
  for (const words of raw) {
    out.push(
      words.map((w) => {
        const word = w.toLowerCase();
        return { word, capital: capitalised.has(word) && !lower.has(word) };
      }),
    );
    if (out.length % every === 0) yield;
  }
  return out;
}

/** Runs a stepwise computation to its end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Indexes of the question's words (all tokens, in order) that name this speaker. */
export function namedWords(question: readonly string[], speaker: string, article: ArticleWords): number[] {
  const name = tokenize(speaker);
  const parts = name.filter((w) => !isStopword(w));
  const out: number[] = [];
  question.forEach((word, i) => {
    const part = parts.find(
      (p) => word === p || (word.length >= 5 && p.length >= 5 && distance(word, p) <= 1),
    );
    if (part === undefined) return;
    const sides = [
      { other: question[i - 1], offset: -1 },
      { other: question[i + 1], offset: 1 },
    ];
    const fits = sides.every(
      ({ other, offset }) => other === undefined || partOfName(other, offset, part, name, article),
    );
    const beside = sides.some(({ other }) => other !== undefined && other !== part && parts.includes(other));
    if (fits && (beside || standsForSpeaker(part, name, article))) out.push(i);
  });
  return out;
}

/**
 * True when, in the article, the word mostly means this speaker: it appears inside the full name
 * or on its own more often than beside another capitalised word ("Korea" in "South Korea" is not
 * the speaker "North Korea").
 */
function standsForSpeaker(part: string, name: readonly string[], article: ArticleWords): boolean {
  let own = 0;
  let other = 0;
  for (const words of article) {
    words.forEach((w, i) => {
      if (w.word !== part) return;
      const foreign = [words[i - 1], words[i + 1]].some((n) => n?.capital && !name.includes(n.word));
      if (insideName(words, i, name) || !foreign) own++;
      else other++;
    });
  }
  return own >= other;
}

/**
 * False only when the article puts the capitalised word `other` right beside `part` (at `offset`)
 * and never within the speaker's full name: then the pair is another name. Words of the name,
 * stopwords, question words and pairs the article never has are no evidence either way.
 */
function partOfName(
  other: string,
  offset: number,
  part: string,
  name: readonly string[],
  article: ArticleWords,
) {
  if (name.includes(other) || !isContentWord(other)) return true;
  let paired = false;
  for (const words of article) {
    for (let i = 0; i < words.length; i++) {
      const beside = words[i + offset];
      if (words[i]?.word !== part || beside?.word !== other || !beside.capital) continue;
      if (insideName(words, i, name)) return true;
      paired = true;
    }
  }
  return !paired;
}

/** True when position `at` falls inside an occurrence of the full name. */
function insideName(words: readonly ArticleWord[], at: number, name: readonly string[]): boolean {
  for (let start = Math.max(0, at - name.length + 1); start <= at; start++) {
    if (name.every((w, k) => words[start + k]?.word === w)) return true;
  }
  return false;
}
