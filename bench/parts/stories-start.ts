// Part S2: the bot's stories start-up does not grow with the archive: src/main.ts's openStories
// (database, archive, content/ stored as a source, headline catalogue) over 10,000 stored stories
// vs one, until the newest summary and the first autocomplete are answered; fresh processes, A B B A.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { filledArchive, manyStories } from '../lib/archive-fill.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { judged } from '../lib/report.ts';
import { pairNote, runAlternating } from '../lib/slices.ts';
import { median } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface StartSample {
  openMs: number;
  readyMs: number;
  sinceProcessStartMs: number;
  rssMb: number;
  heapMb: number;
  choices: number;
}

/** A copy of a filled archive for this part: content/ is stored into it, the shared one stays as filled. */
async function ownCopy(ctx: BenchContext, count: number): Promise<string> {
  const dir = join(ctx.tmpDir, `stories-start-${count}`);
  if (!existsSync(dir)) cpSync(await filledArchive(ctx, count), dir, { recursive: true });
  return dir;
}

async function start(ctx: BenchContext, dataDir: string): Promise<StartSample> {
  const env = { DATA_DIR: dataDir, CONTENT_DIR: join(ctx.root, 'content') };
  const { child, ready } = await startWorker(ctx, 'stories-start', { env });
  await child.stop();
  return ready as unknown as StartSample;
}

/** Part S2. */
export const storiesStartPart: Part = {
  id: 'S2',
  title: 'Bot stories start-up, 10,000 stories vs 1',
  async run(ctx: BenchContext) {
    const many = await ownCopy(ctx, manyStories);
    const one = await ownCopy(ctx, 1);
    await start(ctx, many);
    await start(ctx, one);
    const run = await runAlternating<StartSample>({
      pairs: ctx.pairs,
      a: () => start(ctx, many),
      b: () => start(ctx, one),
      onSlice: ({ side, index }) => ctx.log(`part S2: pair ${index + 1} ${side === 'a' ? '10,000' : 'one'}`),
      value: (s) => s.sinceProcessStartMs,
    });
    const med = (pick: (s: StartSample) => number) => ({
      a: median(run.a.map(pick)),
      b: median(run.b.map(pick)),
    });
    const rss = med((s) => s.rssMb);
    const ready = med((s) => s.readyMs);
    return {
      figures: [
        judged(
          {
            metric: 'process start to first summary and autocomplete',
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
          metric: 'openStories + newest summary + autocomplete',
          value: ready.a,
          bare: ready.b,
          ratio: ready.a / ready.b,
          unit: 'ms',
          note: 'database, archive, content/ stored, catalogue of the newest 1,000 headlines',
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
      note: '"bare" column = one stored story (plus content/); fresh processes (tsx) pinned to the measured core',
      details: { order: run.order, pairRatios: run.pairRatios, many: run.a, one: run.b },
    };
  },
};
