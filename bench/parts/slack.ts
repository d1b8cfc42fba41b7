// Part 3: signed `/summit summary` slash commands over HTTP at a fixed concurrency, against the
// bot (src/main.ts, Slack door) and a bare Bolt app that acks a constant, alternated A B B A.
import { formBody, signatureHeaders, slashCommandFields } from '../../test/fakes/slack/requests.ts';
import { startBenchSlack } from '../fakes/slack.ts';
import { freePort, startBot } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { waitUntilSettled } from '../lib/drain.ts';
import { type HttpSlice, httpSlice, loadAgent } from '../lib/http-load.ts';
import { withCpu } from '../lib/proc.ts';
import { judged } from '../lib/report.ts';
import { pairNote, warmThenAlternate } from '../lib/slices.ts';
import type { Child } from '../lib/spawn.ts';
import { median, ratio } from '../lib/stats.ts';
import { startWorker } from '../lib/workers.ts';

const concurrency = 10;
const secret = 'bench-signing-secret';

interface SlackSample extends HttpSlice {
  /** response_url posts the fake received for this slice (after draining). */
  responses: number;
  /** ms waited after the slice for the backlog of respond() calls. */
  drainMs: number;
  /** CPU seconds the measured process used (slice and drain). */
  cpuSeconds: number;
  /** Seconds its main thread waited for the core (other load on the machine). */
  waitSeconds: number;
  /** CPU seconds of the load side (orchestrator: load generator and fakes). */
  loadCpuSeconds: number;
  /** Acks per CPU-second of the measured process. */
  perCpuSecond: number;
}

/** Share of slice time the measured process's main thread waited for its core, in percent. */
export function waitShare(samples: { waitSeconds: number; seconds: number }[]): number {
  const wait = samples.reduce((n, s) => n + s.waitSeconds, 0);
  const time = samples.reduce((n, s) => n + s.seconds, 0);
  return time > 0 ? Math.round((100 * wait) / time) : Number.NaN;
}

/** CPU the load side (this process: load generator and fakes) used, in percent of slice time. */
export function loadShare(samples: { loadCpuSeconds: number; seconds: number }[]): number {
  const cpu = samples.reduce((n, s) => n + s.loadCpuSeconds, 0);
  const time = samples.reduce((n, s) => n + s.seconds, 0);
  return time > 0 ? Math.round((100 * cpu) / time) : Number.NaN;
}

/** Commands finished per second: acks, over the slice plus the time its respond() backlog took. */
export function completedRate(s: { ok: number; seconds: number; drainMs: number }): number {
  return s.ok / (s.seconds + s.drainMs / 1000);
}

/** Part 3. */
export const slackPart: Part = {
  id: '3',
  title: 'Slack HTTP',
  async run(ctx: BenchContext) {
    const fake = await startBenchSlack();
    const children: Child[] = [];
    try {
      const port = await freePort();
      const env = {
        SLACK_BOT_TOKEN: fake.botToken,
        SLACK_SIGNING_SECRET: secret,
        SLACK_API_URL: fake.apiUrl,
      };
      // --calibrate: side A is a second bare app (A/A), so the ratio shows the harness's own noise.
      const twin = ctx.calibrate ? await startWorker(ctx, 'slack-bare.mjs', { env }) : undefined;
      const bot = twin
        ? twin.child
        : await startBot(ctx, { ...env, PORT: String(port) }, ['slack'], { profile: ctx.profile });
      children.push(bot);
      const bare = await startWorker(ctx, 'slack-bare.mjs', { env, profile: ctx.profile });
      children.push(bare.child);
      const targets = {
        a: `http://127.0.0.1:${twin ? String(twin.ready.port) : port}/slack/events`,
        b: `http://127.0.0.1:${String(bare.ready.port)}/slack/events`,
      };
      const make = (n: number) => {
        const body = formBody(slashCommandFields('summary', fake.responseUrl(n)));
        return {
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(secret, body) },
        };
      };
      const pids = { a: bot.pid, b: bare.child.pid };
      const slice = async (side: 'a' | 'b', ms: number): Promise<SlackSample> => {
        const before = fake.counts.responses;
        const s = await withCpu(pids[side], async () => {
          // A fresh keep-alive pool per slice: sockets idle through the other side's slice would
          // outlive the server's keep-alive timeout (5 s) and hang up under the next request.
          const agent = loadAgent(concurrency);
          const load = await httpSlice({ agent, url: targets[side], concurrency, ms, make }).finally(() =>
            agent.destroy(),
          );
          // Commands answered in the ack's body are done; the others owe a response_url post.
          const drainMs =
            side === 'a' && load.ok > load.withBody
              ? await waitUntilSettled(() => fake.counts.responses, {
                  target: before + load.ok - load.withBody,
                  maxMs: 15_000,
                })
              : 0;
          return { ...load, drainMs };
        });
        return { ...s, responses: fake.counts.responses - before, perCpuSecond: s.ok / s.cpuSeconds };
      };
      const run = await warmThenAlternate<SlackSample>({
        part: '3',
        settings: ctx,
        slice,
        value: completedRate,
      });
      const p99 = {
        a: median(run.a.map((s) => s.latencyMs.p99)),
        b: median(run.b.map((s) => s.latencyMs.p99)),
      };
      const acks = run.a.reduce((n, s) => n + s.ok, 0);
      const inAck = run.a.reduce((n, s) => n + s.withBody, 0);
      const responses = run.a.reduce((n, s) => n + s.responses, 0);
      const errors = [...run.a, ...run.b].reduce((n, s) => n + s.errors, 0);
      const spread = pairNote(run);
      return {
        figures: [
          judged(
            {
              metric: `commands/s at concurrency ${concurrency}`,
              value: run.medianA,
              bare: run.medianB,
              ratio: run.ratio,
              unit: '/s',
              target: 'bot/bare >= 0.90',
              note: `acked and answered (in the ack body or by respond()), over slice + drain of the respond() backlog; ${spread}`,
            },
            (r) => r >= 0.9,
            'ratio',
          ),
          {
            metric: 'p99 ack latency',
            value: p99.a,
            bare: p99.b,
            ratio: ratio(p99.a, p99.b),
            unit: 'ms',
            note: 'median of slice p99s',
          },
          {
            metric: 'commands per CPU-second',
            value: median(run.a.map((s) => s.perCpuSecond)),
            bare: median(run.b.map((s) => s.perCpuSecond)),
            ratio: ratio(median(run.a.map((s) => s.perCpuSecond)), median(run.b.map((s) => s.perCpuSecond))),
            unit: '/s',
            note: `contention: measured core waited ${waitShare(run.a)}% (bot) / ${waitShare(run.b)}% (bare) of slice time; load side busy ${loadShare(run.a)}% / ${loadShare(run.b)}%`,
          },
          {
            metric: 'acks/s during the slice',
            value: median(run.a.map((s) => s.rate)),
            bare: median(run.b.map((s) => s.rate)),
            ratio: ratio(median(run.a.map((s) => s.rate)), median(run.b.map((s) => s.rate))),
            unit: '/s',
            note: 'HTTP acks only: the bot acks first and answers later, so this overstates it',
          },
          {
            metric: 'respond() posts per ack (bot)',
            value: acks ? responses / acks : null,
            unit: '',
            note: `${acks ? Math.round((100 * inAck) / acks) : 0}% answered in the ack body; drain after slice median ${Math.round(median(run.a.map((s) => s.drainMs)))} ms; ${errors} errors`,
          },
        ],
        details: {
          concurrency,
          order: run.order,
          pairRatios: run.pairRatios,
          bot: run.a,
          bare: run.b,
          fake: fake.counts,
        },
      };
    } finally {
      for (const child of children) await child.stop();
      await fake.close();
    }
  },
};
