// Part 4: the fake gateway dispatches `/summit summary` interactions as fast as they are answered
// (a fixed number outstanding), to the bot (src/main.ts, Discord door) and to a bare discord.js
// client that replies a constant, alternated A B B A; interactions/s and dispatch-to-callback.
import { type BenchDiscord, startBenchDiscord } from '../fakes/discord.ts';
import { startBot } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { withCpu } from '../lib/proc.ts';
import { judged } from '../lib/report.ts';
import { pairNote, warmThenAlternate } from '../lib/slices.ts';
import type { Child } from '../lib/spawn.ts';
import { median, ratio, type Summary, summarize } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';
import { loadShare, waitShare } from './slack.ts';

const concurrency = 10;

/** What one slice measured. */
interface DiscordSample {
  ok: number;
  lost: number;
  seconds: number;
  rate: number;
  latencyMs: Summary;
  followUps: number;
  cpuSeconds: number;
  waitSeconds: number;
  /** CPU seconds of the load side (orchestrator: load generator and fakes). */
  loadCpuSeconds: number;
  perCpuSecond: number;
}

/** Keeps `concurrency` interactions outstanding for `ms`, then waits for the last answers. */
function interactionSlice(
  fake: BenchDiscord,
  ms: number,
): Promise<Omit<DiscordSample, 'cpuSeconds' | 'waitSeconds' | 'loadCpuSeconds' | 'perCpuSecond'>> {
  return new Promise((resolve) => {
    const latencies: number[] = [];
    const start = performance.now();
    const deadline = start + ms;
    const followUps0 = fake.counts.followUps;
    let last = start;
    const finish = () => {
      fake.off('callback', onCallback);
      clearTimeout(guard);
      const lost = fake.forgetPending();
      const seconds = (last - start) / 1000;
      resolve({
        ok: latencies.length,
        lost,
        seconds,
        rate: latencies.length / seconds,
        latencyMs: summarize(latencies),
        followUps: fake.counts.followUps - followUps0,
      });
    };
    const onCallback = (_id: string, latency: number) => {
      latencies.push(latency);
      last = performance.now();
      if (last < deadline) fake.dispatchCommand('summary');
      else if (fake.outstanding === 0) finish();
    };
    const guard = setTimeout(finish, ms + 10_000);
    fake.on('callback', onCallback);
    for (let i = 0; i < concurrency; i++) fake.dispatchCommand('summary');
  });
}

/** Part 4. */
export const discordPart: Part = {
  id: '4',
  title: 'Discord interactions',
  async run(ctx: BenchContext) {
    const fakes = { a: await startBenchDiscord(), b: await startBenchDiscord() };
    const children: Child[] = [];
    try {
      const envOf = (fake: BenchDiscord) => ({
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.world.applicationId,
        DISCORD_API_BASE: fake.apiBase,
      });
      // --calibrate: side A is a second bare client (A/A), so the ratio shows the harness's own noise.
      const bot = ctx.calibrate
        ? (await startWorker(ctx, 'discord-bare.mjs', { env: envOf(fakes.a) })).child
        : await startBot(ctx, envOf(fakes.a), ['discord'], { profile: ctx.profile });
      children.push(bot);
      const bare = await startWorker(ctx, 'discord-bare.mjs', { env: envOf(fakes.b), profile: ctx.profile });
      children.push(bare.child);
      const pids = { a: bot.pid, b: bare.child.pid };
      const slice = async (side: 'a' | 'b', ms: number): Promise<DiscordSample> => {
        const s = await withCpu(pids[side], () => interactionSlice(fakes[side], ms));
        return { ...s, perCpuSecond: s.ok / s.cpuSeconds };
      };
      const run = await warmThenAlternate<DiscordSample>({
        part: '4',
        settings: ctx,
        slice,
        value: (s) => s.rate,
      });
      const p99 = {
        a: median(run.a.map((s) => s.latencyMs.p99)),
        b: median(run.b.map((s) => s.latencyMs.p99)),
      };
      const perCpu = {
        a: median(run.a.map((s) => s.perCpuSecond)),
        b: median(run.b.map((s) => s.perCpuSecond)),
      };
      const lost = [...run.a, ...run.b].reduce((n, s) => n + s.lost, 0);
      const followUps = run.a.reduce((n, s) => n + s.followUps, 0);
      const answered = run.a.reduce((n, s) => n + s.ok, 0);
      return {
        figures: [
          judged(
            {
              metric: `interactions/s, ${concurrency} outstanding`,
              value: run.medianA,
              bare: run.medianB,
              ratio: run.ratio,
              unit: '/s',
              target: 'bot/bare >= 0.90',
              note: pairNote(run),
            },
            (r) => r >= 0.9,
            'ratio',
          ),
          {
            metric: 'p99 dispatch-to-callback',
            value: p99.a,
            bare: p99.b,
            ratio: ratio(p99.a, p99.b),
            unit: 'ms',
            note: 'median of slice p99s',
          },
          {
            metric: 'interactions per CPU-second',
            value: perCpu.a,
            bare: perCpu.b,
            ratio: ratio(perCpu.a, perCpu.b),
            unit: '/s',
            note: `contention: measured core waited ${waitShare(run.a)}% (bot) / ${waitShare(run.b)}% (bare) of slice time; load side busy ${loadShare(run.a)}% / ${loadShare(run.b)}%`,
          },
          {
            metric: 'follow-ups per interaction (bot)',
            value: answered ? followUps / answered : null,
            unit: '',
            note: `${lost} unanswered at slice end`,
          },
        ],
        details: {
          concurrency,
          order: run.order,
          pairRatios: run.pairRatios,
          bot: run.a,
          bare: run.b,
          fakes: { bot: fakes.a.counts, bare: fakes.b.counts },
        },
      };
    } finally {
      for (const child of children) await child.stop();
      await fakes.a.close();
      await fakes.b.close();
    }
  },
};
