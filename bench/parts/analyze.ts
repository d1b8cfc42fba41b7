// Part 2: how many articles per second analyzeArticle gets through, on one core, over the news
// articles of the repository's own evaluation set (eval/fresh: Wikinews and Voice of America texts).
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
    const evalDirs = ['dev', 'test', 'test2', 'test3'].map((part) => join(ctx.root, 'eval', 'fresh', part));
    if (!evalDirs.some((dir) => existsSync(join(dir, 'articles'))))
      throw new SkipPart('eval/fresh/*/articles is absent: nothing to analyze');
    const { child } = await startWorker(ctx, 'core-worker');
    try {
      const r = (await child.request(
        { type: 'analyze', evalDirs, maxMs: ctx.quick ? 1500 : 6000 },
        300_000,
      )) as unknown as AnalyzeResult;
      if (r.missing) throw new SkipPart('eval/fresh holds no articles: nothing to analyze');
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
