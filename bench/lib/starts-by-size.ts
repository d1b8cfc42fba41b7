// Start-up that must not grow with the archive (parts A2 and S2): fresh processes of a start worker
// over a database of 10,000 stored stories and over one, A B B A, judged on the time from process
// start to the worker's 'ready' message (spawn.ts tellReady) and on the RSS then.
import type { BenchContext, Part } from './context.ts';
import { judged } from './report.ts';
import { pairNote, runAlternating } from './slices.ts';
import { median } from './stats.ts';
import { startWorker } from './workers.ts';

/** A start worker's 'ready' message (tellReady): the common figures and the worker's own fields. */
export type StartSample = { sinceProcessStartMs: number; rssMb: number; heapMb: number } & Record<
  string,
  unknown
>;

/** What one part compares. */
export interface StartsBySize {
  /** Part id, for progress lines. */
  part: string;
  /** The worker, bench/workers/<worker>.ts. */
  worker: string;
  /** Data directory holding 10,000 stories. */
  many: string;
  /** Data directory holding one story. */
  one: string;
  /** The worker's environment over a data directory. */
  env: (dataDir: string) => Record<string, string>;
  /** Name of the judged figure, process start to ready. */
  metric: string;
  /** A timing the worker measures itself (a field of its ready message), shown unjudged. */
  timing: { field: string; metric: string; note: string };
  /** The part's note. */
  note: string;
}

/** Runs the comparison: one warm-up start of each side, then ctx.pairs pairs. */
export async function compareStartsBySize(
  ctx: BenchContext,
  s: StartsBySize,
): Promise<Awaited<ReturnType<Part['run']>>> {
  const start = async (dataDir: string): Promise<StartSample> => {
    const { child, ready } = await startWorker(ctx, s.worker, { env: s.env(dataDir) });
    await child.stop();
    return ready as StartSample;
  };
  await start(s.many);
  await start(s.one);
  const run = await runAlternating<StartSample>({
    pairs: ctx.pairs,
    a: () => start(s.many),
    b: () => start(s.one),
    onSlice: ({ side, index }) =>
      ctx.log(`part ${s.part}: pair ${index + 1} ${side === 'a' ? '10,000' : 'one'}`),
    value: (sample) => sample.sinceProcessStartMs,
  });
  const med = (pick: (sample: StartSample) => number) => ({
    a: median(run.a.map(pick)),
    b: median(run.b.map(pick)),
  });
  const rss = med((sample) => sample.rssMb);
  const timing = med((sample) => Number(sample[s.timing.field]));
  return {
    figures: [
      judged(
        {
          metric: s.metric,
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
        metric: s.timing.metric,
        value: timing.a,
        bare: timing.b,
        ratio: timing.a / timing.b,
        unit: 'ms',
        note: s.timing.note,
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
    note: s.note,
    details: { order: run.order, pairRatios: run.pairRatios, many: run.a, one: run.b },
  };
}
