// /metrics on the real HTTP server after real work: commands through the core, a briefing run
// through the real discord.js REST client and Slack WebClient against rate-limiting fakes, a story
// analysed in the worker pool. Off, every call is a no-op; labels never take user input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeInWorker } from '../../src/analysis/pool.ts';
import { runDueSlots } from '../../src/briefing/job.ts';
import { createDiscordSender } from '../../src/briefing/senders/discord.ts';
import { createSlackSender } from '../../src/briefing/senders/slack.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { countCommand, disableMetrics, enableMetrics, metricSeries } from '../../src/metrics/metrics.ts';
import { metricsRoute } from '../../src/metrics/route.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import { FakeSlackChannels } from '../fakes/slack/channels.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { send } from '../http/send.ts';

const logger = createLogger('silent');
const library = memoryLibrary([handmadeArticle()]);

function command(command: string, platform: 'discord' | 'slack' | 'console' = 'console'): CommandRequest {
  return {
    command,
    options: {},
    who: { platform, userId: 'U1', canManage: false },
    where: { platform, channelId: 'C1' },
  };
}

/** The value of one series line, e.g. `summit_commands_total{platform="console",...}`. */
function seriesValue(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics off', () => {
  it('every function is a no-op and nothing is defined', async () => {
    disableMetrics();
    countCommand('slack', 'help', 'ok', 5);
    await composeSummit({ library, now: () => new Date(), logger }).handle(command('help'));
    expect(metricSeries()).toBeUndefined();
  });
});

describe('metrics on', () => {
  let http: HttpServer;
  let port: number;
  const scrape = async () => {
    const answer = await send(port, '/metrics');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return answer.body;
  };

  beforeAll(async () => {
    const series = await enableMetrics();
    http = createHttpServer({ logger });
    http.add(metricsRoute(series));
    port = await http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await http.close();
    disableMetrics();
  });

  it('commands are counted by platform, subcommand and outcome, with their latency; a made-up subcommand is "unknown"', async () => {
    const summit = composeSummit({ library, now: () => new Date(), logger });
    await summit.handle(command('help', 'slack'));
    await summit.handle(command('help', 'slack'));
    await summit.handle(command('subscribe', 'discord'));
    await summit.handle(command('no-such-thing-Ω'));
    const text = await scrape();
    expect(seriesValue(text, 'summit_commands_total{platform="slack",subcommand="help",outcome="ok"}')).toBe(
      2,
    );
    expect(
      seriesValue(text, 'summit_commands_total{platform="discord",subcommand="subscribe",outcome="refused"}'),
    ).toBe(1);
    expect(
      seriesValue(text, 'summit_commands_total{platform="console",subcommand="unknown",outcome="unknown"}'),
    ).toBe(1);
    expect(
      seriesValue(text, 'summit_command_duration_seconds_count{platform="slack",subcommand="help"}'),
    ).toBe(2);
    expect(text).not.toContain('no-such-thing');
  });

  it('process metrics are there', async () => {
    const text = await scrape();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('a story analysed in the worker pool is timed', async () => {
    const text = `---\ntitle: Harbour Tolls Rise\n---\nThe harbour board raised its tolls. Crews said the rise would cost them dearly.\n`;
    await analyzeInWorker(text, 'harbour-tolls.md', 'v1');
    await expect(analyzeInWorker('---\ntitle: x\n', 'broken.md', 'v1')).rejects.toThrow();
    const scraped = await scrape();
    expect(seriesValue(scraped, 'summit_story_analysis_duration_seconds_count{outcome="ok"}')).toBe(1);
    expect(seriesValue(scraped, 'summit_story_analysis_duration_seconds_count{outcome="rejected"}')).toBe(1);
  });

  forEachDatabase((database) => {
    let place: DatabasePlace;
    let store: BriefingStore;
    let discord: FakeDiscord;
    let slack: FakeSlack;
    beforeEach(async () => {
      place = await database.create();
      store = await place.open();
      discord = await startFakeDiscord();
      slack = await startFakeSlack();
      return async () => {
        await store.close();
        await discord.close();
        await slack.close();
        await place.drop();
      };
    });

    it('a briefing run counts deliveries by outcome and the 429s each platform answered', async () => {
      const before = await scrape();
      const dChannels = new FakeChannels(discord.world);
      discord.extension = dChannels.extension;
      const sChannels = new FakeSlackChannels();
      slack.extension = sChannels.extension;
      const [ok, limited, gone] = [0, 1, 2].map(() => dChannels.add()) as [string, string, string];
      dChannels.fail(limited, FakeChannels.rateLimited(0.1));
      dChannels.close(gone, 'unknown');
      const sLimited = sChannels.add('C0RATE001');
      sChannels.fail(sLimited, FakeSlackChannels.rateLimited(1));
      const due = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
      const time = due.toISOString().slice(11, 16);
      const since = new Date(due.getTime() - 3_600_000);
      for (const channelId of [ok, limited, gone]) {
        await store.saveSubscription(
          { platform: 'discord', channelId, time, timezone: 'UTC', mode: 'daily' },
          'chat',
          since,
        );
      }
      await store.saveSubscription(
        { platform: 'slack', channelId: sLimited, time, timezone: 'UTC', mode: 'daily' },
        'chat',
        since,
      );
      await runDueSlots({
        now: () => new Date(),
        store,
        senders: {
          discord: createDiscordSender({ token: discord.token, apiBase: discord.apiBase, timeoutMs: 5000 }),
          slack: createSlackSender({ token: 'xoxb-fake-bot', apiUrl: slack.apiUrl, timeoutMs: 5000 }),
        },
        library,
        logger,
        catchupHours: 6,
        owner: 'metrics',
        policy: {
          maxAttempts: 3,
          maxRateLimitWaits: 3,
          baseDelayMs: 20,
          maxDelayMs: 50,
          attemptTimeoutMs: 5000,
        },
      });
      const after = await scrape();
      const grew = (series: string) => (seriesValue(after, series) ?? 0) - (seriesValue(before, series) ?? 0);
      expect(grew('summit_briefing_deliveries_total{platform="discord",outcome="sent"}')).toBe(2);
      expect(grew('summit_briefing_deliveries_total{platform="discord",outcome="gone"}')).toBe(1);
      expect(grew('summit_briefing_deliveries_total{platform="slack",outcome="sent"}')).toBe(1);
      expect(grew('summit_rate_limited_total{platform="discord"}')).toBe(1);
      expect(grew('summit_rate_limited_total{platform="slack"}')).toBe(1);
    });
  });
});
