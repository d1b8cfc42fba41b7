// Everything the bot says about an article is derived here, once per file version: key points,
// section summaries (summarizer), quotes (quote extractor, speakers shown only when confident enough)
// and the distinct speakers.
import type { AnalyzedArticle, Article, Quote } from './article.ts';
import { shownSpeaker } from './quotes/confidence.ts';
import { extractQuotes } from './quotes.ts';
import { summarizeArticle } from './summarize.ts';

/** Analyzes a parsed article; `version` identifies the file content it came from (a hash). */
export function analyzeArticle(article: Article, version: string): AnalyzedArticle {
  const summary = summarizeArticle(article);
  // A speaker tied too weakly is worse than none: below the threshold the quote reads as unattributed.
  const quotes = extractQuotes(article).map((q) => ({ ...q, speaker: shownSpeaker(q) }));
  return {
    article,
    keyPoints: summary.keyPoints,
    sections: article.sections.map((section) => ({
      section,
      summary: summary.sections[section.id] ?? section.pinnedSummary ?? firstSentence(section.sentences),
    })),
    quotes,
    speakers: distinctSpeakers(quotes),
    version,
  };
}

/** Speakers in order of their first quotation, each once; unattributed quotes are skipped. */
export function distinctSpeakers(quotes: Quote[]): string[] {
  const seen = new Set<string>();
  for (const q of quotes) if (q.speaker) seen.add(q.speaker);
  return [...seen];
}

function firstSentence(sentences: { text: string }[]): string[] {
  return sentences.slice(0, 1).map((s) => s.text);
}
