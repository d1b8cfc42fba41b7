// What the main thread and an analysis worker say to each other: plain objects only, because
// every message crosses the thread boundary by structured clone.
import type { AnalyzedArticle } from '../core/article.ts';

/** One text to parse and analyze. */
export interface AnalysisRequest {
  /** Job id, echoed in the response. */
  id: number;
  /** The article source text. */
  text: string;
  /** File (or story) name: picks the reader and names the source in errors. */
  fileName: string;
  /** Content hash, kept on the result. */
  version: string;
}

/** An analyzed text, and what was dropped from it (it is served without those parts). */
export interface AnalysisResult {
  /** The analyzed article. */
  analyzed: AnalyzedArticle;
  /** Problems that did not stop the article, e.g. a front matter `url` that is not http(s). */
  warnings: string[];
}

/** The analyzed article, or why the text is not one. */
export type AnalysisResponse =
  | ({ id: number; ok: true } & AnalysisResult)
  | {
      /** Job id of the request. */
      id: number;
      ok: false;
      /** Set when the text is not a valid article (a ContentError); null for a bug in the analysis. */
      file: string | null;
      /** What is wrong and what to do. */
      reason: string;
    };
