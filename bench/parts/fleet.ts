// Part 7: several instances on PostgreSQL. Two real bots (dist/main.js, as `npm start` runs it)
// share one database and fan one day's briefing out to N Discord and N Slack channels on the
// rate-limited fakes: wall time against the single-bot floor, channels lost or doubled, 429s drawn,
// and how the work split between the two. The slot falls due while both run, as a daily briefing
// does: the clock starts at its due minute (when the minute tick fires the job), so all the run does
// from then on counts. Skipped when PostgreSQL is not reachable.
import { join } from 'node:path';
import pg from 'pg';
import { startBenchDiscord } from '../fakes/discord.ts';
import { startBenchSlack } from '../fakes/slack.ts';
import { buildOnce, logMessage, profileFlags } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { subscribeDue } from '../lib/due-subscriptions.ts';
import { type Figure, judged, SkipPart } from '../lib/report.ts';
import { startChild } from '../lib/spawn.ts';
import { fanoutLimits } from './fanout.ts';
import { analysePosts, discordChannels, floorSeconds, slackChannels } from './fanout-count.ts';

/** Where the part runs: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the project machines' server. */
const databaseUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

/** Runs one statement on the server (admin connection); throws when it cannot connect. */
async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh schema on the server, and its URL. */
async function freshSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `summit_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(`create schema ${schema}`);
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`drop schema if exists ${schema} cascade`) };
}

/** Sent slots per owner in the ledger. */
async function sentByOwner(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select owner, count(*) as n from deliveries where status = 'sent' group by owner order by owner",
    );
    return rows.map((r) => Number(r.n));
  } finally {
    await client.end();
  }
}

/** How long before the due minute the instances are started, at least (they start in a few seconds). */
const leadMs = 20_000;

/** The first whole minute after `ms`. */
function nextMinuteAfter(ms: number): Date {
  return new Date(Math.ceil((ms + 1) / 60_000) * 60_000);
}

async function runScenario(ctx: BenchContext, perPlatform: number, instances: number) {
  const [discord, slack] = await Promise.all([
    startBenchDiscord(fanoutLimits.discord),
    startBenchSlack(fanoutLimits.slack),
  ]);
  const place = await freshSchema();
  const ids = { discord: discordChannels(perPlatform), slack: slackChannels(perPlatform) };
  const bots = [];
  try {
    buildOnce(ctx);
    const dueAt = nextMinuteAfter(Date.now() + leadMs);
    await subscribeDue({ dataDir: '', databaseUrl: place.url }, ids, 'bench', dueAt);
    for (let i = 0; i < instances; i++)
      bots.push(
        startChild({
          script: join(ctx.root, 'dist', 'main.js'),
          ipc: false,
          // Both instances on the measured core, as part 5 runs its one bot: the fakes and this
          // orchestrator keep the other core, so the platform's side never competes with the bots.
          pin: { pinning: ctx.pinning, core: ctx.pinning.measuredCore },
          nodeFlags: profileFlags(ctx),
          env: {
            NODE_ENV: 'production',
            LOG_LEVEL: 'info',
            CONTENT_DIR: join(ctx.root, 'content'),
            DATA_DIR: join(ctx.tmpDir, `fleet-${i}`),
            DATABASE_URL: place.url,
            PORT: '0',
            DISCORD_TOKEN: discord.token,
            DISCORD_APPLICATION_ID: discord.world.applicationId,
            DISCORD_API_BASE: discord.apiBase,
            SLACK_BOT_TOKEN: slack.botToken,
            SLACK_SIGNING_SECRET: 'bench-signing-secret',
            SLACK_APP_TOKEN: '',
            SLACK_API_URL: slack.apiUrl,
            BRIEFING_TZ: 'UTC',
          },
        }),
      );
    const started: number[] = [];
    const limitMs = 180_000 + 40 * perPlatform;
    await Promise.all(
      bots.map(async (bot) => {
        const line = await bot.waitForLine((l) => logMessage(l) === 'briefing scheduler started', 120_000);
        started.push(JSON.parse(line).time as number);
        await bot.waitForLine(
          (l) => logMessage(l) === 'briefing run finished' && JSON.parse(l).reason === 'tick',
          limitMs,
        );
      }),
    );
    if (Math.max(...started) >= dueAt.getTime())
      throw new Error(
        `an instance started after the slot's due minute (${dueAt.toISOString()}); the machine is too slow for a ${leadMs / 1000} s lead`,
      );
    const counts = {
      discord: analysePosts(ids.discord, discord.channels, (p) => p.body, 0),
      slack: analysePosts(ids.slack, slack.channels, (p) => p.params, 0),
    };
    const lastPost =
      performance.timeOrigin + Math.max(counts.discord.lastPostSeconds, counts.slack.lastPostSeconds) * 1000;
    return {
      perPlatform,
      instances,
      wallSeconds: (lastPost - dueAt.getTime()) / 1000,
      floorSeconds: floorSeconds(counts, fanoutLimits),
      counts,
      rateLimited: { discord: discord.counts.rateLimited, slack: slack.counts.rateLimited },
      shares: await sentByOwner(place.url),
    };
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await place.drop();
    await Promise.all([discord.close(), slack.close()]);
  }
}

/** Part 7. */
export const fleetPart: Part = {
  id: '7',
  title: 'Two instances on PostgreSQL',
  async run(ctx: BenchContext) {
    try {
      await admin('select 1');
    } catch (error) {
      throw new SkipPart(
        `PostgreSQL not reachable at ${databaseUrl} (${String(error)}); start it or set BENCH_DATABASE_URL`,
      );
    }
    const sizes = ctx.quick ? [200] : [200, 1000];
    const figures: Figure[] = [];
    const details = [];
    for (const n of sizes) {
      ctx.log(`part 7: 2 instances, ${n} Discord + ${n} Slack channels on PostgreSQL`);
      const r = await runScenario(ctx, n, 2);
      details.push(r);
      const all = [r.counts.discord, r.counts.slack];
      const lost = all.reduce((x, c) => x + c.lost + c.incomplete, 0);
      const doubled = all.reduce((x, c) => x + c.doubled, 0);
      const posts = all.reduce((x, c) => x + c.posts, 0);
      const name = `2 instances: ${2 * n} channels`;
      figures.push(
        judged(
          {
            metric: `${name}, wall vs floor`,
            value: r.wallSeconds,
            bare: r.floorSeconds,
            ratio: r.wallSeconds / r.floorSeconds,
            unit: 's',
            target: 'wall/floor <= 1.10',
            note: `${posts} posts; sent per instance ${r.shares.join(' / ')}; clock from the due minute`,
          },
          (x) => x <= 1.1,
          'ratio',
        ),
        judged(
          {
            metric: `${name}: lost | doubled`,
            value: lost + doubled,
            unit: '',
            target: '0 lost, 0 doubled',
            note: `lost ${lost}, doubled ${doubled}`,
          },
          (x) => x === 0,
        ),
        judged(
          {
            metric: `${name}: 429s drawn`,
            value: r.rateLimited.discord + r.rateLimited.slack,
            unit: '',
            target: '0',
            note: `Discord ${r.rateLimited.discord}, Slack ${r.rateLimited.slack}`,
          },
          (x) => x === 0,
        ),
      );
    }
    return {
      figures,
      note: `Floor as part 5: Discord ${fanoutLimits.discord.globalPerSecond}/s global; Slack ${fanoutLimits.slack.perChannelPerSecond}/s per channel, ${fanoutLimits.slack.workspacePerSecond}/s workspace; both platforms at once`,
      details,
    };
  },
};
