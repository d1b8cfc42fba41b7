// `npm run eval [-- --json] [--part shared|dev|test|test2 ... test10] [--dir PATH]`: measures the summarizer, quotes,
// key points and retrieval on each part of the evaluation set: ../shared/eval (licensed for measurement
// only, never read by the app or the tests; skipped with a note when absent), and the repo's own fresh
// set, eval/fresh/dev (tuned on), eval/fresh/test, test2, test3, test4 and test5 (never tuned on). See eval/fresh/SOURCES.md.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The parts of the evaluation set, in report order. */
const parts = [
  { name: 'shared', label: 'shared dev set (../shared/eval)', dir: join(root, '..', 'shared', 'eval') },
  { name: 'dev', label: 'fresh dev (eval/fresh/dev)', dir: join(root, 'eval', 'fresh', 'dev') },
  {
    name: 'test',
    label: 'fresh test (eval/fresh/test, never tuned on)',
    dir: join(root, 'eval', 'fresh', 'test'),
  },
  {
    name: 'test2',
    label: 'fresh test 2 (eval/fresh/test2, gathered after the first test run, never tuned on)',
    dir: join(root, 'eval', 'fresh', 'test2'),
  },
  {
    name: 'test3',
    label: 'fresh test 3 (eval/fresh/test3, gathered after all tuning, run once)',
    dir: join(root, 'eval', 'fresh', 'test3'),
  },
  {
    name: 'test4',
    label: 'fresh test 4 (eval/fresh/test4, gathered 2026-12-05 after all tuning, run once)',
    dir: join(root, 'eval', 'fresh', 'test4'),
  },
  {
    name: 'test5',
    label: 'fresh test 5 (eval/fresh/test5, gathered 2026-12-05 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test5'),
  },
  {
    name: 'test6',
    label: 'fresh test 6 (eval/fresh/test6, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test6'),
  },
  {
    name: 'test7',
    label: 'fresh test 7 (eval/fresh/test7, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test7'),
  },
  {
    name: 'test8',
    label: 'fresh test 8 (eval/fresh/test8, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test8'),
  },
  {
    name: 'test9',
    label: 'fresh test 9 (eval/fresh/test9, gathered 2026-12-06 by three blind annotators, run once)',
    dir: join(root, 'eval', 'fresh', 'test9'),
  },
  {
    name: 'test10',
    label: 'fresh test 10 (eval/fresh/test10, gathered 2026-12-06 by three blind annotators, run once)',
    dir: join(root, 'eval', 'fresh', 'test10'),
  },
];

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const dirArg = flagValue('--dir');
  const partArg = flagValue('--part');
  const chosen = dirArg
    ? [{ name: 'dir', label: dirArg, dir: resolve(dirArg) }]
    : parts.filter((p) => partArg === undefined || p.name === partArg);
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
