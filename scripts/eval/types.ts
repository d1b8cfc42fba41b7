// The plug-in contract of `npm run eval`: each part of the bot (summaries, quotes, retrieval) adds one
// Evaluator to the list in scripts/eval.ts and gets the evaluation articles already parsed.
import type { Article } from '../../src/core/article.ts';

/** One annotated direct quotation of an evaluation article. */
export interface EvalQuote {
  /** Exact span inside the quote marks. */
  text: string;
  /** Speaker as the article names them; null when the article ties the quote to nobody. */
  speaker: string | null;
}

/** One ../shared/eval/articles/*.json file as stored (see ../shared/eval/README.md). */
export interface EvalRecord {
  /** File id, e.g. 'bbc-business-020'. */
  id: string;
  /** Headline; a URL slug for CNN, empty for XSum. */
  title: string;
  /** Paragraphs separated by a blank line; no headings. */
  text: string;
  /** Reference summary, one sentence or highlight per line. */
  reference_summary: string;
  /** Every direct quotation (6 articles only). */
  quotes?: EvalQuote[];
  /** Quoted words that are scare quotes, not quotations. */
  quotes_excluded_scare_quotes?: string[];
  /** Canonical link, when known. */
  url?: string;
}

/** The dataset an article comes from; CNN and Daily Mail share one ('cnn'). */
export type EvalSource = 'bbc' | 'cnn' | 'xsum' | 'wikinews' | 'voa' | 'globalvoices' | 'usgov' | 'othergov';

/** An evaluation article: the stored record and the Article the bot builds from it. */
export interface EvalArticle {
  /** The JSON as stored. */
  record: EvalRecord;
  /** Which dataset it comes from. */
  source: EvalSource;
  /** The article built with buildArticle (one 'lead' section, since there are no headings). */
  article: Article;
}

/** What an evaluator hands back: lines for people and figures for `--json`. */
export interface EvalReport {
  /** Lines to print (tables, notes). */
  lines: string[];
  /** Every figure measured, JSON-serialisable. */
  figures: unknown;
}

/** One measured part of the bot. Returning plain lines is allowed; they then also stand in for figures. */
export interface Evaluator {
  /** Short name, used as the key in `--json` output and as the section title. */
  name: string;
  /** Measures the part over all evaluation articles. */
  run(articles: EvalArticle[]): Promise<EvalReport | string[]>;
}

/** One line of eval/fresh/first-runs.jsonl (replay-first-runs.ts): a matched quote as one commit attributed it; keys in this order. */
export interface FirstRunRow {
  commit: string;
  part: string;
  article: string;
  /** Index of the gold quote in the record's quotes. */
  gold: number;
  /** The name extractQuotes gave, before any threshold. */
  speaker: string | null;
  /** The rules' own confidence, null when no name was given. */
  confidence: number | null;
  right: boolean;
  /** True for the current code on parts it was tuned on. */
  seen: boolean;
}
