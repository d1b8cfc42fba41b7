// Requests that Bolt alone lets through or mishandles, sent to the real door over HTTP: future and
// replayed requests are refused, and every malformed body gets a prompt HTTP answer and a log line,
// never an unhandled rejection.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { staleActionReply } from '../../src/core/answer-policy.ts';
import {
  blockActionPayload,
  formBody,
  signatureHeaders,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { type Harness, signingSecret, startHarness } from './harness.ts';

let h: Harness | undefined;
let seq = 0;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);
beforeAll(() => void process.on('unhandledRejection', onRejection));
afterAll(() => void process.off('unhandledRejection', onRejection));
afterEach(async () => {
  await h?.stop();
  h = undefined;
  expect(rejections).toEqual([]);
});

const json = 'application/json';
const form = 'application/x-www-form-urlencoded';
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** POSTs a body with the given headers; the answer must come within 3 s (Slack's limit). */
async function post(h: Harness, body: string, headers: Record<string, string>) {
  const res = await fetch(h.eventsUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(3000) });
  const text = await res.text();
  return {
    status: res.status,
    text,
    ack: res.headers.get('content-type') === json && text ? JSON.parse(text) : null,
  };
}

/** POSTs a body signed now (or at `timestamp`). */
const signed = (h: Harness, body: string, contentType = form, timestamp?: number) =>
  post(h, body, { 'content-type': contentType, ...signatureHeaders(signingSecret, body, timestamp) });

/** `subscribe` asks users.info first, so a handler that ran shows in the fake's calls. */
const lookups = (h: Harness) => h.fake.calls.filter((c) => c.method === 'users.info').length;
const refusals = (h: Harness) => h.logs.filter((l) => l.msg === 'slack: refused a request');
const errors = (h: Harness) => h.logs.filter((l) => Number(l.level) >= 50);
const subscribe = (h: Harness) =>
  formBody(slashCommandFields('subscribe 08:00 UTC', h.fake.responseUrl(`g${++seq}`)));

describe('slack request gate: only signed requests reach a listener', () => {
  it('an unsigned or wrongly signed command is refused with 401 and runs nothing, whatever the path spelling', async () => {
    h = await startHarness({ mode: 'http' });
    const body = subscribe(h);
    const { origin } = new URL(h.eventsUrl);
    for (const path of ['/slack/events', '/slack/events?x=1', '//elsewhere/slack/events']) {
      const res = await fetch(`${origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': form },
        body,
        signal: AbortSignal.timeout(3000),
      });
      expect(res.status, path).toBe(401);
    }
    const forged = await post(h, body, {
      'content-type': form,
      ...signatureHeaders('not-the-secret', body),
    });
    expect(forged.status).toBe(401);
    expect(lookups(h)).toBe(0);
  });

  it('an SSL check is answered 200 and a command smuggled into it never runs', async () => {
    h = await startHarness({ mode: 'http' });
    const res = await post(h, `ssl_check=1&${subscribe(h)}`, { 'content-type': form });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(lookups(h)).toBe(0);
  });
});

describe('slack request gate: timestamps and replays', () => {
  it('a correctly signed request stamped more than 5 minutes in the future is refused with 401 and nothing runs', async () => {
    h = await startHarness({ mode: 'http' });
    expect((await signed(h, subscribe(h), form, nowSeconds() + 6 * 60)).status).toBe(401);
    expect(lookups(h)).toBe(0);
    expect(refusals(h).map((l) => l.reason)).toEqual(['timestamp more than 5 minutes from now']);
    expect((await signed(h, subscribe(h), form, nowSeconds() + 4 * 60)).status).toBe(200);
  });

  it('a replay of a request already handled is refused with 401 and runs nothing a second time', async () => {
    h = await startHarness({ mode: 'http' });
    const body = subscribe(h);
    const headers = { 'content-type': form, ...signatureHeaders(signingSecret, body) };
    expect((await post(h, body, headers)).status).toBe(200);
    await h.fake.until(() => lookups(h as Harness) === 1);
    expect((await post(h, body, headers)).status).toBe(401);
    expect(refusals(h).map((l) => l.reason)).toEqual(['replay of a request already handled']);
    expect((await signed(h, subscribe(h))).status).toBe(200);
    await h.fake.until(() => lookups(h as Harness) === 2);
  });
});

describe('slack request gate: malformed bodies get a prompt answer and a log line', () => {
  it('signed JSON that is not an object (null, [], 42, "x") and an unknown kind ({}) get 400', async () => {
    h = await startHarness({ mode: 'http' });
    for (const body of ['null', '[]', '42', '"x"', '{}'])
      expect((await signed(h, body, json)).status).toBe(400);
    expect(refusals(h)).toHaveLength(5);
    expect(errors(h)).toEqual([]);
  });

  it('a click that also carries a command, event or options key (Bolt would route it elsewhere) gets a prompt 400', async () => {
    h = await startHarness({ mode: 'http' });
    const action = { type: 'button', action_id: 'summit:open:0', value: '' };
    const click = blockActionPayload(action, h.fake.responseUrl('extra'));
    for (const extra of [{ command: null }, { event: {} }, { name: 'x' }]) {
      const body = formBody({ payload: JSON.stringify({ ...click, ...extra }) });
      expect((await signed(h, body)).status, JSON.stringify(extra)).toBe(400);
    }
    expect(refusals(h)).toHaveLength(3);
    expect(errors(h)).toEqual([]);
  });

  it('a payload= form field that is not JSON, or is JSON null or a list, gets 400', async () => {
    h = await startHarness({ mode: 'http' });
    for (const payload of ['{not-json', 'null', '[]', '7']) {
      expect((await signed(h, formBody({ payload }))).status).toBe(400);
    }
    expect(refusals(h).map((l) => l.status)).toEqual([400, 400, 400, 400]);
  });

  it('block_actions without a response_url is acked with 200, logged, and no listener fails', async () => {
    h = await startHarness({ mode: 'http' });
    const payload = blockActionPayload(
      { type: 'button', action_id: 'summit:open:0', value: 'summit|summary' },
      '',
    );
    const { response_url: _, ...noUrl } = payload;
    expect((await signed(h, formBody({ payload: JSON.stringify(noUrl) }))).status).toBe(200);
    expect(refusals(h).map((l) => l.reason)).toEqual([
      'block_actions without a response_url: nowhere to answer',
    ]);
    expect(errors(h)).toEqual([]);
  });

  it('a forged action (our action_id, a value that is no text) gets the stale-button answer, not a failure', async () => {
    h = await startHarness({ mode: 'http' });
    const id = `forged${++seq}`;
    const action = { type: 'button', action_id: 'summit:open:0', value: { command: 'summary' } };
    const body = formBody({ payload: JSON.stringify(blockActionPayload(action, h.fake.responseUrl(id))) });
    expect((await signed(h, body)).status).toBe(200);
    await h.fake.until(() => (h as Harness).fake.accepted(id).length === 1);
    expect(h.fake.accepted(id)[0]).toMatchObject({
      response_type: 'ephemeral',
      text: staleActionReply.title,
    });
    expect(h.logs.some((l) => l.msg === 'slack: a click with a stale or unknown value')).toBe(true);
    expect(errors(h)).toEqual([]);
  });

  it('a click on an action that is not ours is acked at once with 200, not a 404 after 3 s', async () => {
    h = await startHarness({ mode: 'http' });
    const action = { type: 'button', action_id: 'someone-else', value: 'x' };
    const body = formBody({
      payload: JSON.stringify(blockActionPayload(action, h.fake.responseUrl('other'))),
    });
    expect((await signed(h, body)).status).toBe(200);
    expect(refusals(h)).toHaveLength(1);
  });

  it('a slash command without a response_url, or for another command, is acked with an ephemeral explanation', async () => {
    h = await startHarness({ mode: 'http' });
    const { response_url: _, ...noUrl } = slashCommandFields('summary', '');
    const missing = await signed(h, formBody(noUrl));
    expect(missing).toMatchObject({ status: 200, ack: { response_type: 'ephemeral' } });
    expect(missing.ack.text).toContain('without a way to answer it');
    const other = await signed(
      h,
      formBody(slashCommandFields('x', h.fake.responseUrl('o'), { command: '/other' })),
    );
    expect(other).toMatchObject({
      status: 200,
      ack: { response_type: 'ephemeral', text: 'This app answers /summit only.' },
    });
    expect(refusals(h)).toHaveLength(2);
  });
});
