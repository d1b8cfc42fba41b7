// Starting the Slack door: the configuration names what is missing or malformed, and a Slack that
// cannot be reached fails start-up in bounded time with the URL and the cause.
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { ConfigError, loadConfig } from '../../src/config/env.ts';
import { createLogger } from '../../src/logger.ts';
import { createSlackApp, SlackStartError } from '../../src/slack/app.ts';
import { startSlackDoor } from '../../src/slack/start.ts';
import { startFakeSlack } from '../fakes/slack/server.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

const logger = createLogger('silent');
const summit = composeSummit({ library: memoryLibrary([handmadeArticle()]), now: () => new Date() });

/** A config whose SLACK_API_URL is a port that was just closed (nothing listens there). */
async function closedApiConfig() {
  const fake = await startFakeSlack();
  const apiUrl = fake.apiUrl;
  await fake.close();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-fake-bot',
    SLACK_SIGNING_SECRET: 's',
    SLACK_API_URL: apiUrl,
    PORT: '0',
  });
  return { apiUrl, config };
}

describe('slack door start-up', () => {
  it('config: a signing secret or app token without a bot token names SLACK_BOT_TOKEN', () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(ConfigError);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });

  it('config: a bot token with neither signing secret nor app token names SLACK_SIGNING_SECRET', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('config: an app token that is not xapp- and a bot token that is not xoxb- are named', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' })).toThrow(
      /SLACK_APP_TOKEN/,
    );
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: 's' })).toThrow(
      /SLACK_BOT_TOKEN.*xoxb-/,
    );
  });

  it('createSlackApp: a config without the bot token or, in HTTP mode, the signing secret names the variable', () => {
    const config = loadConfig({});
    expect(() => createSlackApp({ config, summit, logger })).toThrow(SlackStartError);
    expect(() => createSlackApp({ config, summit, logger })).toThrow(/SLACK_BOT_TOKEN/);
    const noSecret = { ...config, SLACK_BOT_TOKEN: 'xoxb-1' };
    expect(() => createSlackApp({ config: noSecret, summit, logger })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('a bot token Slack refuses (auth.test invalid_auth) fails start-up naming SLACK_BOT_TOKEN, no crash', async () => {
    const fake = await startFakeSlack();
    try {
      const config = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-wrong',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: fake.apiUrl,
        PORT: '0',
      });
      await expect(startSlackDoor({ config, summit, logger, retries: 0 })).rejects.toThrow(
        /SLACK_BOT_TOKEN was refused by Slack \(auth.test: invalid_auth\)/,
      );
    } finally {
      await fake.close();
    }
  });

  it('an app token Slack refuses (apps.connections.open invalid_auth) fails start-up naming SLACK_APP_TOKEN', async () => {
    const fake = await startFakeSlack();
    try {
      const config = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-fake-bot',
        SLACK_APP_TOKEN: 'xapp-wrong',
        SLACK_API_URL: fake.apiUrl,
      });
      await expect(startSlackDoor({ config, summit, logger, retries: 0 })).rejects.toThrow(
        /SLACK_APP_TOKEN was refused by Slack \(apps.connections.open: invalid_auth\)/,
      );
    } finally {
      await fake.close();
    }
  });

  it('an unreachable SLACK_API_URL fails start-up naming SLACK_API_URL, not the token', async () => {
    const { apiUrl, config } = await closedApiConfig();
    await expect(startSlackDoor({ config, summit, logger, retries: 0 })).rejects.toThrow(
      `Slack could not be reached at SLACK_API_URL=${apiUrl} for auth.test (ECONNREFUSED)`,
    );
  });

  it('an unreachable SLACK_API_URL (a closed port) fails start-up within 15 s naming the URL, with the default retries', async () => {
    const { apiUrl, config } = await closedApiConfig();
    await expect(startSlackDoor({ config, summit, logger })).rejects.toThrow(
      `Slack could not be reached at SLACK_API_URL=${apiUrl} for auth.test (ECONNREFUSED)`,
    );
  }, 15_000);

  it('a SLACK_API_URL that accepts connections and never answers fails start-up within 15 s, saying it timed out', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(silent.address() as { port: number }).port}/api/`;
    try {
      const config = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-fake-bot',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: apiUrl,
        PORT: '0',
      });
      await expect(startSlackDoor({ config, summit, logger })).rejects.toThrow(
        new RegExp(
          `Slack could not be reached at SLACK_API_URL=${apiUrl} for auth.test \\(no answer within \\d+ s\\)`,
        ),
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  }, 15_000);

  it('a PORT already in use fails start-up naming PORT', async () => {
    const fake = await startFakeSlack();
    try {
      const config = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-fake-bot',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: fake.apiUrl,
        PORT: String(fake.port),
      });
      await expect(startSlackDoor({ config, summit, logger, retries: 0 })).rejects.toThrow(
        `PORT ${fake.port} cannot be listened on (EADDRINUSE)`,
      );
    } finally {
      await fake.close();
    }
  });
});
