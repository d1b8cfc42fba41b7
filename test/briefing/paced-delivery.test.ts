// The briefing paced before the platforms must refuse it: one and two instances (each its own
// database connection, senders and pacing, as two processes would have) deliver 200 due slots on
// each platform through the real discord.js REST client and Slack WebClient to fakes that enforce
// Discord's 50/s and Slack's per-channel and workspace limits. Every channel gets one post and
// neither fake ever has to answer 429.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BenchDiscord, startBenchDiscord } from '../../bench/fakes/discord.ts';
import { type BenchSlack, startBenchSlack } from '../../bench/fakes/slack.ts';
import { fanoutLimits } from '../../bench/parts/fanout.ts';
import { analysePosts, discordChannels, slackChannels } from '../../bench/parts/fanout-count.ts';
import { runDueSlots } from '../../src/briefing/job.ts';
import { createSenders } from '../../src/briefing/senders/create.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createPacing } from '../../src/pace/paced-requests.ts';
import { defaultPlatformLimits, type PlatformLimits } from '../../src/pace/platform-limits.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { memoryLogger } from './helpers/setup.ts';

const perPlatform = 200;

/**
 * The production limits with wider margins: this test's fakes, instances and databases share one
 * event loop on a busy test machine, where a request can leave a few hundred ms late. The production
 * figures themselves are held to the fakes' limits in virtual time (test/pace/shared-budget.test.ts)
 * and with real processes (instances.test.ts); unpaced, this fan-out draws dozens of 429s.
 */
const limits: PlatformLimits = {
  discord: { ...defaultPlatformLimits.discord, global: { perSecond: 40, burst: 25 } },
  slack: { ...defaultPlatformLimits.slack, postMessage: { perSecond: 40, burst: 25 } },
};
const library = memoryLibrary([handmadeArticle()]);

/** The last whole minute before now, as HH:MM UTC: subscriptions at that time are due right away. */
const due = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);

forEachDatabase((database) => {
  let place: DatabasePlace;
  let discord: BenchDiscord;
  let slack: BenchSlack;
  const stores: BriefingStore[] = [];

  beforeEach(async () => {
    place = await database.create();
    [discord, slack] = await Promise.all([
      startBenchDiscord(fanoutLimits.discord),
      startBenchSlack(fanoutLimits.slack),
    ]);
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await Promise.all([discord.close(), slack.close()]);
    await place.drop();
  });

  /** One instance: its own connection, senders and pacing over that connection. */
  async function instance(owner: string) {
    const store = await place.open();
    stores.push(store);
    const config = loadConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.world.applicationId,
      DISCORD_API_BASE: discord.apiBase,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: 'paced-signing-secret',
      SLACK_API_URL: slack.apiUrl,
    });
    const pacing = createPacing(
      (key, intervalMs, nowMs, count) => store.reservePace(key, intervalMs, nowMs, count),
      limits,
    );
    const senders = await createSenders(config, { pacing });
    return () =>
      runDueSlots({
        now: () => new Date(),
        store,
        senders,
        library,
        logger: memoryLogger().logger,
        catchupHours: 6,
        owner,
        watchMs: 10_000,
        // More in flight than the limits allow, so only the pacing keeps the platforms from refusing.
        concurrency: 32,
      });
  }

  describe('paced delivery', () => {
    for (const instances of [1, 2]) {
      it(`paced: ${instances} instance(s) post ${perPlatform} channels on each platform once, and no 429 is drawn`, async () => {
        const ids = { discord: discordChannels(perPlatform), slack: slackChannels(perPlatform) };
        const runs = [];
        for (let i = 0; i < instances; i++) runs.push(await instance(`instance-${i}`));
        const time = due.toISOString().slice(11, 16);
        for (const platform of ['discord', 'slack'] as const)
          for (const channelId of ids[platform])
            await stores[0]?.saveSubscription(
              { platform, channelId, time, timezone: 'UTC', mode: 'daily' },
              'chat',
              new Date(due.getTime() - 3_600_000),
            );
        const summaries = await Promise.all(runs.map((run) => run()));
        expect(summaries.reduce((n, s) => n + s.sent, 0)).toBe(2 * perPlatform);
        const counts = [
          analysePosts(ids.discord, discord.channels, (p) => p.body, 0),
          analysePosts(ids.slack, slack.channels, (p) => p.params, 0),
        ];
        for (const c of counts) expect([c.lost, c.incomplete, c.doubled]).toEqual([0, 0, 0]);
        expect({ discord: discord.counts.rateLimited, slack: slack.counts.rateLimited }).toEqual({
          discord: 0,
          slack: 0,
        });
      }, 60_000);
    }
  });
});
