// The request check on its own clock: the 5-minute window applies both ways, and the memory of
// handled requests forgets them once they could no longer pass and never grows past its cap.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequestCheck, requestWindowMs, signatureMatches } from '../../src/slack/request-check.ts';
import { signatureHeaders } from '../fakes/slack/requests.ts';

const secret = 'check-secret';
const start = 1_780_000_000_000;

function setup(maxRemembered?: number) {
  let now = start;
  const check = createRequestCheck({ signingSecret: secret, now: () => now, maxRemembered });
  const send = (body: string, atSeconds = Math.floor(now / 1000)) =>
    check(signatureHeaders(secret, body, atSeconds), body);
  const tick = (ms: number) => {
    now += ms;
  };
  return { send, check, tick };
}

describe('slack request check', () => {
  it('a timestamp more than 5 minutes ahead or behind is refused; within the window it passes', () => {
    const { send } = setup();
    const nowS = start / 1000;
    expect(send('a', nowS + 301)).toBe('timestamp more than 5 minutes from now');
    expect(send('b', nowS - 301)).toBe('timestamp more than 5 minutes from now');
    expect(send('c', nowS + 299)).toBeNull();
    expect(send('d', nowS - 299)).toBeNull();
  });

  it('missing, non-numeric or wrongly signed headers are refused with the reason', () => {
    const { check } = setup();
    expect(check({}, 'x')).toBe('signature headers missing');
    expect(check({ 'x-slack-signature': 'v0=1', 'x-slack-request-timestamp': '1e9' }, 'x')).toBe(
      'timestamp is not a number of seconds',
    );
    const headers = signatureHeaders('other', 'x', start / 1000);
    expect(check(headers, 'x')).toMatch(/signature mismatch/);
  });

  it('the same signed request twice is a replay; a different body is not', () => {
    const { send } = setup();
    expect(send('body')).toBeNull();
    expect(send('body')).toBe('replay of a request already handled');
    expect(send('other')).toBeNull();
  });

  it('a remembered request is forgotten once its timestamp has left the window (it would be stale anyway)', () => {
    const { send, tick } = setup(2);
    const at = start / 1000;
    expect(send('one', at)).toBeNull();
    tick(requestWindowMs + 1000);
    expect(send('one', at)).toBe('timestamp more than 5 minutes from now');
    expect(send('two')).toBeNull();
    expect(send('three')).toBeNull();
    expect(send('two')).toBe('replay of a request already handled');
  });

  it('the memory holds at most maxRemembered requests, dropping the oldest first', () => {
    const { send } = setup(3);
    for (const body of ['a', 'b', 'c', 'd']) expect(send(body)).toBeNull();
    expect(send('a')).toBeNull();
    expect(send('d')).toBe('replay of a request already handled');
  });
});

describe('slack request check: the signature agrees with Bolt', () => {
  const bolt = createRequire(import.meta.url)(
    '@slack/bolt/dist/receivers/verify-request.js',
  ) as typeof import('@slack/bolt/dist/receivers/verify-request.js');

  it('signatureMatches accepts exactly what Bolt verifySlackRequest accepts, for any secret, body and signature', () => {
    const nowS = Math.floor(Date.now() / 1000);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.oneof(fc.constant('good'), fc.constant('other-secret'), fc.string()),
        (secret, body, how) => {
          const stamp = String(nowS);
          const signature =
            how === 'good' || how === 'other-secret'
              ? signatureHeaders(how === 'good' ? secret : `${secret}x`, body, nowS)['x-slack-signature']
              : how;
          const boltSays = bolt.isValidSlackRequest({
            signingSecret: secret,
            body,
            headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': nowS },
          });
          expect(signatureMatches(secret, stamp, body, signature)).toBe(boltSays);
        },
      ),
      { numRuns: 300 },
    );
    const good = signatureHeaders('s', 'b', nowS)['x-slack-signature'];
    expect(signatureMatches('s', String(nowS), 'b', good)).toBe(true);
    expect(signatureMatches('s', String(nowS), 'b', good.toUpperCase().replace('V0', 'v0'))).toBe(false);
    expect(signatureMatches('s', String(nowS), 'b', `${good}0`)).toBe(false);
  });
});
