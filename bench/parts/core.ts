// Part 1: handle + render of every subcommand for console, Discord and Slack, timed over many
// iterations in a process pinned to the measured core; p50/p99 in microseconds.
import { join } from 'node:path';
import type { BenchContext, Part } from '../lib/context.ts';
import { withCpu } from '../lib/proc.ts';
import { type Figure, judged } from '../lib/report.ts';
import type { Summary } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

interface CoreRow {
  label: string;
  platform: string;
  storage: boolean;
  tone: string;
  messages: number;
  chars: number;
  total: Summary;
  handle: Summary;
  p99OfRounds: number;
  cpuUs: Summary;
  cpuP99OfRounds: number;
}

/** Part 1. */
export const corePart: Part = {
  id: '1',
  title: 'Core handle+render',
  async run(ctx: BenchContext) {
    const { child } = await startWorker(ctx, 'core-worker');
    try {
      const t0 = performance.now();
      const measured = await withCpu(child.pid, async () => ({
        reply: await child.request(
          {
            type: 'core',
            iterations: 100_000,
            rounds: ctx.quick ? 3 : 7,
            msPerRound: ctx.quick ? 100 : 250,
            contentDir: join(ctx.root, 'content'),
          },
          300_000,
        ),
      }));
      const wallSeconds = (performance.now() - t0) / 1000;
      const result = measured.reply as unknown as { article: string; rows: CoreRow[]; note: string | null };
      const waited = Math.round((100 * measured.waitSeconds) / wallSeconds);
      const figures: Figure[] = result.rows.map((row) =>
        judged(
          {
            metric: `${row.label} · ${row.platform}`,
            value: row.cpuP99OfRounds,
            unit: 'µs',
            target: 'p99 < 1000 µs',
            note: `CPU p50 ${Math.round(row.cpuUs.p50)}; wall p50 ${Math.round(row.total.p50)}, p99 ${Math.round(row.p99OfRounds)} µs; n=${row.total.count}, ${row.messages} msg${row.storage ? ', SQLite' : ''}${row.tone === 'error' ? ', error reply' : ''}`,
          },
          (p99) => p99 < 1000,
        ),
      );
      const worst = [...result.rows].sort((a, b) => b.cpuP99OfRounds - a.cpuP99OfRounds)[0];
      return {
        figures,
        note:
          `article ${result.article}; Bot = p99 CPU time of handle+render per call (median of round p99s); wall time adds preemption: the measured core was taken by other processes ${waited}% of the time` +
          `${worst ? `; slowest ${worst.label}/${worst.platform}` : ''}${result.note ? `; ${result.note}` : ''}`,
        details: result,
      };
    } finally {
      await child.request({ type: 'exit' }, 5000).catch(() => undefined);
      await child.stop();
    }
  },
};
