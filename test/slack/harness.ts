// Starts the real Slack door (Bolt, HTTP or Socket Mode) against a fake Slack, over the real core
// with a handmade article, and captures the log lines so tests can read them.

import { composeSummit } from '../../src/compose-summit.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { AnalyzedArticle } from '../../src/core/article.ts';
import type { Summit } from '../../src/core/summit.ts';
import type { HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { type SlackDoor, startSlackDoor } from '../../src/slack/start.ts';
import { type FakeSlack, type FakeSlackOptions, startFakeSlack } from '../fakes/slack/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

/** The signing secret the tests sign with. */
export const signingSecret = 'fake-signing-secret';

/** A running door, its fake Slack and the log. */
export interface Harness {
  fake: FakeSlack;
  door: SlackDoor;
  logs: Record<string, unknown>[];
  /** URL of /slack/events (HTTP mode). */
  eventsUrl: string;
  stop(): Promise<void>;
}

/** Options of a harness. */
export interface HarnessOptions {
  mode: 'http' | 'socket';
  articles?: AnalyzedArticle[];
  env?: Record<string, string>;
  fake?: FakeSlackOptions;
  /** Wraps the core (e.g. to make it slow). */
  wrap?: (core: Summit) => Summit;
  /** How long the door waits for an answer to put in the ack. */
  ackWithinMs?: number;
  /** A shared HTTP server, already listening, for HTTP mode to mount on (else the door listens itself). */
  http?: HttpServer;
}

/** Starts a fake Slack and the door against it. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const fake = await startFakeSlack(options.fake);
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line)) });
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot',
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    ...(options.mode === 'socket'
      ? { SLACK_APP_TOKEN: 'xapp-fake-app' }
      : { SLACK_SIGNING_SECRET: signingSecret }),
    ...options.env,
  });
  const library = memoryLibrary(options.articles ?? [handmadeArticle()]);
  const core = composeSummit({ library, now: () => new Date('2026-06-06T08:00:00Z'), logger });
  const summit = options.wrap ? options.wrap(core) : core;
  try {
    const door = await startSlackDoor({
      config,
      summit,
      logger,
      retries: 0,
      ackWithinMs: options.ackWithinMs,
      http: options.http,
    });
    return {
      fake,
      door,
      logs,
      eventsUrl: `http://127.0.0.1:${door.port}/slack/events`,
      stop: async () => {
        await door.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
