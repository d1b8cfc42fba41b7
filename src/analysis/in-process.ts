// The parse-and-analyze step itself, which the worker runs for each message; here also on the
// calling thread: for the library's first load, which runs before any door is open (nothing to keep
// responsive yet), so start-up pays for no worker thread, and for the CLI, which only waits.
import { readArticle } from '../content/parse.ts';
import { analyzeArticle } from '../core/analyze.ts';
import type { AnalysisResult } from './messages.ts';

/** Parses and analyzes `text`; throws ContentError when it is not a valid article. */
export function analyzeText(text: string, fileName: string, version: string): AnalysisResult {
  const { article, warnings } = readArticle(text, fileName);
  return { analyzed: analyzeArticle(article, version), warnings };
}

/** analyzeText as the library's analyzer: rejects with ContentError when it is not a valid article. */
export async function analyzeInProcess(
  text: string,
  fileName: string,
  version: string,
): Promise<AnalysisResult> {
  return analyzeText(text, fileName, version);
}
