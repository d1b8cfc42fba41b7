// `npm run eval [-- --json] [--dir PATH]`: measures the summarizer (and, as they plug in, quotes and retrieval) on
// ../shared/eval, which is licensed for measurement only and never read by the app or the tests.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalArticles } from './eval/articles.ts';
import { retrievalEvaluator } from './eval/retrieval.ts';
import { summariesEvaluator } from './eval/summaries.ts';
import type { EvalReport, Evaluator } from './eval/types.ts';

/** Every evaluator, run in this order; add yours here. */
const evaluators: Evaluator[] = [summariesEvaluator, retrievalEvaluator];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const dirAt = args.indexOf('--dir');
  const dirArg = dirAt >= 0 ? args[dirAt + 1] : undefined;
  const evalDir = dirArg ? resolve(dirArg) : join(root, '..', 'shared', 'eval');
  let articles: Awaited<ReturnType<typeof loadEvalArticles>>;
  try {
    articles = await loadEvalArticles(evalDir);
  } catch (error) {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (articles === null) {
    const message = `${dirArg ?? '../shared/eval'} not found: eval needs the evaluation set beside the project; nothing measured`;
    console.log(json ? JSON.stringify({ measured: false, reason: message }) : message);
    return 0;
  }
  const figures: Record<string, unknown> = {};
  let failed = false;
  for (const evaluator of evaluators) {
    let report: EvalReport;
    try {
      const result = await evaluator.run(articles);
      report = Array.isArray(result) ? { lines: result, figures: result } : result;
    } catch (error) {
      failed = true;
      report = {
        lines: [`failed: ${error instanceof Error ? error.message : String(error)}`],
        figures: null,
      };
    }
    figures[evaluator.name] = report.figures;
    if (!json)
      console.log([`== ${evaluator.name} (${articles.length} articles)`, ...report.lines, ''].join('\n'));
  }
  if (json) console.log(JSON.stringify({ measured: true, articles: articles.length, ...figures }, null, 2));
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
