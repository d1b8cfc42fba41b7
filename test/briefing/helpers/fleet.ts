// Several real bot processes (the built bot, as `npm start` runs it) on one PostgreSQL schema,
// against the bench fakes that enforce Discord's and Slack's rate limits: N channels per platform
// subscribed with today's slot already due, and what the fakes and the ledger saw afterwards.
import pg from 'pg';
import { type BenchDiscord, startBenchDiscord } from '../../../bench/fakes/discord.ts';
import { type BenchSlack, startBenchSlack } from '../../../bench/fakes/slack.ts';
import { subscribeDue } from '../../../bench/lib/due-subscriptions.ts';
import { fanoutLimits } from '../../../bench/parts/fanout.ts';
import { analysePosts, discordChannels, slackChannels } from '../../../bench/parts/fanout-count.ts';
import type { BuiltBot } from '../../helpers/built-bot.ts';
import { type DatabasePlace, postgresPlace } from '../../helpers/databases.ts';
import { type BotProcess, startBot, stopBot } from '../../robustness/helpers/bot-process.ts';

/** The rate-limited fakes a fleet posts to. */
export interface Fakes {
  discord: BenchDiscord;
  slack: BenchSlack;
}

/** Starts the bench fakes with the limits part 5 of the bench uses. */
export async function startFakes(): Promise<Fakes> {
  const [discord, slack] = await Promise.all([
    startBenchDiscord(fanoutLimits.discord),
    startBenchSlack(fanoutLimits.slack),
  ]);
  return { discord, slack };
}

/** A fleet's database, channels and processes. */
export interface Fleet {
  place: DatabasePlace;
  bots: BotProcess[];
  ids: { discord: string[]; slack: string[] };
  /** Starts one more bot on the fleet's database. */
  start(): BotProcess;
  /** Posts the fakes have accepted since the fleet began. */
  posts(): number;
  /** Resolves once `check` holds (polled). */
  until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void>;
  /** Rows of the ledger by owner and status. */
  ledger(): Promise<{ owner: string; status: string; n: number }[]>;
  /** Stops every bot still running and drops the schema. */
  close(): Promise<void>;
}

/** A fresh schema with `perPlatform` channels on each platform subscribed and due; no bot yet. */
export async function createFleet(
  bot: BuiltBot,
  fakes: Fakes,
  perPlatform: number,
  env: Record<string, string> = {},
): Promise<Fleet> {
  fakes.discord.resetChannels();
  fakes.slack.resetChannels();
  for (const counts of [fakes.discord.counts, fakes.slack.counts])
    for (const key of Object.keys(counts)) counts[key as keyof typeof counts] = 0;
  const place = await postgresPlace();
  const ids = { discord: discordChannels(perPlatform), slack: slackChannels(perPlatform) };
  await subscribeDue(place.options, ids, 'fleet');
  const bots: BotProcess[] = [];
  const url = place.env.DATABASE_URL;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    place,
    bots,
    ids,
    start() {
      const started = startBot(
        {
          DATABASE_URL: url,
          DATA_DIR: place.env.DATA_DIR,
          CONTENT_DIR: bot.contentDir,
          PORT: '0',
          LOG_LEVEL: 'info',
          DISCORD_TOKEN: fakes.discord.token,
          DISCORD_APPLICATION_ID: fakes.discord.world.applicationId,
          DISCORD_API_BASE: fakes.discord.apiBase,
          SLACK_BOT_TOKEN: fakes.slack.botToken,
          SLACK_SIGNING_SECRET: 'fleet-signing-secret',
          SLACK_API_URL: fakes.slack.apiUrl,
          BRIEFING_TZ: 'UTC',
          ...env,
        },
        { script: `${bot.out}/main.js` },
      );
      bots.push(started);
      return started;
    },
    posts: () => fakes.discord.counts.posts + fakes.slack.counts.posts,
    async until(check, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`fleet: condition not met in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async ledger() {
      const rows = await query('select owner, status, count(*) as n from deliveries group by owner, status');
      return rows.map((r) => ({ owner: String(r.owner), status: String(r.status), n: Number(r.n) }));
    },
    async close() {
      await Promise.all(bots.map((b) => stopBot(b)));
      await place.drop();
    },
  };
}

/** What the fakes hold for the fleet's channels: lost, incomplete and doubled posts per platform. */
export function countPosts(fakes: Fakes, ids: Fleet['ids']) {
  return {
    discord: analysePosts(ids.discord, fakes.discord.channels, (p) => p.body, 0),
    slack: analysePosts(ids.slack, fakes.slack.channels, (p) => p.params, 0),
  };
}

/** 429s the fakes answered. */
export function rateLimited(fakes: Fakes): number {
  return fakes.discord.counts.rateLimited + fakes.slack.counts.rateLimited;
}

/** The bot whose process id starts an owner id (`${pid}-...`). */
export function ownerPid(owner: string): number {
  return Number(owner.split('-')[0]);
}
