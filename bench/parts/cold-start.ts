// Part 6: cold start of the bot (dist/main.js as `npm start` runs it, Discord and Slack doors on, against
// the fakes) until its log says every door is ready, and RSS then, against a bare plain-node process
// that loads discord.js and @slack/bolt and brings a Client and an App up the same way; A B B A.
import { join } from 'node:path';
import { startBenchDiscord } from '../fakes/discord.ts';
import { startBenchSlack } from '../fakes/slack.ts';
import { doorReadyMessages, freePort, logMessage, spawnBot, waitForMessages } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { memoryOf } from '../lib/proc.ts';
import { judged } from '../lib/report.ts';
import { pairNote, runAlternating } from '../lib/slices.ts';
import { type Child, startChild } from '../lib/spawn.ts';
import { median } from '../lib/stats.ts';

/** One cold start. */
interface StartSample {
  /** Spawn to ready line, ms. */
  readyMs: number;
  /** Resident memory at ready, MB. */
  rssMb: number;
  /** Peak resident memory up to ready, MB. */
  peakMb: number;
  /** SIGTERM to exit, ms. */
  stopMs: number;
  /** Each log message and when it arrived (ms after spawn), up to ready. */
  milestones: { msg: string; ms: number }[];
}

async function measure(start: () => Child, ready: (child: Child) => Promise<unknown>): Promise<StartSample> {
  const t0 = performance.now();
  const child = start();
  const milestones: { msg: string; ms: number }[] = [];
  let recording = true;
  child
    .waitForLine((line) => {
      const msg = logMessage(line);
      if (msg !== null && recording) milestones.push({ msg, ms: Math.round(performance.now() - t0) });
      return false;
    }, 120_000)
    .catch(() => undefined);
  try {
    await ready(child);
    const readyMs = performance.now() - t0;
    recording = false;
    const { rssMb, peakMb } = memoryOf(child.pid);
    const t1 = performance.now();
    await child.stop(5000);
    return { readyMs, rssMb, peakMb, stopMs: performance.now() - t1, milestones };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

/** Median arrival of each distinct log message across the samples, e.g. "article loaded 2100". */
function milestoneSummary(samples: StartSample[]): string {
  const names = [...new Set(samples.flatMap((s) => s.milestones.map((m) => m.msg)))];
  return names
    .map((name) => ({
      name,
      ms: median(
        samples.flatMap((s) =>
          s.milestones
            .filter((m) => m.msg === name)
            .slice(0, 1)
            .map((m) => m.ms),
        ),
      ),
    }))
    .sort((a, b) => a.ms - b.ms)
    .map((m) => `${m.name} ${Math.round(m.ms)}`)
    .join(', ');
}

/** Part 6. */
export const coldStartPart: Part = {
  id: '6',
  title: 'Cold start + RSS',
  async run(ctx: BenchContext) {
    const discord = await startBenchDiscord();
    const slack = await startBenchSlack();
    try {
      const env = {
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.world.applicationId,
        DISCORD_API_BASE: discord.apiBase,
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: 'bench-signing-secret',
        SLACK_API_URL: slack.apiUrl,
      };
      const bot = async () => {
        const port = String(await freePort());
        return measure(
          () => spawnBot(ctx, { ...env, PORT: port }),
          (child) => waitForMessages(child, [doorReadyMessages.discord, doorReadyMessages.slack], 60_000),
        );
      };
      const bare = () =>
        measure(
          () =>
            startChild({
              script: join(ctx.root, 'bench', 'workers', 'bare-start.mjs'),
              ipc: false,
              env: { ...env, PORT: '0' },
              pin: { pinning: ctx.pinning, core: ctx.pinning.measuredCore },
            }),
          (child) => child.waitForLine((line) => line.includes('"bare ready"'), 60_000),
        );
      ctx.log('part 6: warm-up (fills the tsx cache)');
      await bot();
      await bare();
      const run = await runAlternating<StartSample>({
        pairs: ctx.pairs,
        a: () => bot(),
        b: () => bare(),
        onSlice: ({ side, index }) => ctx.log(`part 6: pair ${index + 1} ${side === 'a' ? 'bot' : 'bare'}`),
        value: (s) => s.readyMs,
      });
      const rss = { a: median(run.a.map((s) => s.rssMb)), b: median(run.b.map((s) => s.rssMb)) };
      const peak = { a: median(run.a.map((s) => s.peakMb)), b: median(run.b.map((s) => s.peakMb)) };
      return {
        figures: [
          judged(
            {
              metric: 'spawn to ready (both doors)',
              value: run.medianA,
              bare: run.medianB,
              ratio: run.ratio,
              unit: 'ms',
              target: 'bot/bare <= 1.20',
              note: pairNote(run),
            },
            (r) => r <= 1.2,
            'ratio',
          ),
          judged(
            {
              metric: 'RSS at ready',
              value: rss.a,
              bare: rss.b,
              ratio: rss.a - rss.b,
              unit: 'MB',
              target: 'bot - bare <= 40 MB',
              note: 'ratio column = difference in MB',
            },
            (d) => d <= 40,
            'ratio',
          ),
          {
            metric: 'peak RSS up to ready',
            value: peak.a,
            bare: peak.b,
            ratio: peak.a - peak.b,
            unit: 'MB',
            note: 'VmHWM; ratio column = difference in MB',
          },
          {
            metric: 'SIGTERM to exit',
            value: median(run.a.map((s) => s.stopMs)),
            bare: median(run.b.map((s) => s.stopMs)),
            unit: 'ms',
          },
        ],
        note: `bot runs as node dist/main.js (what npm start runs after its esbuild step, minus the npm wrapper), bare as plain node; both pinned; ready = "Discord door ready" and "Slack door ready" log lines; bot log milestones (median ms after spawn): ${milestoneSummary(run.a)}; bare: ${milestoneSummary(run.b)}`,
        details: { order: run.order, pairRatios: run.pairRatios, bot: run.a, bare: run.b },
      };
    } finally {
      await discord.close();
      await slack.close();
    }
  },
};
