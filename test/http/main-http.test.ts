// The composition root's HTTP side as a process: one server on PORT carries Slack HTTP mode, the
// newsroom webhook (into the archive), health and metrics; without an HTTP feature only HEALTH_PORT
// opens; SIGTERM closes it all with exit code 0.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { type BotProcess, startBot, stopBot } from '../robustness/helpers/bot-process.ts';
import { summitSignature } from '../webhook/sign.ts';
import { send } from './send.ts';

// Each test starts the bot as a process (src/main.ts through tsx, or a build): on a loaded 2-core
// CI machine start-up alone can pass the suite's 20 s, and start-up speed is not what these check.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = mkdtempSync(join(tmpdir(), 'summit-http-main-'));
const webhookSecret = 'main-webhook-secret-0123456789';
const slackSecret = 'main-slack-secret';
let slack: FakeSlack;
let bot: BotProcess | undefined;

beforeAll(async () => {
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'content'), join(root, 'content'), { recursive: true });
  slack = await startFakeSlack({ botToken: 'xoxb-http-main' });
});
afterEach(async () => {
  if (bot) await stopBot(bot);
  bot = undefined;
});
afterAll(async () => {
  await slack.close();
  rmSync(root, { recursive: true, force: true });
});

function env(overrides: Record<string, string>): Record<string, string> {
  return {
    CONTENT_DIR: join(root, 'content'),
    DATA_DIR: join(root, `data-${Math.random().toString(36).slice(2)}`),
    LOG_LEVEL: 'info',
    PORT: '0',
    ...overrides,
  };
}

const article = JSON.stringify({
  title: 'Lighthouse Keepers Return to Skerry Point',
  tags: ['coast'],
  body: 'Two keepers moved back into the Skerry Point lighthouse on Friday after a decade of automation. The trust that owns it said visitors had asked for people, not machines.\n\n## Why Now\n\nThe trust raised the money in a year. Its chair said the keepers would also run tours in summer.',
});

describe('src/main.ts HTTP side', () => {
  it('Slack HTTP mode, the webhook, health and metrics share PORT; SIGTERM exits 0', async () => {
    bot = startBot(
      env({
        SLACK_BOT_TOKEN: 'xoxb-http-main',
        SLACK_SIGNING_SECRET: slackSecret,
        SLACK_API_URL: slack.apiUrl,
        ARTICLES_WEBHOOK_SECRET: webhookSecret,
        METRICS: '1',
      }),
    );
    const listening = await bot.waitFor((l) => l.msg === 'HTTP server listening');
    expect(listening.features).toEqual(['Slack HTTP mode', 'newsroom webhook', 'metrics']);
    const port = Number(listening.port);
    await bot.waitFor((l) => l.msg === 'summit bot ready');
    expect((await bot.waitFor((l) => l.msg === 'slack door listening (HTTP)')).port).toBe(port);

    expect((await send(port, '/healthz')).body).toBe('ok');
    const ready = await send(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(
      JSON.parse(ready.body)
        .parts.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['bot', 'database', 'slack']);

    const body = formBody(slashCommandFields('help', slack.responseUrl('main-http-1')));
    const { status } = await postSignedForAck(`http://127.0.0.1:${port}/slack/events`, body, {
      secret: slackSecret,
    });
    expect(status).toBe(200);

    const taken = await send(port, '/api/articles', {
      method: 'POST',
      body: article,
      headers: { 'content-type': 'application/json', ...summitSignature(webhookSecret, article) },
    });
    expect(taken.status).toBe(201);
    expect(JSON.parse(taken.body).slug).toBe('lighthouse-keepers-return-to-skerry-point');

    const metrics = await send(port, '/metrics');
    expect(metrics.body).toContain(
      'summit_commands_total{platform="slack",subcommand="help",outcome="ok"} 1',
    );
    expect(metrics.body).toContain('summit_story_analysis_duration_seconds_count{outcome="ok"}');

    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  });

  it('with no HTTP feature, HEALTH_PORT alone opens, serving only health; the webhook is off without its secret', async () => {
    bot = startBot(env({ HEALTH_PORT: '0' }));
    const listening = await bot.waitFor((l) => l.msg === 'health server listening');
    await bot.waitFor((l) => l.msg === 'summit bot ready');
    const port = Number(listening.port);
    expect(bot.lines.some((l) => l.msg === 'HTTP server listening')).toBe(false);
    expect((await send(port, '/healthz')).status).toBe(200);
    expect((await send(port, '/readyz')).status).toBe(200);
    expect((await send(port, '/api/articles', { method: 'POST', body: article })).status).toBe(404);
    expect((await send(port, '/metrics')).status).toBe(404);
  });

  it('a webhook-only bot keeps serving after its console input ends', async () => {
    bot = startBot(env({ ARTICLES_WEBHOOK_SECRET: webhookSecret }));
    const listening = await bot.waitFor((l) => l.msg === 'HTTP server listening');
    await bot.waitFor((l) => l.msg === 'summit bot ready');
    bot.child.stdin?.end();
    await bot.waitFor(
      (l) => l.msg === 'console input ended; still serving HTTP until stopped (SIGTERM or Ctrl-C)',
    );
    const taken = await send(Number(listening.port), '/api/articles', {
      method: 'POST',
      body: article,
      headers: { 'content-type': 'application/json', ...summitSignature(webhookSecret, article) },
    });
    expect(taken.status).toBe(201);
  });

  it('a taken PORT fails start-up naming PORT, exit 1', async () => {
    bot = startBot(env({ ARTICLES_WEBHOOK_SECRET: webhookSecret, PORT: String(slack.port) }));
    expect((await bot.exited).code).toBe(1);
    expect(bot.raw.join('\n')).toContain(
      `Summit bot could not start: PORT ${slack.port} cannot be listened on (EADDRINUSE).`,
    );
  });
});
