// Part A2: start-up does not grow with the archive: opening an archive over a database of 10,000
// stored stories vs one, until the first reads the doors make are answered, and the memory then;
// fresh processes, A B B A.

import { filledArchive, manyStories } from '../lib/archive-fill.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { judged } from '../lib/report.ts';
import { pairNote, runAlternating } from '../lib/slices.ts';
import { median } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface StartSample {
  openMs: number;
  sinceProcessStartMs: number;
  rssMb: number;
  heapMb: number;
}

async function start(ctx: BenchContext, dataDir: string): Promise<StartSample> {
  const { child, ready } = await startWorker(ctx, 'archive-start', { env: { DATA_DIR: dataDir } });
  await child.stop();
  return ready as unknown as StartSample;
}

/** Part A2. */
export const archiveStartPart: Part = {
  id: 'A2',
  title: 'Archive start-up, 10,000 stories vs 1',
  async run(ctx: BenchContext) {
    const many = await filledArchive(ctx, manyStories);
    const one = await filledArchive(ctx, 1);
    await start(ctx, many);
    await start(ctx, one);
    const run = await runAlternating<StartSample>({
      pairs: ctx.pairs,
      a: () => start(ctx, many),
      b: () => start(ctx, one),
      onSlice: ({ side, index }) => ctx.log(`part A2: pair ${index + 1} ${side === 'a' ? '10,000' : 'one'}`),
      value: (s) => s.sinceProcessStartMs,
    });
    const rss = { a: median(run.a.map((s) => s.rssMb)), b: median(run.b.map((s) => s.rssMb)) };
    const open = { a: median(run.a.map((s) => s.openMs)), b: median(run.b.map((s) => s.openMs)) };
    return {
      figures: [
        judged(
          {
            metric: 'process start to archive ready',
            value: run.medianA,
            bare: run.medianB,
            ratio: run.ratio,
            unit: 'ms',
            target: '10,000/one <= 1.20',
            note: pairNote(run),
          },
          (r) => r <= 1.2,
          'ratio',
        ),
        {
          metric: 'open database + first reads',
          value: open.a,
          bare: open.b,
          ratio: open.a / open.b,
          unit: 'ms',
          note: 'latest(10), the newest article, autocomplete',
        },
        judged(
          {
            metric: 'RSS at ready',
            value: rss.a,
            bare: rss.b,
            ratio: rss.a / rss.b,
            unit: 'MB',
            target: '10,000/one <= 1.20',
          },
          (r) => r <= 1.2,
          'ratio',
        ),
      ],
      note: '"bare" column = the archive with one story; both are fresh processes (tsx) pinned to the measured core',
      details: { order: run.order, pairRatios: run.pairRatios, many: run.a, one: run.b },
    };
  },
};
