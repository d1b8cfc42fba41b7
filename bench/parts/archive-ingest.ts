// Part A1: archive ingest throughput, new 700-word stories analysed and stored per second: analysis
// on the one (pinned) core of the measured process, and in the worker pool sized to the cores.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchContext, Part } from '../lib/context.ts';
import { type Child, startChild } from '../lib/spawn.ts';
import type { Summary } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface IngestResult {
  stored: number;
  seconds: number;
  mainCpuSeconds: number;
  cores: number;
  workers: number;
}

async function ingestOnce(
  child: Child,
  dataDir: string,
  count: number,
  workers: number,
): Promise<IngestResult> {
  return (await child.request(
    { type: 'ingest', dataDir, count, first: 0, workers },
    900_000,
  )) as unknown as IngestResult;
}

/** Part A1. */
export const archiveIngestPart: Part = {
  id: 'A1',
  title: 'Archive ingest throughput',
  async run(ctx: BenchContext) {
    const count = ctx.quick ? 60 : 300;
    const { child: pinned } = await startWorker(ctx, 'archive-worker');
    let oneCore: IngestResult;
    let analyzeSeconds: number;
    let main: Summary;
    try {
      analyzeSeconds =
        Number((await pinned.request({ type: 'analyzeOnly', count: 20 }, 120_000)).seconds) / 20;
      oneCore = await ingestOnce(pinned, join(ctx.tmpDir, 'ingest-one-core'), count, 0);
      const reply = await pinned.request(
        { type: 'mainThread', dataDir: join(ctx.tmpDir, 'ingest-main'), count: ctx.quick ? 60 : 300 },
        900_000,
      );
      main = reply.perStoryMs as unknown as Summary;
    } finally {
      await pinned.request({ type: 'exit' }, 5000).catch(() => undefined);
      await pinned.stop();
    }
    // The pool's threads must be free to use every core: this process may run on all of them
    // (it would inherit the orchestrator's one core otherwise); the pool sizes itself there.
    const free = startChild({ script: join(ctx.root, 'bench', 'workers', 'archive-worker.ts') });
    let pool: IngestResult;
    try {
      if (ctx.pinning.enabled)
        spawnSync('taskset', ['-a', '-cp', `0-${cpus().length - 1}`, String(free.pid)], { stdio: 'ignore' });
      await free.waitForMessage('ready', 60_000);
      pool = await ingestOnce(free, join(ctx.tmpDir, 'ingest-pool'), count, -1);
    } finally {
      await free.request({ type: 'exit' }, 5000).catch(() => undefined);
      await free.stop();
    }
    return {
      figures: [
        {
          metric: 'stories/s, one core (analysis on the main thread)',
          value: oneCore.stored / oneCore.seconds,
          unit: '/s',
          note: `${oneCore.stored} new 700-word stories; analysis alone ${(analyzeSeconds * 1000).toFixed(1)} ms a story`,
        },
        {
          metric: `stories/s, worker pool (${pool.workers} workers, ${pool.cores} cores)`,
          value: pool.stored / pool.seconds,
          unit: '/s',
          note: `main thread busy ${((pool.mainCpuSeconds / pool.seconds) * 100).toFixed(0)}% of the burst (storage, diff, duplicate checks)`,
        },
        {
          metric: 'main-thread ms per new story, p50 | p99',
          value: main.p99,
          unit: 'ms',
          note: `p50 ${main.p50.toFixed(1)} ms, max ${main.max.toFixed(1)} ms: everything but the analysis (storage, search terms, sketch, duplicate check), one story at a time`,
        },
      ],
      details: { count, oneCore, pool, analyzeMsPerStory: analyzeSeconds * 1000, mainThreadMs: main },
    };
  },
};
