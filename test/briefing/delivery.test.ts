// Delivery through the real discord.js REST client and the real Slack WebClient against the fake
// platforms: several channels on each, one failing with 5xx, one rate-limited, some gone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDueSlots } from '../../src/briefing/job.ts';
import { briefingEventType } from '../../src/briefing/senders/slack.ts';
import { slotOn, slotRefOf } from '../../src/briefing/slots.ts';
import type { BriefingStore, Subscription, SubscriptionInput } from '../../src/storage/store.ts';
import { FakeChannels } from '../fakes/discord/channels.ts';
import type { FakeDiscord } from '../fakes/discord/server.ts';
import { FakeSlackChannels } from '../fakes/slack/channels.ts';
import type { FakeSlack } from '../fakes/slack/server.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type FakePlatforms, startFakePlatforms } from './helpers/fake-platforms.ts';
import { memoryLogger } from './helpers/setup.ts';

let place: DatabasePlace;
let store: BriefingStore;
let discord: FakeDiscord;
let slack: FakeSlack;
let dChannels: FakeChannels;
let sChannels: FakeSlackChannels;
let platforms: FakePlatforms;
let log: ReturnType<typeof memoryLogger>;
let waits: number[];
const library = memoryLibrary([handmadeArticle()]);

/** The last whole minute before now, as HH:MM UTC: subscriptions at that time are due right away. */
const due = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 60_000);
const dueTime = due.toISOString().slice(11, 16);

async function subscribe(platform: 'discord' | 'slack', channelId: string, target = store): Promise<void> {
  const input: SubscriptionInput = { platform, channelId, time: dueTime, timezone: 'UTC', mode: 'daily' };
  await target.saveSubscription(input, 'chat', new Date(due.getTime() - 3_600_000));
}

async function subscriptionOf(platform: 'discord' | 'slack', channelId: string): Promise<Subscription> {
  const sub = await store.getSubscription(platform, channelId);
  if (!sub) throw new Error(`no subscription for ${platform}:${channelId}`);
  return sub;
}

function run(target = store, owner = 'a', withSenders = platforms.senders()) {
  return runDueSlots({
    now: () => new Date(),
    store: target,
    senders: withSenders,
    library,
    logger: log.logger,
    catchupHours: 6,
    owner,
    policy: { maxAttempts: 3, maxRateLimitWaits: 3, baseDelayMs: 20, maxDelayMs: 50, attemptTimeoutMs: 5000 },
    sleep: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
  });
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    platforms = await startFakePlatforms();
    ({ discord, slack, dChannels, sChannels } = platforms);
    log = memoryLogger();
    waits = [];
  });

  afterEach(async () => {
    await store.close();
    await platforms.close();
    await place.drop();
  });

  describe('briefing delivery on the fake platforms', () => {
    it('delivery: every healthy channel on both platforms gets one post despite a 5xx, a 429 and gone channels', async () => {
      const [ok, rate, flaky, deleted, forbidden] = [0, 1, 2, 3, 4].map(() => dChannels.add());
      dChannels.fail(rate as string, FakeChannels.rateLimited(0.2));
      dChannels.fail(flaky as string, { status: 502, body: { message: 'Bad Gateway' } });
      dChannels.close(deleted as string, 'unknown');
      dChannels.close(forbidden as string, 'forbidden');
      const [sOk, sRate, sFlaky, sGone, sOut] = [
        'C0OK0001',
        'C0RATE001',
        'C0FLAKY01',
        'C0GONE001',
        'C0OUT0001',
      ].map((c) => sChannels.add(c));
      sChannels.fail(sRate as string, FakeSlackChannels.rateLimited(1));
      sChannels.fail(sFlaky as string, { status: 503, body: { ok: false, error: 'service_unavailable' } });
      sChannels.close(sGone as string, 'channel_not_found');
      sChannels.close(sOut as string, 'not_in_channel');
      for (const id of [ok, rate, flaky, deleted, forbidden]) await subscribe('discord', id as string);
      for (const id of [sOk, sRate, sFlaky, sGone, sOut]) await subscribe('slack', id as string);

      const summary = await run();
      expect(summary).toMatchObject({ sent: 6, gone: 4, failed: 0 });
      for (const id of [ok, rate, flaky]) expect(dChannels.in(id as string)).toHaveLength(1);
      for (const id of [sOk, sRate, sFlaky]) expect(sChannels.in(id as string)).toHaveLength(1);

      const ratePosts = dChannels.posts.filter((p) => p.channelId === rate);
      expect(ratePosts.map((p) => p.status)).toEqual([429, 200]);
      expect((ratePosts[1]?.at ?? 0) - (ratePosts[0]?.at ?? 0)).toBeGreaterThanOrEqual(190);
      expect(waits).toContain(1000);
      const reasons = async (platform: string, id: string) =>
        (await store.lastDelivery(`${platform}:${id}`))?.reason;
      expect(await reasons('discord', deleted as string)).toBe('Unknown Channel (10003)');
      expect(await reasons('discord', forbidden as string)).toBe('Missing Access (50001)');
      expect(await reasons('slack', sGone as string)).toBe('channel_not_found');
      expect(await reasons('slack', sOut as string)).toBe('not_in_channel');
    });

    it('delivery: Discord posts carry a nonce with enforce_nonce and no mentions; Slack posts carry slot metadata', async () => {
      const channel = dChannels.add();
      const sChannel = sChannels.add('C0META001');
      await subscribe('discord', channel);
      await subscribe('slack', sChannel);
      await run();
      const post = discord.requests.find(
        (r) => r.method === 'POST' && r.route === `/channels/${channel}/messages`,
      );
      const body = post?.body as {
        nonce: string;
        enforce_nonce: boolean;
        allowed_mentions: unknown;
        embeds: { footer?: { text: string } }[];
      };
      expect(body.nonce.length).toBeLessThanOrEqual(25);
      expect(body.enforce_nonce).toBe(true);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      const slot = slotRefOf(
        slotOn(await subscriptionOf('discord', channel), due.toISOString().slice(0, 10)),
      );
      expect(JSON.stringify(body.embeds)).toContain(`ref ${slot.ref}`);
      expect(sChannels.in(sChannel)[0]?.metadata).toEqual({
        event_type: briefingEventType,
        event_payload: { slot: `slack:${sChannel}@${due.toISOString().slice(0, 10)}` },
      });
    });

    it('delivery: a Discord post whose answer was lost is found by its marker and not posted twice', async () => {
      const channel = dChannels.add();
      dChannels.fail(channel, { status: 500, body: { message: '500: Internal Server Error' }, commit: true });
      await subscribe('discord', channel);
      expect((await run()).sent).toBe(1);
      expect(dChannels.in(channel)).toHaveLength(1);
      expect(
        discord.requests.some((r) => r.method === 'GET' && r.route === `/channels/${channel}/messages`),
      ).toBe(true);
    });

    it('delivery: a Slack post whose answer was lost is found in history by its metadata and not posted twice', async () => {
      const channel = sChannels.add('C0LOST001');
      sChannels.fail(channel, { status: 500, body: { ok: false, error: 'internal_error' }, commit: true });
      await subscribe('slack', channel);
      expect((await run()).sent).toBe(1);
      expect(sChannels.in(channel)).toHaveLength(1);
      const history = slack.calls.find((c) => c.method === 'conversations.history');
      expect(history?.params.include_all_metadata).toBe('true');
    });

    it('delivery: after a crash between posting and recording, the next instance finds the post on both platforms', async () => {
      const channel = dChannels.add();
      const sChannel = sChannels.add('C0CRASH01');
      await subscribe('discord', channel);
      await subscribe('slack', sChannel);
      const crashed = platforms.senders();
      for (const [platform, id] of [
        ['discord', channel],
        ['slack', sChannel],
      ] as const) {
        const slot = slotOn(await subscriptionOf(platform, id), due.toISOString().slice(0, 10));
        await store.claimSlot(slot, 'crashed', new Date(Date.now() - 10 * 60_000), 60_000);
        await crashed[platform]?.send(
          id,
          { tone: 'info', title: 'Briefing', blocks: [], footer: `ref ${slotRefOf(slot).ref}` },
          slotRefOf(slot),
        );
      }
      expect(await run(store, 'successor')).toMatchObject({ sent: 2 });
      expect(dChannels.in(channel)).toHaveLength(1);
      expect(sChannels.in(sChannel)).toHaveLength(1);
      expect((await store.lastDelivery(`discord:${channel}`))?.reason).toMatch(/earlier claim crashed/);
    });

    it('delivery: a restart and a second instance on the same database post nothing twice', async () => {
      const ids = [0, 1, 2, 3].map(() => dChannels.add());
      const sIds = ['C0TWO0001', 'C0TWO0002', 'C0TWO0003'].map((c) => sChannels.add(c));
      for (const id of ids) await subscribe('discord', id);
      for (const id of sIds) await subscribe('slack', id);
      const second = await place.open();
      const [a, b] = await Promise.all([run(store, 'a'), run(second, 'b')]);
      expect(a.sent + b.sent).toBe(7);
      await store.close();
      store = await place.open();
      expect((await run(store, 'after-restart')).sent).toBe(0);
      await second.close();
      for (const id of ids) expect(dChannels.in(id)).toHaveLength(1);
      for (const id of sIds) expect(sChannels.in(id)).toHaveLength(1);
    });
  });

  describe('briefing delivery from two processes', () => {
    it('delivery: two bot processes on one database file post every slot exactly once', async () => {
      const { spawn } = await import('node:child_process');
      const { createServer } = await import('node:http');
      const posted: { channelId: string; slot: string }[] = [];
      const recorder = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://x');
        let body = '';
        req.on('data', (c: Buffer) => {
          body += c.toString();
        });
        req.on('end', () => {
          if (req.method === 'POST') {
            posted.push(JSON.parse(body));
            res.end(`m${posted.length}`);
          } else {
            const hit = posted.some(
              (p) =>
                p.channelId === url.searchParams.get('channelId') && p.slot === url.searchParams.get('slot'),
            );
            res.end(hit ? 'yes' : 'no');
          }
        });
      });
      await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
      const { port } = recorder.address() as { port: number };
      const ids = Array.from({ length: 20 }, (_, i) => String(900000 + i));
      for (const id of ids) await subscribe('discord', id);
      const script = new URL('./helpers/instance.ts', import.meta.url).pathname;
      const instance = (owner: string) =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', script], {
            env: { ...process.env, ...place.env, OWNER: owner, RECORDER_URL: `http://127.0.0.1:${port}` },
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
          });
          child.on('error', reject);
          // 'close': at 'exit' the summary line may still be unread in the pipe.
          child.on('close', (code) =>
            code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`instance ${owner} exited ${code}`)),
          );
        });
      try {
        const [a, b] = await Promise.all([instance('proc-a'), instance('proc-b')]);
        expect((a.sent ?? 0) + (b.sent ?? 0)).toBe(20);
        expect(posted).toHaveLength(20);
        expect(new Set(posted.map((p) => p.channelId)).size).toBe(20);
      } finally {
        recorder.close();
      }
    }, 30_000);
  });
});
