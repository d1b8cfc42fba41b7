// Shutdown as an operator meets it: the real bot (src/main.ts) posts a briefing to fake Discord and
// fake Slack behind fault proxies, both platforms stop answering every request, and one signal still
// ends the process within 10 s; a second signal ends it at once. The console door stops cleanly.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/store.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { FakeSlackChannels } from '../fakes/slack/channels.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { type BotProcess, startBot, stopBot } from '../robustness/helpers/bot-process.ts';
import { type FaultProxy, startFaultProxy } from '../robustness/helpers/fault-proxy.ts';

const slackToken = 'xoxb-shutdown-test';
const root = mkdtempSync(join(tmpdir(), 'summit-shutdown-'));
const contentDir = join(root, 'content');
const exitBoundMs = 10_000;
const isPost = (r: { method: string; url: string }) =>
  (r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.url)) || r.url.endsWith('/chat.postMessage');

let discord: FakeDiscord;
let slack: FakeSlack;
let bot: BotProcess | undefined;

beforeAll(async () => {
  mkdirSync(contentDir);
  copyFileSync(
    fileURLToPath(new URL('../fixtures/content/harbour-ferry-strike.txt', import.meta.url)),
    join(contentDir, 'harbour-ferry-strike.txt'),
  );
  [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack({ botToken: slackToken })]);
});
afterEach(async () => {
  if (bot) await stopBot(bot, 1000);
  bot = undefined;
});
afterAll(async () => {
  await Promise.all([discord.close(), slack.close()]);
  rmSync(root, { recursive: true, force: true });
});

/** Resolves with how the bot exited, or with 'still running' once `ms` have passed. */
function exitWithin(running: BotProcess, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolve) => {
    timer = setTimeout(() => resolve('still running'), ms);
  });
  return Promise.race([running.exited, late]).finally(() => clearTimeout(timer));
}

/**
 * Starts the bot with both chat doors behind fault proxies and one channel per platform owed a
 * briefing; resolves once both posts are held (the platforms stopped answering) and every later
 * request hangs too.
 */
async function botWithPlatformsGone(): Promise<{ bot: BotProcess; proxies: FaultProxy[] }> {
  const discordChannels = new FakeChannels(discord.world);
  const slackChannels = new FakeSlackChannels(slackToken);
  discord.extension = discordChannels.extension;
  slack.extension = slackChannels.extension;
  const discordChannel = discordChannels.add();
  const slackChannel = slackChannels.add(`C0STOP${String(Date.now()).slice(-5)}`);
  const proxies = await Promise.all([
    startFaultProxy(discord.apiBase.replace(/\/api$/, '')),
    startFaultProxy(`http://127.0.0.1:${slack.port}`),
  ]);
  for (const proxy of proxies) proxy.inject(isPost, { kind: 'hang' }, Number.POSITIVE_INFINITY);
  const dataDir = join(root, `data-${Math.random().toString(36).slice(2)}`);
  const briefingTime = new Date(Date.now() - 5 * 60_000).toISOString().slice(11, 16);
  // Subscribed on an earlier day, so today's slot is owed at start-up.
  const store = await openStore({ dataDir });
  const since = new Date(Date.now() - 10 * 60_000);
  for (const [platform, channelId] of [
    ['discord', discordChannel],
    ['slack', slackChannel],
  ] as const) {
    await store.saveSubscription(
      { platform, channelId, time: briefingTime, timezone: 'UTC', mode: 'daily', updatedBy: 'config' },
      'config',
      since,
    );
  }
  await store.close();
  const started = startBot({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.world.applicationId,
    DISCORD_API_BASE: `${proxies[0].origin}/api`,
    SLACK_BOT_TOKEN: slackToken,
    SLACK_SIGNING_SECRET: 'shutdown-test-secret',
    SLACK_API_URL: `${proxies[1].origin}/api/`,
    PORT: '0',
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    DISCORD_BRIEFING_CHANNELS: discordChannel,
    SLACK_BRIEFING_CHANNELS: slackChannel,
    BRIEFING_TIME: briefingTime,
    BRIEFING_TZ: 'UTC',
    LOG_LEVEL: 'info',
  });
  await started.waitFor((l) => l.msg === 'summit bot ready');
  await Promise.all(
    proxies.map(
      (proxy) =>
        new Promise<void>((resolve) => {
          const poll = setInterval(() => {
            if (!proxy.seen.some(isPost)) return;
            clearInterval(poll);
            resolve();
          }, 50);
        }),
    ),
  );
  for (const proxy of proxies) proxy.inject(() => true, { kind: 'hang' }, Number.POSITIVE_INFINITY);
  return { bot: started, proxies };
}

describe('shutdown with a deadline', () => {
  it('SIGTERM while both platforms stop answering: the process exits within 10 s, naming what did not stop', async () => {
    const { bot: running, proxies } = await botWithPlatformsGone();
    bot = running;
    try {
      running.child.kill('SIGTERM');
      const exit = await exitWithin(running, exitBoundMs);
      expect(exit).toEqual({ code: 1, signal: null });
      const late = running.lines.find(
        (l) => l.msg === 'shutdown deadline passed; exiting without these stops',
      );
      expect(late?.unfinished).toContain('daily briefing and feeds');
    } finally {
      await Promise.all(proxies.map((proxy) => proxy.close()));
    }
  }, 60_000);

  it('a second signal during the shutdown exits at once', async () => {
    const { bot: running, proxies } = await botWithPlatformsGone();
    bot = running;
    try {
      running.child.kill('SIGINT');
      await running.waitFor((l) => l.msg === 'shutting down');
      running.child.kill('SIGTERM');
      const exit = await exitWithin(running, exitBoundMs);
      expect(exit).toEqual({ code: 143, signal: null });
      expect(running.lines.some((l) => l.msg === 'second signal: exiting now')).toBe(true);
      expect(
        running.lines.some((l) => l.msg === 'shutdown deadline passed; exiting without these stops'),
      ).toBe(false);
    } finally {
      await Promise.all(proxies.map((proxy) => proxy.close()));
    }
  }, 60_000);
});

describe('shutdown of the console door', () => {
  const consoleEnv = () => ({
    CONTENT_DIR: contentDir,
    DATA_DIR: join(root, `console-${Math.random().toString(36).slice(2)}`),
    LOG_LEVEL: 'info',
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s: every stop finishes and the process exits 0',
    async (signal) => {
      bot = startBot(consoleEnv());
      await bot.waitFor((l) => l.msg === 'summit bot ready');
      bot.child.kill(signal);
      expect(await exitWithin(bot, exitBoundMs)).toEqual({ code: 0, signal: null });
      expect(bot.lines.some((l) => l.msg === 'stopped')).toBe(true);
    },
    60_000,
  );

  it('end of input: every stop finishes and the process exits 0', async () => {
    bot = startBot(consoleEnv());
    await bot.waitFor((l) => l.msg === 'summit bot ready');
    bot.child.stdin?.end('/summit help\n');
    expect(await exitWithin(bot, exitBoundMs)).toEqual({ code: 0, signal: null });
    expect(bot.lines.find((l) => l.msg === 'shutting down')?.reason).toBe('end of input');
  }, 60_000);
});
