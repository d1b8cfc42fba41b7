// Measures /summit ask retrieval on the BBC articles, whose reference sentences are sentences of
// the article: ask with five content words of each and see where that sentence comes back.
import { analyzeArticle } from '../../src/core/analyze.ts';
import type { AnalyzedArticle } from '../../src/core/article.ts';
import { answerQuestion } from '../../src/core/ask/answer.ts';
import { isContentWord } from '../../src/core/ask/words.ts';
import { normaliseSpace } from '../../src/core/text/sentences.ts';
import { stem, tokenize } from '../../src/core/text/tokens.ts';
import type { EvalArticle, EvalReport, Evaluator } from './types.ts';

/**
 * How the five words are picked from a reference sentence (distinct by stem, asked in sentence order):
 * 'first' takes its first five content words, as a reader might; 'rarest' takes the five whose stems
 * are in the fewest sentences of the article (ties: earlier in the sentence first).
 */
export const pickers = ['first', 'rarest'] as const;
/** One way of picking the five words. */
export type Picker = (typeof pickers)[number];

/** Figures of one picker. */
export interface PickerFigures {
  /** Reference sentences asked about. */
  asked: number;
  /** Share whose sentence is the first answer (0-1). */
  top1: number;
  /** Share whose sentence is among the answers at all (0-1). */
  found: number;
  /** Mean reciprocal rank (0 when not among the answers). */
  mrr: number;
}

/** Everything the retrieval evaluation measured. */
export interface RetrievalFigures {
  /** BBC articles used. */
  articles: number;
  /** Reference lines that are not one sentence of the article as we split it (skipped). */
  skipped: number;
  /** Figures per picker. */
  pickers: Record<Picker, PickerFigures>;
}

/** The five words asked with for one reference sentence. */
export function queryWords(sentence: string, a: AnalyzedArticle, picker: Picker): string[] {
  const seen = new Set<string>();
  const words: { word: string; at: number; df: number }[] = [];
  const sentences = a.article.sections.flatMap((s) =>
    s.sentences.map((x) => new Set(tokenize(x.text).map(stem))),
  );
  for (const word of tokenize(sentence).filter(isContentWord)) {
    const term = stem(word);
    if (seen.has(term)) continue;
    seen.add(term);
    words.push({ word, at: words.length, df: sentences.filter((s) => s.has(term)).length });
  }
  const chosen =
    picker === 'first'
      ? words.slice(0, 5)
      : [...words].sort((x, y) => x.df - y.df || x.at - y.at).slice(0, 5);
  return chosen.sort((x, y) => x.at - y.at).map((w) => w.word);
}

/** Asks about every reference sentence of the BBC articles and scores where it comes back. */
export function scoreRetrieval(articles: EvalArticle[]): RetrievalFigures {
  const bbc = articles.filter((e) => e.record.id.startsWith('bbc-'));
  const ranks: Record<Picker, number[]> = { first: [], rarest: [] };
  let skipped = 0;
  for (const e of bbc) {
    const a = analyzeArticle(e.article, e.record.id);
    const sentences = new Set(a.article.sections.flatMap((s) => s.sentences.map((x) => x.text)));
    const references = e.record.reference_summary.split('\n').map(normaliseSpace).filter(Boolean);
    for (const reference of references) {
      if (!sentences.has(reference)) {
        skipped++;
        continue;
      }
      for (const picker of pickers) {
        const answers = answerQuestion(a, queryWords(reference, a, picker).join(' ')).answers;
        ranks[picker].push(answers.findIndex((x) => x.text.includes(reference)) + 1);
      }
    }
  }
  const figures = (list: number[]): PickerFigures => ({
    asked: list.length,
    top1: share(list.filter((r) => r === 1).length, list.length),
    found: share(list.filter((r) => r > 0).length, list.length),
    mrr: share(
      list.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0),
      list.length,
    ),
  });
  return {
    articles: bbc.length,
    skipped,
    pickers: { first: figures(ranks.first), rarest: figures(ranks.rarest) },
  };
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/** The retrieval evaluator for scripts/eval.ts. */
export const retrievalEvaluator: Evaluator = {
  name: 'retrieval',
  async run(articles): Promise<EvalReport> {
    const f = scoreRetrieval(articles);
    // Only BBC references are sentences of their article; the fresh set's hand-written ones are not.
    if (f.articles === 0) return { lines: ['skipped: no BBC article in this part'], figures: f };
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    return {
      lines: [
        `BBC articles: ${f.articles}; reference sentences asked: ${f.pickers.first.asked}` +
          ` (${f.skipped} reference lines skipped: not one sentence of the article as split)`,
        'Query: five content words of the reference sentence; hit when an answer contains the sentence.',
        'words    top-1    found    MRR',
        ...pickers.map((p) => {
          const x = f.pickers[p];
          return `${p.padEnd(8)} ${pct(x.top1).padStart(6)}   ${pct(x.found).padStart(6)}   ${x.mrr.toFixed(3)}`;
        }),
        "first: the sentence's first five content words; rarest: its five rarest in the article.",
      ],
      figures: f,
    };
  },
};
