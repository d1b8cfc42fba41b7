// Part 2: how many articles per second analyzeArticle gets through, over the evaluation articles
// in ../shared/eval/articles (measurement only; the part says so and is skipped when they are absent).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, Part } from '../lib/context.ts';
import { SkipPart } from '../lib/report.ts';
import type { Summary } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface AnalyzeResult {
  missing: boolean;
  articles: number;
  analyzed: number;
  seconds: number;
  perArticleMs: Summary;
  slowest: { id: string; p50: number }[];
  wordsPerArticle: number;
}

/** Part 2. */
export const analyzePart: Part = {
  id: '2',
  title: 'Analyze throughput',
  async run(ctx: BenchContext) {
    const evalDir = join(ctx.root, '..', 'shared', 'eval');
    if (!existsSync(join(evalDir, 'articles')))
      throw new SkipPart(`${evalDir}/articles is absent: nothing to analyze`);
    const { child } = await startWorker(ctx, 'core-worker');
    try {
      const r = (await child.request(
        { type: 'analyze', evalDir, maxMs: ctx.quick ? 1500 : 6000 },
        300_000,
      )) as unknown as AnalyzeResult;
      if (r.missing) throw new SkipPart(`${evalDir} is absent: nothing to analyze`);
      return {
        figures: [
          {
            metric: 'articles/s (analyzeArticle)',
            value: r.analyzed / r.seconds,
            unit: '/s',
            note: `${r.articles} articles, ~${Math.round(r.wordsPerArticle)} words each`,
          },
          {
            metric: 'ms per article p50 | p99',
            value: r.perArticleMs.p99,
            unit: 'ms',
            note: `p50 ${r.perArticleMs.p50.toFixed(2)} ms; slowest ${r.slowest.map((s) => `${s.id} ${s.p50.toFixed(1)} ms`).join(', ')}`,
          },
        ],
        details: r,
      };
    } finally {
      await child.request({ type: 'exit' }, 5000).catch(() => undefined);
      await child.stop();
    }
  },
};
