// kill -9 in the middle of a briefing fan-out: the real bot (src/main.ts, real SQLite file in
// DATA_DIR) posts one day's briefing to 40 channels on fake Discord and fake Slack whose posts are
// slowed down. It is SIGKILLed after some posts have landed, with others in flight (some of them
// land after its death, one per platform never does), restarted on the same DATA_DIR, and every
// channel must end with exactly one briefing for the slot.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/store.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { FakeSlackChannels } from '../fakes/slack/channels.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { type BotLine, type BotProcess, startBot, stopBot } from './helpers/bot-process.ts';
import { type FaultProxy, startFaultProxy } from './helpers/fault-proxy.ts';

const perPlatform = 20;
const postDelayMs = 250;
const slackToken = 'xoxb-kill-nine-bot';
const signingSecret = 'kill-nine-signing-secret';

const isDiscordPost = (r: { method: string; url: string }) =>
  r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.url);
const isSlackPost = (r: { url: string }) => r.url.endsWith('/chat.postMessage');

/** HH:MM in UTC, `minutes` from now. */
function utcTime(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(11, 16);
}

describe('kill -9 during a briefing fan-out', () => {
  const root = mkdtempSync(join(tmpdir(), 'summit-kill9-'));
  const dataDir = join(root, 'data');
  const contentDir = join(root, 'content');
  const briefingTime = utcTime(-5);
  let discord: FakeDiscord;
  let slack: FakeSlack;
  let discordProxy: FaultProxy;
  let slackProxy: FaultProxy;
  let discordChannels: FakeChannels;
  const slackChannels = new FakeSlackChannels(slackToken);
  const bots: BotProcess[] = [];
  let firstRun = true;
  let discordIds: string[] = [];
  let slackIds: string[] = [];

  const env = () => ({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.world.applicationId,
    DISCORD_API_BASE: `${discordProxy.origin}/api`,
    SLACK_BOT_TOKEN: slackToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: `${slackProxy.origin}/api/`,
    PORT: '0',
    CONTENT_DIR: contentDir,
    DATA_DIR: dataDir,
    DISCORD_BRIEFING_CHANNELS: discordIds.join(','),
    SLACK_BRIEFING_CHANNELS: slackIds.join(','),
    BRIEFING_TIME: briefingTime,
    BRIEFING_TZ: 'UTC',
    LOG_LEVEL: 'debug',
  });
  const messagesPer = () => [
    ...discordIds.map((id) => discordChannels.in(id).length),
    ...slackIds.map((id) => slackChannels.in(id).length),
  ];
  const landed = () => messagesPer().reduce((a, b) => a + b, 0);
  /** Resolves once `check` holds, re-checked whenever either fake records a request. */
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      const poke = () => {
        if (!check()) return;
        discord.off('request', poke);
        resolve();
      };
      discord.on('request', poke);
      void slack.until(check).then(poke);
      poke();
    });
  const runFinished = (bot: BotProcess) =>
    bot.waitFor((l: BotLine) => l.msg === 'briefing run finished' && l.reason === 'start-up', 30_000);

  beforeAll(async () => {
    mkdirSync(contentDir);
    mkdirSync(dataDir);
    copyFileSync(
      fileURLToPath(new URL('../fixtures/content/harbour-ferry-strike.txt', import.meta.url)),
      join(contentDir, 'harbour-ferry-strike.txt'),
    );
    [discord, slack] = await Promise.all([startFakeDiscord(), startFakeSlack({ botToken: slackToken })]);
    discordChannels = new FakeChannels(discord.world);
    discord.extension = discordChannels.extension;
    slack.extension = slackChannels.extension;
    discordIds = Array.from({ length: perPlatform }, () => discordChannels.add());
    slackIds = Array.from({ length: perPlatform }, (_, i) =>
      slackChannels.add(`C0KILL${String(i).padStart(4, '0')}`),
    );
    [discordProxy, slackProxy] = await Promise.all([
      startFaultProxy(discord.apiBase.replace(/\/api$/, '')),
      startFaultProxy(`http://127.0.0.1:${slack.port}`),
    ]);
    // Every post is slowed down; the sixth post on each platform never reaches the platform at all.
    for (const [proxy, isPost] of [
      [discordProxy, isDiscordPost],
      [slackProxy, isSlackPost],
    ] as const) {
      proxy.inject(
        (r) => firstRun && isPost(r) && proxy.seen.filter(isPost).length === 5,
        { kind: 'hang' },
        1,
      );
      proxy.inject(isPost, { kind: 'delay', ms: postDelayMs }, Number.POSITIVE_INFINITY);
    }
    // The channels were subscribed on an earlier day: their subscriptions predate today's slot.
    const store = await openStore({ dataDir });
    const since = new Date(Date.now() - 10 * 60_000);
    for (const [platform, ids] of [
      ['discord', discordIds],
      ['slack', slackIds],
    ] as const) {
      for (const channelId of ids) {
        await store.saveSubscription(
          { platform, channelId, time: briefingTime, timezone: 'UTC', mode: 'daily', updatedBy: 'config' },
          'config',
          since,
        );
      }
    }
    await store.close();
  });

  afterAll(async () => {
    for (const bot of bots) await stopBot(bot);
    await Promise.all([discordProxy?.close(), slackProxy?.close()]);
    await Promise.all([discord?.close(), slack?.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  it('kill -9: after a crash mid fan-out and restarts on the same database, every channel has exactly one briefing', async () => {
    const total = perPlatform * 2;
    const first = startBot(env());
    bots.push(first);
    const tried = () => [
      discordProxy.seen.filter(isDiscordPost).length,
      slackProxy.seen.filter(isSlackPost).length,
    ];
    await until(() => landed() >= 8 && tried().every((n) => n >= 7));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    firstRun = false;
    expect(landed(), 'the kill landed mid fan-out').toBeLessThan(total);

    // Restarted at once: untouched channels are served; slots the dead process held wait for its lease.
    const second = startBot(env());
    bots.push(second);
    const summary = await runFinished(second);
    expect(Math.max(...messagesPer()), 'no channel got a second briefing').toBe(1);
    const empty = messagesPer().filter((n) => n === 0).length;
    expect(empty).toBeLessThanOrEqual(Number(summary.busy));
    await stopBot(second);

    // Restarted after the lease has run out: the crashed claims are taken over, each channel's history
    // is checked first, and only the briefings that never landed are posted.
    const third = startBot(env(), { clockShiftMs: 3 * 60_000 });
    bots.push(third);
    const last = await runFinished(third);
    const settled = third.lines.filter((l) => l.msg === 'briefing delivery' && l.outcome === 'sent');
    const found = settled.filter((l) => String(l.reason).includes('found in the channel'));
    expect(last.sent, 'every slot the dead process held is settled').toBe(summary.busy);
    expect(
      settled.length - found.length,
      'the two posts that never landed are sent now',
    ).toBeGreaterThanOrEqual(2);
    await until(() => messagesPer().every((n) => n >= 1));
    expect(messagesPer()).toEqual(Array.from({ length: total }, () => 1));
    for (const bot of [first, second, third]) {
      const secrets = [discord.token, slackToken, signingSecret];
      expect(bot.raw.filter((line) => secrets.some((s) => line.includes(s)))).toEqual([]);
    }
  }, 90_000);
});
