// Starts the real Discord door (discord.js client) against a fresh fake Discord, with an
// in-memory library and a logger whose lines the test can read. Always call close() in afterEach.
import { Writable } from 'node:stream';
import type { BriefingPort } from '../../../src/briefing/port.ts';
import { composeSummit } from '../../../src/compose-summit.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import type { StoryLibrary } from '../../../src/core/library.ts';
import type { Summit } from '../../../src/core/summit.ts';
import type { ShardConfig } from '../../../src/discord/client.ts';
import { type DiscordDoor, startDiscordDoor } from '../../../src/discord/start.ts';
import { createLogger, type Logger } from '../../../src/logger.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../../fakes/discord/server.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';

/** A parsed log line. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/** A logger that keeps its JSON lines in memory. */
export function memoryLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger('debug', sink as never), lines };
}

/** What a test works with. */
export interface Harness {
  fake: FakeDiscord;
  summit: Summit;
  logger: Logger;
  logs: LogLine[];
  door: DiscordDoor;
  /** Starts a second door (a restart) on the same fake, after stopping the first. */
  restart(): Promise<DiscordDoor>;
  close(): Promise<void>;
}

/** Options for a harness. */
export interface HarnessOptions {
  articles?: AnalyzedArticle[];
  /** The stories the core reads (default: `articles` alone, as without a database). */
  library?: StoryLibrary;
  summit?: (base: Summit) => Summit;
  deferAfterMs?: number;
  fake?: FakeDiscord;
  /** Sharding keys (DISCORD_SHARDS, DISCORD_SHARD_IDS, DISCORD_SHARD_COUNT). */
  shards?: ShardConfig;
  /** The briefing the door pauses a server's subscriptions in when the bot is removed. */
  briefing?: BriefingPort;
  /** Claims each interaction in a shared database (several instances), as src/main.ts wires it. */
  claimInteraction?: (id: string) => Promise<boolean>;
}

/** Starts a fake Discord and the door against it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? (await startFakeDiscord());
  const { logger, lines } = memoryLogger();
  const base = composeSummit({
    library: options.library ?? memoryLibrary(options.articles ?? [handmadeArticle()]),
    now: () => new Date('2026-06-06T08:00:00Z'),
    logger,
  });
  const summit = options.summit ? options.summit(base) : base;
  const config = {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.world.applicationId,
    DISCORD_API_BASE: fake.apiBase,
    ...options.shards,
  };
  const start = () =>
    startDiscordDoor({
      config,
      summit,
      logger,
      rest: { retries: 0 },
      deferAfterMs: options.deferAfterMs ?? 2000,
      briefing: options.briefing,
      ...(options.claimInteraction ? { claimInteraction: options.claimInteraction } : {}),
    });
  const harness: Harness = {
    fake,
    summit,
    logger,
    logs: lines,
    door: await start(),
    async restart() {
      await harness.door.stop();
      harness.door = await start();
      return harness.door;
    },
    async close() {
      await harness.door.stop();
      await fake.close();
    },
  };
  return harness;
}

/** The route of an interaction's callback. */
export function callbackRoute(interaction: { id: string; token: string }): string {
  return `/interactions/${interaction.id}/${interaction.token}/callback`;
}

/** Waits for the interaction's callback (the first answer) and returns it. */
export function callbackOf(
  fake: FakeDiscord,
  interaction: { id: string; token: string },
): Promise<RecordedRequest> {
  return fake.waitFor((r) => r.route === callbackRoute(interaction));
}

/** Waits until the interaction has received `count` follow-ups; returns them in order. */
export async function followUpsOf(
  fake: FakeDiscord,
  interaction: { token: string },
  count: number,
): Promise<RecordedRequest[]> {
  const route = `/webhooks/${fake.world.applicationId}/${interaction.token}`;
  const matches = () => fake.requests.filter((r) => r.method === 'POST' && r.route === route);
  await fake.waitFor(() => matches().length >= count);
  return matches();
}
