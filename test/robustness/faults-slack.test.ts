// Faults on the Slack side, with the real Bolt app and Web API client: a 429 with Retry-After
// and a 500 on chat.postMessage, a response_url that fails, hangs or is cut, and a Socket Mode
// connection Slack asks to refresh. The door waits, retries or answers politely, nothing is
// posted twice, and the next command is answered as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { Reply } from '../../src/core/reply.ts';
import { postReplyToChannel } from '../../src/slack/post.ts';
import { type SlackDoor, startSlackDoor } from '../../src/slack/start.ts';
import { type LogLine, memoryLogger } from '../discord/helpers/harness.ts';
import {
  blockActionPayload,
  formBody,
  postSigned,
  postSignedForAck,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type FaultProxy, startFaultProxy } from './helpers/fault-proxy.ts';

const secret = 'faults-signing-secret';

interface Rig {
  fake: FakeSlack;
  proxy: FaultProxy;
  door: SlackDoor;
  logs: LogLine[];
  /** The fake's origin, which response URLs start with. */
  fakeOrigin: string;
}

let rig: Rig | undefined;
afterEach(async () => {
  if (!rig) return;
  await rig.door.stop();
  await rig.proxy.close();
  await rig.fake.close();
  rig = undefined;
});

/** A fake Slack behind a fault proxy and the real door (Socket Mode or HTTP) with `retries` Web API retries. */
async function start(mode: 'http' | 'socket', retries: number): Promise<Rig> {
  const fake = await startFakeSlack();
  const fakeOrigin = `http://127.0.0.1:${fake.port}`;
  const proxy = await startFaultProxy(fakeOrigin);
  const { logger, lines } = memoryLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot',
    SLACK_API_URL: `${proxy.origin}/api/`,
    PORT: '0',
    ...(mode === 'socket' ? { SLACK_APP_TOKEN: 'xapp-fake-app' } : { SLACK_SIGNING_SECRET: secret }),
  });
  const summit = composeSummit({
    library: memoryLibrary([handmadeArticle()]),
    now: () => new Date(),
    logger,
  });
  const door = await startSlackDoor({ config, summit, logger, retries });
  rig = { fake, proxy, door, logs: lines, fakeOrigin };
  return rig;
}

const reply: Reply = {
  tone: 'info',
  title: 'Morning briefing',
  blocks: [{ kind: 'text', text: 'The ferries are back.' }],
};
const postsAtFake = (r: Rig) => r.fake.calls.filter((c) => c.method === 'chat.postMessage');
const isPost = (req: { url: string }) => req.url.endsWith('/chat.postMessage');

/**
 * Sends `/summit <text>` over HTTP with a response_url that passes the proxy; resolves once `count`
 * messages arrived: the one in the ack's body (a quick answer), then the response_url posts.
 */
async function run(r: Rig, id: string, text: string, count = 1) {
  const url = r.fake.responseUrl(id).replace(r.fakeOrigin, r.proxy.origin);
  const events = `http://127.0.0.1:${r.door.port}/slack/events`;
  const { status, ack } = await postSignedForAck(events, formBody(slashCommandFields(text, url)), { secret });
  expect(status).toBe(200);
  const inAck = ack ? [ack] : [];
  await r.fake.until(() => inAck.length + (r.fake.responses.get(id) ?? []).length >= count);
  return [...inAck, ...r.fake.accepted(id)].map((m) => JSON.stringify(m));
}

/** Clicks a follow-up button for `value` (its answer goes through the response_url, past the proxy); resolves once Slack holds `count` posts. */
async function click(r: Rig, id: string, value: string, count = 1) {
  const url = r.fake.responseUrl(id).replace(r.fakeOrigin, r.proxy.origin);
  const events = `http://127.0.0.1:${r.door.port}/slack/events`;
  const payload = JSON.stringify(
    blockActionPayload({ type: 'button', action_id: 'summit:open:0', value }, url),
  );
  expect(await postSigned(events, formBody({ payload }), { secret })).toBe(200);
  await r.fake.until(() => (r.fake.responses.get(id) ?? []).length >= count);
  return r.fake.accepted(id).map((m) => JSON.stringify(m));
}

describe('slack faults: Web API', () => {
  it('429 with Retry-After on chat.postMessage: the client waits as told and posts once', async () => {
    const r = await start('http', 2);
    r.proxy.inject(isPost, {
      kind: 'respond',
      status: 429,
      body: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': '1' },
    });
    const began = Date.now();
    const stamps = await postReplyToChannel(r.door.app.client, 'C0GENERAL', reply);
    expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
    expect(stamps).toHaveLength(1);
    expect(r.proxy.seen.filter(isPost).map((s) => s.fault)).toEqual(['respond', 'forward']);
    expect(postsAtFake(r)).toHaveLength(1);
  });

  it('500 on chat.postMessage: retried and posted once; without retries the error reaches the caller', async () => {
    const r = await start('http', 1);
    r.proxy.inject(isPost, { kind: 'respond', status: 500, body: { ok: false, error: 'internal_error' } });
    expect(await postReplyToChannel(r.door.app.client, 'C0GENERAL', reply)).toHaveLength(1);
    expect(postsAtFake(r)).toHaveLength(1);
    r.proxy.inject(isPost, { kind: 'respond', status: 500, body: { ok: false, error: 'internal_error' } }, 2);
    await expect(postReplyToChannel(r.door.app.client, 'C0GENERAL', reply)).rejects.toThrow(/500/);
    expect(postsAtFake(r)).toHaveLength(1);
  });
});

describe('slack faults: response_url', () => {
  it('500 on the answer: the user is told politely and the next command is answered', async () => {
    const r = await start('http', 0);
    r.proxy.inject((q) => q.url.startsWith('/response/r1'), {
      kind: 'respond',
      status: 500,
      body: { ok: false },
    });
    expect((await click(r, 'r1', 'summit|summary')).join()).toContain('Sorry, that did not work.');
    expect(r.logs.some((l) => l.msg === 'slack: failed to answer')).toBe(true);
    expect((await run(r, 'r2', 'quotes rui')).join()).toContain('Rui Costa');
  });

  it('a cut connection on the answer is reported politely; a hanging one does not hold up other commands', async () => {
    const r = await start('http', 0);
    r.proxy.inject((q) => q.url.startsWith('/response/cut'), { kind: 'destroy' });
    expect((await click(r, 'cut', 'summit|summary')).join()).toContain('Sorry, that did not work.');
    r.proxy.inject((q) => q.url.startsWith('/response/stuck'), { kind: 'hang' });
    const url = r.fake.responseUrl('stuck').replace(r.fakeOrigin, r.proxy.origin);
    const events = `http://127.0.0.1:${r.door.port}/slack/events`;
    const stuck = blockActionPayload(
      { type: 'button', action_id: 'summit:open:0', value: 'summit|summary' },
      url,
    );
    expect(await postSigned(events, formBody({ payload: JSON.stringify(stuck) }), { secret })).toBe(200);
    const answers = await Promise.all(
      ['help', 'quotes', 'section boats'].map((text, i) => run(r, `next-${i}`, text)),
    );
    expect(answers.map((a) => a.length)).toEqual([1, 1, 1]);
    expect(r.proxy.seen.filter((s) => s.url.startsWith('/response/stuck')).map((s) => s.fault)).toEqual([
      'hang',
    ]);
    expect(r.fake.responses.get('stuck')).toEqual([]);
  });
});

describe('slack faults: Socket Mode', () => {
  it('refresh_requested: the client reconnects (after the SDK fixed ~5 s wait) and the next command is acked and answered', async () => {
    const r = await start('socket', 0);
    expect(r.fake.socket.opened).toBe(1);
    r.fake.socket.sendDisconnect('refresh_requested');
    await r.fake.until(() => r.fake.socket.opened === 2 && r.fake.socket.connections === 1);
    const ack = await r.fake.socket.deliver(
      'slash_commands',
      slashCommandFields('quotes rui', r.fake.responseUrl('after')),
    );
    expect(ack.envelope_id).toBeTruthy();
    expect(JSON.stringify(ack.payload)).toContain('Rui Costa');
    expect(r.fake.calls.filter((c) => c.method === 'apps.connections.open')).toHaveLength(2);
  }, 15_000);
});
