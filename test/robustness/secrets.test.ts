// Secrets never reach the log: both doors run at the most verbose level into a captured pino
// stream while errors are provoked (refused tokens, bad signatures, failing handlers, 500s,
// cut connections), and no line may contain a token or the signing secret.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { Summit } from '../../src/core/summit.ts';
import { startDiscordDoor } from '../../src/discord/start.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { startSlackDoor } from '../../src/slack/start.ts';
import { callbackRoute } from '../discord/helpers/harness.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';
import {
  blockActionPayload,
  formBody,
  postSignedForAck,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type FaultProxy, startFaultProxy } from './helpers/fault-proxy.ts';

const secret = (prefix: string) => `${prefix}${randomBytes(18).toString('hex')}`;
const slackBot = secret('xoxb-');
const slackApp = secret('xapp-');
const signing = secret('');

/** Every raw line written, exactly as pino wrote it. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
const logger: Logger = createLogger('trace', sink as never);

/** A core whose `ask` handler throws, to provoke the failure paths. */
function failingCore(): Summit {
  const base = composeSummit({ library: memoryLibrary([handmadeArticle()]), now: () => new Date(), logger });
  return {
    ...base,
    handle: (req) =>
      req.command === 'ask' ? Promise.reject(new Error('boom in a handler')) : base.handle(req),
  };
}

function leaks(values: string[]): string[] {
  const found: string[] = [];
  for (const line of lines)
    for (const value of values) {
      if (line.includes(value)) found.push(`${value.slice(0, 8)}… in ${line.slice(0, 300)}`);
      const body = value.replace(/^x(?:oxb|app)-/, '');
      if (body !== value && line.includes(body))
        found.push(`token body of ${value.slice(0, 5)} in ${line.slice(0, 300)}`);
    }
  return found;
}

describe('secrets stay out of the log', () => {
  let discordFake: FakeDiscord;
  let slackFake: FakeSlack;
  let discordProxy: FaultProxy;
  let slackProxy: FaultProxy;
  beforeAll(async () => {
    [discordFake, slackFake] = await Promise.all([
      startFakeDiscord(),
      startFakeSlack({ botToken: slackBot, appToken: slackApp, users: {} }),
    ]);
    [discordProxy, slackProxy] = await Promise.all([
      startFaultProxy(discordFake.apiBase.replace(/\/api$/, '')),
      startFaultProxy(`http://127.0.0.1:${slackFake.port}`),
    ]);
  });
  afterAll(async () => {
    await Promise.all([discordProxy.close(), slackProxy.close()]);
    await Promise.all([discordFake.close(), slackFake.close()]);
  });

  it('discord: refused token, failed callbacks and cut connections log no token', async () => {
    const summit = failingCore();
    const base = {
      DISCORD_APPLICATION_ID: discordFake.world.applicationId,
      DISCORD_API_BASE: `${discordProxy.origin}/api`,
    };
    const wrong = `${discordFake.token}x`;
    const refused = await startDiscordDoor({
      config: { ...base, DISCORD_TOKEN: wrong },
      summit,
      logger,
      rest: { retries: 0 },
    }).catch((e: unknown) => e as Error);
    expect(refused).toBeInstanceOf(Error);
    logger.error({ err: refused }, 'discord door could not start');
    expect(JSON.stringify(refused, Object.getOwnPropertyNames(refused))).not.toContain(wrong);

    const door = await startDiscordDoor({
      config: { ...base, DISCORD_TOKEN: discordFake.token },
      summit,
      logger,
      rest: { retries: 0, timeout: 500 },
    });
    try {
      const send = async (sub: string, options: Record<string, string> = {}) => {
        const interaction = discordFake.sendInteraction(
          chatInputInteraction(discordFake.world, sub, options),
        );
        return discordFake.waitFor((r) => r.route === callbackRoute(interaction) && r.status === 204);
      };
      await send('ask', { question: 'who' });
      discordProxy.inject((r) => r.url.includes('/callback'), {
        kind: 'respond',
        status: 500,
        body: { message: 'boom', code: 0 },
      });
      await send('summary');
      discordProxy.inject((r) => r.url.includes('/callback'), { kind: 'destroy' });
      await send('summary');
      discordProxy.inject((r) => r.url.includes('/callback'), { kind: 'hang' });
      await send('summary');
      discordProxy.inject((r) => r.url.includes('/callback'), {
        kind: 'respond',
        status: 401,
        body: { message: '401: Unauthorized', code: 0 },
      });
      await send('help');
    } finally {
      await door.stop();
    }
    const errors = lines.filter((l) => JSON.parse(l).level >= 50);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    const interactionTokens = discordFake.requests.flatMap(
      (r) => /\/interactions\/\d+\/([^/]+)\/callback/.exec(r.route)?.[1] ?? [],
    );
    expect(interactionTokens.length).toBeGreaterThanOrEqual(5);
    expect(leaks([discordFake.token, wrong, ...new Set(interactionTokens)])).toEqual([]);
    expect(
      lines.some((l) => /\/interactions\/\d+\/\[redacted\]\/callback/.test(l)),
      'the route stays readable',
    ).toBe(true);
  });

  it('slack: refused tokens, bad signatures, failing handlers and Web API errors log no token or secret', async () => {
    const summit = failingCore();
    const env = {
      SLACK_BOT_TOKEN: slackBot,
      SLACK_SIGNING_SECRET: signing,
      SLACK_API_URL: `${slackProxy.origin}/api/`,
      PORT: '0',
      LOG_LEVEL: 'trace',
    };
    const wrongBot = `${slackBot}x`;
    const refused = await startSlackDoor({
      config: loadConfig({ ...env, SLACK_BOT_TOKEN: wrongBot }),
      summit,
      logger,
      retries: 0,
    }).catch((e: unknown) => e as Error);
    expect(refused).toBeInstanceOf(Error);
    logger.error({ err: refused }, 'slack door could not start');
    const wrongApp = `${slackApp}x`;
    const refusedSocket = await startSlackDoor({
      config: loadConfig({ ...env, SLACK_APP_TOKEN: wrongApp }),
      summit,
      logger,
      retries: 0,
    }).catch((e: unknown) => e as Error);
    expect(refusedSocket).toBeInstanceOf(Error);
    logger.error({ err: refusedSocket }, 'slack door could not start');

    const socket = await startSlackDoor({
      config: loadConfig({ ...env, SLACK_APP_TOKEN: slackApp }),
      summit,
      logger,
      retries: 0,
    });
    slackFake.socket.sendDisconnect('refresh_requested');
    await socket.stop();

    const config = loadConfig(env);
    logger.info({ config }, 'configuration loaded');
    const door = await startSlackDoor({ config, summit, logger, retries: 0 });
    const url = `http://127.0.0.1:${door.port}/slack/events`;
    let n = 0;
    const run = async (
      text: string,
      options: { secret?: string; timestamp?: number; expect?: number } = {},
    ) => {
      const id = `s${++n}`;
      const body = text.startsWith('summit|')
        ? formBody({
            payload: JSON.stringify(
              blockActionPayload(
                { type: 'button', action_id: 'summit:open:0', value: text },
                slackFake.responseUrl(id),
              ),
            ),
          })
        : formBody(slashCommandFields(text, slackFake.responseUrl(id)));
      const { status, ack } = await postSignedForAck(url, body, {
        secret: options.secret ?? signing,
        timestamp: options.timestamp,
      });
      expect(status).toBe(options.expect ?? 200);
      // A quick answer comes back in the ack's body; a click's answer goes through the response_url.
      if (status === 200 && !ack)
        await slackFake.until(() => (slackFake.responses.get(id) ?? []).length >= 1);
    };
    try {
      await run('summary', { secret: 'not-the-secret', expect: 401 });
      await run('summary', { timestamp: Math.floor(Date.now() / 1000) - 3600, expect: 401 });
      await run('ask who');
      slackFake.failNextResponse(500);
      await run('summit|summary');
      slackProxy.inject((r) => r.url.includes('users.info'), { kind: 'destroy' });
      await run('subscribe');
      slackProxy.inject((r) => r.url.includes('users.info'), {
        kind: 'respond',
        status: 500,
        body: { ok: false },
      });
      await run('unsubscribe');
      await door.app.client.chat.postMessage({ channel: 'C0GENERAL', text: 'hello' });
      slackProxy.inject((r) => r.url.includes('chat.postMessage'), { kind: 'destroy' });
      const failed = await door.app.client.chat
        .postMessage({ channel: 'C0GENERAL', text: 'x' })
        .catch((e: unknown) => e);
      logger.error({ err: failed }, 'briefing post failed');
    } finally {
      await door.stop();
    }
    const warnings = lines.filter((l) => JSON.parse(l).level >= 40);
    expect(warnings.length).toBeGreaterThanOrEqual(5);
    expect(leaks([slackBot, slackApp, signing, wrongBot, wrongApp])).toEqual([]);
  });

  it('checks: a token written into a line is caught (the check can fail)', () => {
    const before = lines.length;
    lines.push(`{"msg":"oops ${slackBot}"}`);
    expect(leaks([slackBot]).length).toBeGreaterThan(0);
    lines.length = before;
  });
});
