// Part A3: reading an archive of 10,000 stories: BM25 search, latest, headline autocomplete and a
// cold article load from storage, in a process pinned to the measured core.

import { filledArchive, manyStories } from '../lib/archive-fill.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import type { Summary } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface ReadsResult {
  hits: number;
  searchMs: Summary;
  latestMs: Summary;
  completeMs: Summary;
  articleMs: Summary;
}

/** Part A3. */
export const archiveSearchPart: Part = {
  id: 'A3',
  title: 'Archive reads over 10,000 stories',
  async run(ctx: BenchContext) {
    const dataDir = await filledArchive(ctx, manyStories);
    const { child } = await startWorker(ctx, 'archive-worker');
    try {
      const r = (await child.request(
        { type: 'reads', dataDir, rounds: ctx.quick ? 10 : 40 },
        600_000,
      )) as unknown as ReadsResult;
      const line = (metric: string, s: Summary, note?: string) => ({
        metric,
        value: s.p99,
        unit: 'ms',
        note: `p50 ${s.p50.toFixed(2)} ms, p99 shown${note ? `; ${note}` : ''}`,
      });
      return {
        figures: [
          line('search (BM25, 1-3 words)', r.searchMs, `${r.searchMs.count} queries`),
          line('latest(10)', r.latestMs),
          line('autocomplete (headline words)', r.completeMs),
          line('article, cold (stored analysis)', r.articleMs),
        ],
        details: r,
      };
    } finally {
      await child.request({ type: 'exit' }, 5000).catch(() => undefined);
      await child.stop();
    }
  },
};
