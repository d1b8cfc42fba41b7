// Part S1: command latency while a burst of new stories is analysed: a steady stream of /summit
// commands (every kind, autocomplete included) against the archive, idle and then during a burst of
// 500 new 700-word stories (a feed added with a long history); analysis runs in the worker pool.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { profileFlags } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { judged } from '../lib/report.ts';
import { startChild } from '../lib/spawn.ts';
import type { Summary } from '../lib/stats.ts';

interface BurstResult {
  idle: Summary;
  burst: Summary;
  seconds: number;
  stored: number;
  loopP99Ms: number;
  loopMaxMs: number;
  workers: number;
  cores: number;
}

/** Part S1. */
export const storyBurstPart: Part = {
  id: 'S1',
  title: 'Command p99 during a 500-story burst',
  async run(ctx: BenchContext) {
    const burst = ctx.quick ? 100 : 500;
    // The pool's threads must be free to use every core, as in part A1.
    const child = startChild({
      script: join(ctx.root, 'bench', 'workers', 'burst-worker.ts'),
      nodeFlags: profileFlags(ctx),
    });
    let result: BurstResult;
    try {
      if (ctx.pinning.enabled)
        spawnSync('taskset', ['-a', '-cp', `0-${cpus().length - 1}`, String(child.pid)], { stdio: 'ignore' });
      await child.waitForMessage('ready', 60_000);
      result = (await child.request(
        {
          type: 'burst',
          dataDir: join(ctx.tmpDir, 'story-burst'),
          seed: 30,
          burst,
          idleMs: ctx.quick ? 2000 : 5000,
          intervalMs: 20,
        },
        1_800_000,
      )) as unknown as BurstResult;
    } finally {
      await child.request({ type: 'exit' }, 5000).catch(() => undefined);
      await child.stop();
    }
    const { idle, burst: during } = result;
    return {
      figures: [
        judged(
          {
            metric: `command p99 during the burst (${result.stored} stories)`,
            value: during.p99,
            bare: idle.p99,
            ratio: during.p99 / idle.p99,
            unit: 'ms',
            target: '< 50 ms',
            note: `${during.count} commands, p50 ${during.p50.toFixed(1)} ms, max ${during.max.toFixed(1)} ms; "bare" = idle`,
          },
          (v) => v < 50,
        ),
        {
          metric: 'event-loop delay p99 during the burst',
          value: result.loopP99Ms,
          unit: 'ms',
          note: `max ${result.loopMaxMs.toFixed(1)} ms; burst took ${result.seconds.toFixed(1)} s (${result.workers} workers, ${result.cores} cores)`,
        },
      ],
      note: 'commands every 20 ms, latency counted from when each was due (blocked time included), each reply rendered for Discord',
      details: { stories: burst, ...result },
    };
  },
};
