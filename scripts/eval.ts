// `npm run eval [-- --json] [--dir PATH]`: measures the summarizer, quotes and retrieval on
// ../shared/eval, which is licensed for measurement only and never read by the app or the tests.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalArticle, EvalReport, Evaluator } from './eval/types.ts';

/**
 * Every evaluator, run in this order; add yours here. Each is imported only when the evaluation set is
 * there, and one that fails to load or run is reported without stopping the others.
 */
const evaluators: (() => Promise<Evaluator>)[] = [
  () => import('./eval/summaries.ts').then((m) => m.summariesEvaluator),
  () => import('./eval/quotes.ts').then((m) => m.quotesEvaluator),
  () => import('./eval/retrieval.ts').then((m) => m.retrievalEvaluator),
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const dirAt = args.indexOf('--dir');
  const dirArg = dirAt >= 0 ? args[dirAt + 1] : undefined;
  const evalDir = dirArg ? resolve(dirArg) : join(root, '..', 'shared', 'eval');
  if (!existsSync(evalDir)) {
    const message = `${dirArg ?? '../shared/eval'} not found: eval needs the evaluation set beside the project; nothing measured`;
    console.log(json ? JSON.stringify({ measured: false, reason: message }) : message);
    return 0;
  }
  let articles: EvalArticle[];
  try {
    const { loadEvalArticles } = await import('./eval/articles.ts');
    articles = (await loadEvalArticles(evalDir)) ?? [];
  } catch (error) {
    console.error(`eval: ${messageOf(error)}`);
    return 1;
  }
  const figures: Record<string, unknown> = {};
  let failed = false;
  for (const [n, load] of evaluators.entries()) {
    let name = `evaluator ${n + 1}`;
    let report: EvalReport;
    try {
      const evaluator = await load();
      name = evaluator.name;
      const result = await evaluator.run(articles);
      report = Array.isArray(result) ? { lines: result, figures: result } : result;
    } catch (error) {
      failed = true;
      report = { lines: [`failed: ${messageOf(error)}`], figures: null };
    }
    figures[name] = report.figures;
    if (!json) console.log([`== ${name} (${articles.length} articles)`, ...report.lines, ''].join('\n'));
  }
  if (json) console.log(JSON.stringify({ measured: true, articles: articles.length, ...figures }, null, 2));
  return failed ? 1 : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main(process.argv.slice(2));
