// Load: 500 signed slash commands sent at once to the real bot (src/main.ts in its own process,
// real Bolt HTTP receiver). Every one must be acknowledged (HTTP 200) within Slack's 3 seconds of
// being sent and answered (in the ack's body, or through its response_url): nothing dropped. This asserts the 3 s bound,
// not a speed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formBody, signatureHeaders, slashCommandFields } from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { type BotProcess, startBot, stopBot } from './helpers/bot-process.ts';

const total = 500;
const ackLimitMs = 3000;
const secret = 'load-signing-secret';
const texts = ['summary', 'section lead', 'quotes', 'help', 'ask who spoke', 'status', 'summry'];
const contentDir = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/**
 * The client runs in a worker thread with an event loop of its own, so the time it measures is
 * the bot's, not the time this thread spends in the fake Slack taking the answers.
 */
const clientCode = `
const { parentPort } = require('node:worker_threads');
const { Agent, request } = require('node:http');
const agent = new Agent({ keepAlive: true, maxSockets: 1000 });
parentPort.on('message', async ({ url, posts }) => {
  const one = ({ body, headers }) => new Promise((resolve) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const ms = performance.now() - started;
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => {
        let ack = null;
        try { ack = data ? JSON.parse(data) : null; } catch {}
        resolve({ status: res.statusCode, ms, ack });
      });
    });
    req.on('error', (error) => resolve({ status: 0, ms: performance.now() - started, error: error.message }));
    req.end(body);
  });
  parentPort.postMessage(await Promise.all(posts.map(one)));
});`;

/** Sends every body at once from the client thread; resolves with each status and ack time. */
function sendAll(
  client: Worker,
  url: URL,
  bodies: string[],
): Promise<{ status: number; ms: number; error?: string; ack?: Record<string, unknown> | null }[]> {
  const posts = bodies.map((body) => ({
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(body)),
      ...signatureHeaders(secret, body),
    },
  }));
  return new Promise((resolve) => {
    client.once('message', resolve);
    client.postMessage({ url: url.href, posts });
  });
}

describe('load: 500 concurrent slash commands to the running bot', () => {
  let fake: FakeSlack;
  let bot: BotProcess;
  let url: URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'summit-load-'));
  const client = new Worker(clientCode, { eval: true });

  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-load', users: {} });
    bot = startBot({
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      CONTENT_DIR: contentDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    });
    const listening = await bot.waitFor((l) => l.msg === 'slack door listening (HTTP)');
    url = new URL(`http://127.0.0.1:${listening.port}/slack/events`);
  });
  afterAll(async () => {
    await client.terminate();
    await stopBot(bot);
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('load: every command is acked within 3 s of its send and every one is answered', async () => {
    // A running bot is warm: its modules are loaded and its code compiled before a burst arrives.
    const warm = texts.map((text, i) => formBody(slashCommandFields(text, fake.responseUrl(`warm-${i}`))));
    const warmed = await sendAll(client, url, warm);
    await fake.until(() => warm.every((_, i) => warmed[i]?.ack || fake.accepted(`warm-${i}`).length >= 1));

    const bodies = Array.from({ length: total }, (_, i) =>
      formBody(
        slashCommandFields(texts[i % texts.length] as string, fake.responseUrl(`load-${i}`), {
          user_id: `U${i}`,
        }),
      ),
    );
    const results = await sendAll(client, url, bodies);

    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const slowest = Math.max(...results.map((r) => r.ms));
    expect(slowest, `slowest ack took ${Math.round(slowest)} ms`).toBeLessThan(ackLimitMs);

    // A quick answer rides in the ack's body; a slow or long one goes through the response_url.
    const answerOf = (i: number) => results[i]?.ack ?? fake.accepted(`load-${i}`)[0];
    await fake.until(() => bodies.every((_, i) => answerOf(i) !== undefined));
    const posts = bodies.flatMap((_, i) => fake.responses.get(`load-${i}`) ?? []);
    expect(posts.filter((p) => p.status !== 200)).toEqual([]);
    expect(new Set(bodies.map((_, i) => String(answerOf(i)?.text))).size).toBeGreaterThan(3);
    expect(bot.lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});
