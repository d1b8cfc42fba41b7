// Property, through the real Bolt HTTP receiver behind the door's request gate: any body and any
// headers, signed or not, sent to /slack/events (or elsewhere) get an HTTP answer within Slack's
// 3 s, never an unhandled rejection, and the door keeps answering commands afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import {
  blockActionPayload,
  formBody,
  postSignedForAck,
  signatureHeaders,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { type Harness, signingSecret, startHarness } from '../slack/harness.ts';
import { hostileText } from './helpers/arbitraries.ts';

let h: Harness;
let seq = 0;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => void rejections.push(reason);
beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  h = await startHarness({ mode: 'http' });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await h.stop();
});

const names = summitTree.subcommands.map((s) => s.name);
const printable = fc.string({
  unit: fc.constantFrom(...' !"#%&()*+,-./0123456789:;<=>?@AZaz[]^_`{|}~é'),
  maxLength: 40,
});
/** Something shaped like what Slack sends, with any field replaced by anything JSON can hold. */
const slackish = fc
  .tuple(
    fc.constantFrom('command', 'click', 'other'),
    fc.dictionary(
      fc.constantFrom(
        'type',
        'user',
        'actions',
        'response_url',
        'command',
        'text',
        'user_id',
        'channel_id',
        'channel',
        'container',
        'team',
        'challenge',
      ),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 3 },
    ),
    fc.oneof(fc.constantFrom(...names), hostileText),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([kind, overrides, text, value]) => {
    const url = h.fake.responseUrl(`p${++seq}`);
    if (kind === 'command')
      return formBody({ ...slashCommandFields(String(text).slice(0, 300), url), ...stringValues(overrides) });
    const base =
      kind === 'click' ? blockActionPayload({ type: 'button', action_id: 'summit:open:0', value }, url) : {};
    return formBody({ payload: JSON.stringify({ ...base, ...overrides }) });
  });
/** Any body: Slack-shaped, JSON, a form with any payload, text or bytes. */
const body = fc.oneof(
  { weight: 4, arbitrary: slackish },
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  fc.jsonValue({ maxDepth: 2 }).map((v) => formBody({ payload: JSON.stringify(v) ?? '' })),
  printable,
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);
const contentType = fc.constantFrom(
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded',
  'application/json',
  'application/x-www-form-urlencoded; charset=utf-8',
  'text/plain',
  undefined,
);
const signing = fc.constantFrom('valid', 'valid', 'valid', 'none', 'wrong', 'stale', 'future', 'garbage');
const extraHeaders = fc.dictionary(
  fc.stringMatching(/^x-[a-z0-9-]{1,16}$/),
  printable.map((v) => v.trim()),
  { maxKeys: 3 },
);
const target = fc.constantFrom(
  ['POST', '/slack/events'],
  ['POST', '/slack/events'],
  ['POST', '/slack/events'],
  ['GET', '/slack/events'],
  ['POST', '/elsewhere'],
  ['PUT', '/slack/events?x=1'],
);

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? v : (JSON.stringify(v) ?? '')]),
  );
}

/** The signature headers for one way of signing. */
function signed(how: string, raw: string, garbage: string): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  if (how === 'none') return {};
  if (how === 'wrong') return signatureHeaders('not-the-secret', raw);
  if (how === 'stale') return signatureHeaders(signingSecret, raw, now - 10 * 60);
  if (how === 'future') return signatureHeaders(signingSecret, raw, now + 10 * 60);
  if (how === 'garbage')
    return { ...signatureHeaders(signingSecret, raw), 'x-slack-request-timestamp': garbage || 'x' };
  return signatureHeaders(signingSecret, raw);
}

describe('slack HTTP endpoint: any request', () => {
  it('any body and headers, signed or not, get an HTTP answer within 3 s and never an unhandled rejection', async () => {
    await fc.assert(
      fc.asyncProperty(
        target,
        body,
        contentType,
        signing,
        extraHeaders,
        printable,
        async ([method, path], raw, type, how, extra, garbage) => {
          const headers: Record<string, string> = { ...extra, ...signed(how, raw, garbage.trim()) };
          if (type) headers['content-type'] = type;
          const url = new URL(path, h.eventsUrl).toString();
          const res = await fetch(url, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body: raw }),
            signal: AbortSignal.timeout(3000),
          });
          await res.arrayBuffer();
          expect(res.status).toBeGreaterThanOrEqual(200);
          expect(res.status).toBeLessThan(600);
        },
      ),
      { numRuns: 150 },
    );
    expect(rejections).toEqual([]);
    const { status, ack } = await postSignedForAck(
      h.eventsUrl,
      formBody(slashCommandFields('summary', h.fake.responseUrl('after'))),
      { secret: signingSecret },
    );
    expect(status).toBe(200);
    expect(ack?.text).toBe('Harbour Festival Draws Record Crowds');
  }, 60_000);
});
