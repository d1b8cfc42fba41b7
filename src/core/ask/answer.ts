// Answers a reader's question from the article alone: BM25 over its sentences, kept only when an
// answer covers most of what the question asks (by the terms' weight), plus a named speaker's quotes.
import type { AnalyzedArticle, Quote, SectionDigest } from '../article.ts';
import { buildPassages } from './passages.ts';
import { type ParsedQuestion, parseQuestion } from './query.ts';
import { type AskIndex, fieldBoosts, indexFor, termsOf } from './search-index.ts';

/** One answer: verbatim article text and the section it comes from. */
export interface Answer {
  /** One sentence, or a few neighbouring ones, exactly as the article has them. */
  text: string;
  /** Id of the section. */
  sectionId: string;
  /** Heading of the section. */
  section: string;
  /** BM25 score of its best sentence (higher is better; comparable within one question only). */
  score: number;
}

/** What the article says in answer to a question. */
export interface AskResult {
  /** Best passages first; empty when the article does not answer the question. */
  answers: Answer[];
  /** Quotes of the speakers the question names (those on its topic, when it has one). */
  quotes: Quote[];
  /** True when there is at least one answer or quote. */
  covered: boolean;
  /** When not covered: the sections closest to the question, best first (may be empty). */
  nearestSections: SectionDigest[];
  /** Speakers the question names. */
  speakers: string[];
  /** True when the question has no word to search for (empty, only stopwords, only symbols). */
  empty: boolean;
}

/** Most answers returned. */
export const maxAnswers = 3;
/** Share of the question's term weight an answer must match to count as answering it. */
export const minCoverage = 0.5;
/** An answer after the first must score at least this share of the best answer's score. */
export const minRelativeScore = 0.4;
const maxNearestSections = 3;

/** Answers a question about an article. Pure: the same article and question give the same result. */
export function answerQuestion(a: AnalyzedArticle, question: string): AskResult {
  const index = indexFor(a);
  const q = parseQuestion(question, a.speakers, index.words);
  if (q.terms.length === 0) {
    return {
      answers: [],
      quotes: [],
      covered: false,
      nearestSections: [],
      speakers: q.speakers,
      empty: true,
    };
  }
  const answers = findAnswers(q, index);
  const quotes = findQuotes(a, q, index);
  const covered = answers.length > 0 || quotes.length > 0;
  const nearestSections = covered ? [] : findNearestSections(a, q, index);
  return { answers, quotes, covered, nearestSections, speakers: q.speakers, empty: false };
}

/** One typo (edit) is forgiven in terms of five letters or more; shorter terms must match exactly. */
function typoTolerance(term: string): number | false {
  return term.length >= 5 ? 1 : false;
}

/** Inverse document frequency of a term over the article's sentences (BM25's form). */
function idf(term: string, index: AskIndex): number {
  const n = index.docFreq.get(term) ?? 0;
  return Math.log(1 + (index.count - n + 0.5) / (n + 0.5));
}

/** Share of the terms' total weight that the matched terms carry (0..1). */
function coverage(terms: readonly string[], matched: ReadonlySet<string>, index: AskIndex): number {
  const total = terms.reduce((sum, t) => sum + idf(t, index), 0);
  const hit = terms.filter((t) => matched.has(t)).reduce((sum, t) => sum + idf(t, index), 0);
  return total > 0 ? hit / total : 0;
}

/** A sentence the search found: its score, the question terms it matched, and whether its own words did. */
interface Hit {
  index: number;
  score: number;
  terms: Set<string>;
  inText: boolean;
}

/**
 * Sentences covering enough of the question; those matching in their own words beat those matching
 * only through their section heading (then only the best one is kept). The best few within
 * reach of the top score are kept, plus a same-paragraph neighbour that adds a question term.
 */
function findAnswers(q: ParsedQuestion, index: AskIndex): Answer[] {
  const hits: Hit[] = index.sentences
    .search(q.terms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boost: fieldBoosts,
      fuzzy: typoTolerance,
      combineWith: 'OR',
    })
    .map((r) => ({
      index: Number(r.id),
      score: r.score,
      terms: new Set(r.queryTerms),
      inText: Object.values(r.match).some((fields) => fields.some((f) => f !== 'heading')),
    }));
  let relevant = hits.filter((h) => coverage(q.terms, h.terms, index) >= minCoverage);
  relevant = relevant.some((h) => h.inText) ? relevant.filter((h) => h.inText) : relevant.slice(0, 1);
  const best = relevant[0]?.score ?? 0;
  const chosen = relevant.filter((h) => h.score >= best * minRelativeScore).slice(0, maxAnswers);
  const byIndex = new Map(hits.filter((h) => h.inText).map((h) => [h.index, h]));
  const neighbours = chosen.flatMap((hit) =>
    [hit.index - 1, hit.index + 1].flatMap((i) => {
      const n = byIndex.get(i);
      return n && !chosen.includes(n) && [...n.terms].some((t) => !hit.terms.has(t)) ? [n] : [];
    }),
  );
  return buildPassages([...chosen, ...neighbours], index).map((p) => ({
    text: p.text,
    sectionId: p.section.id,
    section: p.section.heading,
    score: p.score,
  }));
}

/** The named speakers' quotes: all of them, or only those on the question's topic when it has one. */
function findQuotes(a: AnalyzedArticle, q: ParsedQuestion, index: AskIndex): Quote[] {
  if (q.speakers.length === 0) return [];
  const theirs = a.quotes.filter((quote) => quote.speaker !== null && q.speakers.includes(quote.speaker));
  if (q.topicTerms.length === 0) return theirs;
  return theirs.filter((quote) => coverage(q.topicTerms, new Set(termsOf(quote.text)), index) >= minCoverage);
}

/** Sections sharing any term with the question, allowing for a typo in longer words. */
function findNearestSections(a: AnalyzedArticle, q: ParsedQuestion, index: AskIndex): SectionDigest[] {
  const results = index.sections.search(q.terms.join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    boost: { heading: 2, text: 1 },
    fuzzy: typoTolerance,
    combineWith: 'OR',
  });
  return results
    .slice(0, maxNearestSections)
    .map((r) => a.sections.find((d) => d.section.id === r.id))
    .filter((d): d is SectionDigest => d !== undefined);
}

/** The `--json` shape of `npm run summit -- ask`. */
export interface AskJson {
  /** Answers, best first; score rounded to two decimals. */
  answers: { text: string; section: string; score: number }[];
  /** Quotes of the speakers asked about. */
  quotes: { text: string; speaker: string | null; section: string }[];
}

/** Answers a question in the `--json` shape the CLI prints. */
export function askJson(a: AnalyzedArticle, question: string): AskJson {
  const result = answerQuestion(a, question);
  return {
    answers: result.answers.map((x) => ({
      text: x.text,
      section: x.section,
      score: Math.round(x.score * 100) / 100,
    })),
    quotes: result.quotes.map((x) => ({ text: x.text, speaker: x.speaker, section: x.section })),
  };
}
