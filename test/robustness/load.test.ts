// Load: 500 signed slash commands sent to the real Bolt HTTP receiver at once. Every one must be
// acknowledged (HTTP 200) within Slack's 3 seconds of being sent, and every one must be answered
// through its response_url: nothing dropped. This asserts the 3 s bound, not a speed.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, signatureHeaders, slashCommandFields } from '../fakes/slack/requests.ts';
import { type Harness, signingSecret, startHarness } from '../slack/harness.ts';

const total = 500;
const ackLimitMs = 3000;
const texts = ['summary', 'section boats', 'quotes rui', 'help', 'ask how many visitors', 'quotes', 'summry'];

/** POSTs a signed body; resolves with the status and the milliseconds until the response arrived. */
function post(agent: Agent, url: URL, body: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          ...signatureHeaders(signingSecret, body),
        },
      },
      (res) => {
        const ms = performance.now() - started;
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('load: 500 concurrent slash commands over HTTP', () => {
  let h: Harness;
  const agent = new Agent({ keepAlive: true, maxSockets: total });
  beforeAll(async () => {
    h = await startHarness({ mode: 'http' });
  });
  afterAll(async () => {
    agent.destroy();
    await h.stop();
  });

  it('load: every command is acked within 3 s of its send and every one is answered', async () => {
    const url = new URL(h.eventsUrl);
    // A running bot is warm: its modules are loaded and its code compiled before a burst arrives.
    const warmUp = texts.map((text, i) => formBody(slashCommandFields(text, h.fake.responseUrl(`warm-${i}`))));
    await Promise.all(warmUp.map((body) => post(agent, url, body)));
    await h.fake.until(() => warmUp.every((_, i) => h.fake.accepted(`warm-${i}`).length >= 1));
    const bodies = Array.from({ length: total }, (_, i) =>
      formBody(slashCommandFields(texts[i % texts.length] as string, h.fake.responseUrl(`load-${i}`), { user_id: `U${i}` })),
    );
    const results = await Promise.all(bodies.map((body) => post(agent, url, body)));

    const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
    process.stdout.write(`LAT p10 ${sorted[50]} p50 ${sorted[250]} p90 ${sorted[450]} max ${sorted[499]}\n`);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const slowest = Math.max(...results.map((r) => r.ms));
    expect(slowest, `slowest ack took ${Math.round(slowest)} ms`).toBeLessThan(ackLimitMs);

    const answered = () => bodies.every((_, i) => h.fake.accepted(`load-${i}`).length >= 1);
    await h.fake.until(answered);
    const posts = bodies.flatMap((_, i) => h.fake.responses.get(`load-${i}`) ?? []);
    expect(posts.filter((p) => p.status !== 200)).toEqual([]);
    expect(new Set(bodies.map((_, i) => (h.fake.accepted(`load-${i}`)[0]?.text as string) ?? '')).size).toBeGreaterThan(3);
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
