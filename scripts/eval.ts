// `npm run eval [-- --json] [--part shared|dev|test|test2 ... test12] [--dir PATH]`: measures the summarizer, quotes,
// key points and retrieval on each part of the evaluation set: ../shared/eval (licensed for measurement
// only, never read by the app or the tests; skipped with a note when absent), and the repo's own fresh
// parts in eval/fresh (scripts/eval/parts.ts lists them; each was run once unseen, then tuned on). See eval/fresh/SOURCES.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalParts } from './eval/parts.ts';
import type { EvalArticle, EvalReport, Evaluator } from './eval/types.ts';

/**
 * Every evaluator, run in this order; add yours here. Each is imported only when a part is there, and
 * one that fails to load or run is reported without stopping the others. `needs` names what an article
 * must carry for the evaluator to say anything about it.
 */
const evaluators: { load: () => Promise<Evaluator>; needs: 'summary' | 'quotes' | 'text' }[] = [
  { load: () => import('./eval/summaries.ts').then((m) => m.summariesEvaluator), needs: 'summary' },
  { load: () => import('./eval/quotes.ts').then((m) => m.quotesEvaluator), needs: 'quotes' },
  { load: () => import('./eval/key-points.ts').then((m) => m.keyPointsEvaluator), needs: 'text' },
  { load: () => import('./eval/retrieval.ts').then((m) => m.retrievalEvaluator), needs: 'summary' },
];

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dirArg = flagValue('--dir');
  const partArg = flagValue('--part');
  const chosen = dirArg
    ? [{ name: 'dir', label: dirArg, dir: resolve(dirArg) }]
    : evalParts.filter((p) => partArg === undefined || p.name === partArg);
  const out: Record<string, unknown> = {};
  let failed = false;
  for (const part of chosen) {
    if (!existsSync(part.dir)) {
      const reason = `${part.label} not found: nothing measured on this part`;
      out[part.name] = { measured: false, reason };
      if (!json) console.log(`#### ${reason}\n`);
      continue;
    }
    let articles: EvalArticle[];
    try {
      const { loadEvalArticles } = await import('./eval/articles.ts');
      articles = (await loadEvalArticles(part.dir)) ?? [];
    } catch (error) {
      console.error(`eval: ${part.label}: ${messageOf(error)}`);
      return 1;
    }
    if (!json) console.log(`#### ${part.label}: ${articles.length} articles\n`);
    const figures: Record<string, unknown> = {};
    for (const [n, { load, needs }] of evaluators.entries()) {
      const usable = articles.filter((a) =>
        needs === 'summary'
          ? a.record.reference_summary.trim() !== ''
          : needs === 'quotes'
            ? Array.isArray(a.record.quotes)
            : true,
      );
      let name = `evaluator ${n + 1}`;
      let report: EvalReport;
      try {
        const evaluator = await load();
        name = evaluator.name;
        if (usable.length === 0) {
          report = {
            lines: [
              `skipped: no article of this part has a ${needs === 'summary' ? 'reference summary' : 'quote annotation'}`,
            ],
            figures: null,
          };
        } else {
          const result = await evaluator.run(usable);
          report = Array.isArray(result) ? { lines: result, figures: result } : result;
        }
      } catch (error) {
        failed = true;
        report = { lines: [`failed: ${messageOf(error)}`], figures: null };
      }
      figures[name] = report.figures;
      if (!json) console.log([`== ${name} (${usable.length} articles)`, ...report.lines, ''].join('\n'));
    }
    out[part.name] = { measured: true, articles: articles.length, ...figures };
  }
  if (json) console.log(JSON.stringify(out, null, 2));
  return failed ? 1 : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main(process.argv.slice(2));
