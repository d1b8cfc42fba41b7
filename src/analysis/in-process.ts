// The same parse-and-analyze step as the worker, on the calling thread: for the library's first
// load, which runs before any door is open (nothing to keep responsive yet), so start-up pays for
// no worker thread, and for callers such as the CLI that only wait for the answer.
import { readArticle } from '../content/parse.ts';
import { analyzeArticle } from '../core/analyze.ts';
import type { AnalysisResult } from './messages.ts';

/** Parses and analyzes `text` here; rejects with ContentError when it is not a valid article. */
export async function analyzeInProcess(
  text: string,
  fileName: string,
  version: string,
): Promise<AnalysisResult> {
  const { article, warnings } = readArticle(text, fileName);
  return { analyzed: analyzeArticle(article, version), warnings };
}
