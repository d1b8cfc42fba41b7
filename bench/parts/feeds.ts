// Part F1: 1,000 feeds polled against a local fake publisher in one interval. Round 1 reads
// every feed in full (first start); round 2, ten minutes later on the poller's clock, meets a 304
// for every feed that did not change (90%) and a new item in the rest, as a steady interval would.

import { startBenchNews } from '../fakes/news.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { startWorker } from '../lib/workers.ts';

interface Round {
  ms: number;
  cpuMs: number;
  polled: number;
  notModified: number;
  failed: number;
  stories: number;
  rssMb: number;
}

/** Part F1. */
export const feedsPart: Part = {
  id: 'F1',
  title: 'Feed polling (1,000 feeds, one interval)',
  async run(ctx: BenchContext) {
    const feeds = ctx.quick ? 300 : 1000;
    const news = await startBenchNews(feeds);
    const { child } = await startWorker(ctx, 'feeds-poller');
    try {
      await child.request({ type: 'setup', feeds, port: news.port }, 120_000);
      const first = (await child.request({ type: 'round', advanceMs: 0 }, 600_000)) as unknown as Round;
      news.bump(0.1);
      const steady = (await child.request(
        { type: 'round', advanceMs: 600_000 },
        600_000,
      )) as unknown as Round;
      const interval = 600_000;
      return {
        figures: [
          {
            metric: `time to poll all ${feeds} feeds, steady interval`,
            value: steady.ms,
            unit: 'ms',
            target: `< ${interval / 1000} s (the interval)`,
            pass: steady.polled === feeds && steady.ms < interval,
            note: `${((steady.ms / interval) * 100).toFixed(2)}% of a 10-min interval; CPU ${steady.cpuMs.toFixed(0)} ms`,
          },
          {
            metric: 'fetches/s, steady interval',
            value: steady.polled / (steady.ms / 1000),
            unit: '/s',
            note: `304 share ${((steady.notModified / steady.polled) * 100).toFixed(1)}%, ${steady.stories} new stories, ${steady.failed} failed`,
          },
          {
            metric: 'time to poll all, first read (all 200)',
            value: first.ms,
            unit: 'ms',
            note: `${(first.polled / (first.ms / 1000)).toFixed(0)} fetches/s, ${first.stories} stories handed over, CPU ${first.cpuMs.toFixed(0)} ms`,
          },
          { metric: 'poller RSS after both rounds', value: steady.rssMb, unit: 'MB' },
        ],
        details: { feeds, first, steady, served: news.counts() },
      };
    } finally {
      await child.request({ type: 'exit' }, 10_000).catch(() => undefined);
      await child.stop();
      await news.close();
    }
  },
};
