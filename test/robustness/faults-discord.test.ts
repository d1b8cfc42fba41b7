// Faults on the Discord side, with the real discord.js client: a 429 with retry_after, a 500 and
// a timeout on an answer, and a dropped gateway connection. The door waits, retries or answers
// politely as each case needs, the client stays up, and the next command is answered as usual.

import type { RESTOptions } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { type DiscordDoor, startDiscordDoor } from '../../src/discord/start.ts';
import { callbackRoute, type LogLine, memoryLogger } from '../discord/helpers/harness.ts';
import { messageText } from '../discord/helpers/text.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fakes/discord/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type FaultProxy, startFaultProxy } from './helpers/fault-proxy.ts';

interface Rig {
  fake: FakeDiscord;
  proxy: FaultProxy;
  door: DiscordDoor;
  logs: LogLine[];
}

let rig: Rig | undefined;
afterEach(async () => {
  if (!rig) return;
  await rig.door.stop();
  await rig.proxy.close();
  await rig.fake.close();
  rig = undefined;
});

/** A fake Discord behind a fault proxy, and the real door talking to it with these REST options. */
async function start(rest: Partial<RESTOptions>): Promise<Rig> {
  const fake = await startFakeDiscord();
  const proxy = await startFaultProxy(fake.apiBase.replace(/\/api$/, ''));
  const { logger, lines } = memoryLogger();
  const summit = composeSummit({
    library: memoryLibrary([handmadeArticle()]),
    now: () => new Date(),
    logger,
  });
  const door = await startDiscordDoor({
    config: {
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.world.applicationId,
      DISCORD_API_BASE: `${proxy.origin}/api`,
    },
    summit,
    logger,
    rest,
  });
  rig = { fake, proxy, door, logs: lines };
  return rig;
}

/** Sends `/summit <sub>` and resolves with the answer Discord accepted (status 204). */
async function ask(
  r: Rig,
  sub: string,
  options: Record<string, string> = {},
): Promise<{ text: string; at: number }> {
  const sent = Date.now();
  const interaction = r.fake.sendInteraction(chatInputInteraction(r.fake.world, sub, options));
  const accepted: RecordedRequest = await r.fake.waitFor(
    (q) => q.route === callbackRoute(interaction) && q.status === 204,
  );
  return { text: messageText((accepted.body as { data: never }).data), at: Date.now() - sent };
}

const isCallback = (req: { url: string }) => req.url.includes('/callback');
/** Statuses of the interaction callbacks the fake Discord itself answered. */
const callbackStatuses = (r: Rig) =>
  r.fake.requests.filter((q) => q.route.endsWith('/callback')).map((q) => q.status);
const summaryLine = handmadeArticle().keyPoints[0] as string;

describe('discord faults', () => {
  it('429: the answer is held for retry_after, then sent once, within the 3 s window', async () => {
    const r = await start({ retries: 2 });
    r.proxy.inject(isCallback, {
      kind: 'respond',
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.4, global: false },
      headers: { 'retry-after': '0.4', 'x-ratelimit-scope': 'user' },
    });
    const answer = await ask(r, 'summary');
    expect(answer.text).toContain(summaryLine);
    expect(answer.at).toBeGreaterThanOrEqual(400);
    expect(answer.at).toBeLessThan(3000);
    expect(r.proxy.seen.filter(isCallback).map((s) => s.fault)).toEqual(['respond', 'forward']);
    expect(callbackStatuses(r)).toEqual([204]);
  });

  it('500 with retries allowed: the answer is sent again and arrives once', async () => {
    const r = await start({ retries: 1 });
    r.proxy.inject(isCallback, {
      kind: 'respond',
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
    });
    expect((await ask(r, 'summary')).text).toContain(summaryLine);
    expect(r.proxy.seen.filter(isCallback).map((s) => s.fault)).toEqual(['respond', 'forward']);
    expect(callbackStatuses(r)).toEqual([204]);
  });

  it('500 without retries: the user is told politely, the failure is logged, the next command is answered', async () => {
    const r = await start({ retries: 0 });
    r.proxy.inject(isCallback, {
      kind: 'respond',
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
    });
    expect((await ask(r, 'summary')).text).toContain('Something went wrong');
    expect(r.logs.some((l) => l.msg === 'discord: interaction failed' && l.level === 50)).toBe(true);
    expect((await ask(r, 'summary')).text).toContain(summaryLine);
    expect(r.door.client.isReady()).toBe(true);
  });

  it('timeout: an answer Discord never takes is given up after the REST timeout and the user is told', async () => {
    const r = await start({ retries: 0, timeout: 400 });
    r.proxy.inject(isCallback, { kind: 'hang' });
    const answer = await ask(r, 'summary');
    expect(answer.text).toContain('Something went wrong');
    expect(answer.at).toBeLessThan(3000);
    expect((await ask(r, 'quotes')).text).toContain('Ana Silva');
  });

  it('timeout with a retry: a slow first attempt still lands once and the retry is refused as a duplicate', async () => {
    const r = await start({ retries: 1, timeout: 300 });
    r.proxy.inject(isCallback, { kind: 'delay', ms: 900 });
    const answer = await ask(r, 'summary');
    expect(answer.text).toContain(summaryLine);
    await r.fake.waitFor((q) => isCallback({ url: q.route }) && q.status === 400);
    expect(callbackStatuses(r).sort()).toEqual([204, 400]);
    expect((await ask(r, 'help')).text).toContain('/summit summary');
  });

  it('gateway drop: the client resumes its session and answers the next command', async () => {
    const r = await start({ retries: 0 });
    expect((await ask(r, 'summary')).text).toContain(summaryLine);
    const resumed = new Promise<void>((resolve) => r.fake.gateway.once('resume', () => resolve()));
    r.fake.gateway.drop(4000, 'Unknown error');
    await resumed;
    await r.fake.waitFor(() => r.fake.gateway.sessionCount === 1);
    expect(r.fake.gateway.resumes).toBe(1);
    expect(r.fake.gateway.identifies).toHaveLength(1);
    expect((await ask(r, 'quotes', { speaker: 'rui' })).text).toContain('Rui Costa');
    expect(r.door.client.isReady()).toBe(true);
  });
});
