// The BM25 index (minisearch) over an article's sentences, built once per analysed article and
// cached: sentences carry their section heading and the speakers quoted in them as boosted fields.
// Chat commands build it in small steps between other work (`prepareIndex`): a 1 MB article's
// index takes hundreds of milliseconds, which must never hold the event loop in one go.
import MiniSearch from 'minisearch';
import type { AnalyzedArticle, Section, Sentence } from '../article.ts';
import { stem, tokenize } from '../text/tokens.ts';
import { speakersBySentence } from './quote-places.ts';
import { type ArticleWords, articleWordsSteps, runSteps } from './speakers.ts';
import { isContentWord } from './words.ts';

/** One sentence as indexed. */
export interface SentenceDoc {
  /** Article-wide sentence index. */
  id: number;
  /** The sentence, verbatim. */
  text: string;
  /** Heading of its section. */
  heading: string;
  /** Names of the speakers quoted in it, space-separated. */
  speakers: string;
}

/** Everything retrieval needs about one article. */
export interface AskIndex {
  /** Sentence-level BM25 index (fields text, heading, speakers). */
  sentences: MiniSearch<SentenceDoc>;
  /** Section-level index (fields heading, text) for pointing at the closest sections. */
  sections: MiniSearch<{ id: string; heading: string; text: string }>;
  /** Every sentence by article-wide index, with its section. */
  byIndex: Map<number, { sentence: Sentence; section: Section }>;
  /** Number of sentences containing each stemmed term (in text, heading or speakers). */
  docFreq: Map<string, number>;
  /** Number of sentences. */
  count: number;
  /** Every sentence as words with their case, to tell speakers' names from other names. */
  words: ArticleWords;
}

/** Field boosts: a heading match counts half a word of the sentence; a quoted speaker's name as much as one. */
export const fieldBoosts = { text: 1, heading: 0.5, speakers: 1 };

const cache = new WeakMap<AnalyzedArticle, AskIndex>();
const preparing = new WeakMap<AnalyzedArticle, Promise<AskIndex>>();

/** Sentences indexed between two pauses when built in steps (a few milliseconds of work). */
const sentencesPerStep = 250;

/** Stemmed content term of one token, or null for stopwords, question words and stray single letters. */
export function processTerm(token: string): string | null {
  const word = token.toLowerCase();
  return isContentWord(word) ? stem(word) : null;
}

/** The index for an article, built at once on first use and cached for that analysed article. */
export function indexFor(a: AnalyzedArticle): AskIndex {
  let index = cache.get(a);
  if (!index) {
    index = runSteps(buildSteps(a, Number.POSITIVE_INFINITY));
    cache.set(a, index);
  }
  return index;
}

/** The index for an article, built in small steps with the event loop free in between; then cached. */
export function prepareIndex(a: AnalyzedArticle): Promise<AskIndex> {
  const ready = cache.get(a);
  if (ready) return Promise.resolve(ready);
  let pending = preparing.get(a);
  if (!pending) {
    pending = stepThrough(buildSteps(a, sentencesPerStep)).then((index) => {
      cache.set(a, cache.get(a) ?? index);
      preparing.delete(a);
      return cache.get(a) as AskIndex;
    });
    preparing.set(a, pending);
  }
  return pending;
}

/** Runs the steps, each on a fresh turn of the event loop. */
async function stepThrough<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* buildSteps(a: AnalyzedArticle, every: number): Generator<void, AskIndex> {
  const options = { tokenize, processTerm };
  const sentences = new MiniSearch<SentenceDoc>({ fields: ['text', 'heading', 'speakers'], ...options });
  const sections = new MiniSearch<{ id: string; heading: string; text: string }>({
    fields: ['heading', 'text'],
    ...options,
  });
  const byIndex = new Map<number, { sentence: Sentence; section: Section }>();
  const docFreq = new Map<string, number>();
  const texts: string[] = [];
  for (const section of a.article.sections) {
    const speakersIn = speakersBySentence(
      section,
      a.quotes.filter((q) => q.sectionId === section.id),
    );
    const heading = section.id === 'lead' ? '' : section.heading;
    for (const sentence of section.sentences) {
      byIndex.set(sentence.index, { sentence, section });
      const speakers = speakersIn.get(sentence.index) ?? [];
      const doc = { id: sentence.index, text: sentence.text, heading, speakers: speakers.join(' ') };
      sentences.add(doc);
      texts.push(doc.text);
      const terms = new Set([doc.text, doc.heading, doc.speakers].flatMap(termsOf));
      for (const term of terms) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
      if (texts.length % every === 0) yield;
    }
    sections.add({ id: section.id, heading, text: section.sentences.map((s) => s.text).join(' ') });
  }
  const words = yield* articleWordsSteps(texts, every * 4);
  return { sentences, sections, byIndex, docFreq, count: texts.length, words };
}

/** Stemmed content terms of a text, as the index sees them. */
export function termsOf(text: string): string[] {
  return tokenize(text).flatMap((t) => processTerm(t) ?? []);
}
