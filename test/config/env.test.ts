// loadConfig as an operator meets it: keys copied empty from .env.example mean their defaults,
// and a malformed value is one error that names the key.
import { describe, expect, it } from 'vitest';
import { ConfigError, enabledDoors, loadConfig } from '../../src/config/env.ts';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('loadConfig: PORT', () => {
  it('unset or empty (as copied from .env.example) means the default 3000', () => {
    expect(loadConfig({}).PORT).toBe(3000);
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
    expect(loadConfig({ PORT: '  ' }).PORT).toBe(3000);
  });

  it('takes a port number, 0 meaning any free port', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
    expect(loadConfig({ PORT: ' 0 ' }).PORT).toBe(0);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65535);
  });

  it.each(['abc', '-1', '70000', '3.5', '1e3', '0x50'])('refuses %j with an error naming PORT', (value) => {
    const error = configError({ PORT: value });
    expect(error.message).toMatch(/^ {2}PORT: .*0 to 65535/m);
  });
});

describe('loadConfig: DATABASE_URL', () => {
  it('unset or empty keeps SQLite under DATA_DIR (no URL)', () => {
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it.each(['postgres://bot:secret@db:5432/summit', 'postgresql://db/summit'])(
    'takes the PostgreSQL URL %j',
    (url) => {
      expect(loadConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it.each(['mysql://db/summit', 'summit.sqlite', 'http://db:5432/summit'])(
    'refuses %j with an error naming DATABASE_URL',
    (value) => {
      const error = configError({ DATABASE_URL: value });
      expect(error.message).toMatch(/^ {2}DATABASE_URL: .*postgres:\/\//m);
    },
  );
});

describe('loadConfig: many servers and workspaces', () => {
  const key = 'ab'.repeat(32);
  const oauth = {
    SLACK_CLIENT_ID: '123.456',
    SLACK_CLIENT_SECRET: 'secret',
    SLACK_STATE_SECRET: 'a-state-secret-of-32-characters!',
    SLACK_SIGNING_SECRET: 'signing',
    SLACK_TOKEN_KEY: key,
  };

  it('DISCORD_PUBLIC_KEY alone turns the Discord door on in HTTP mode; a bad key names it', () => {
    const config = loadConfig({ DISCORD_PUBLIC_KEY: key });
    expect(enabledDoors(config)).toMatchObject({ discord: true, discordMode: 'http' });
    expect(configError({ DISCORD_PUBLIC_KEY: 'xyz' }).message).toMatch(/^ {2}DISCORD_PUBLIC_KEY: 64 hex/m);
  });

  it('sharding: auto or a count, or shard ids with their total; wrong combinations name the key', () => {
    const base = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456' };
    expect(loadConfig({ ...base, DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    const split = loadConfig({ ...base, DISCORD_SHARD_IDS: '0, 1', DISCORD_SHARD_COUNT: '4' });
    expect([split.DISCORD_SHARD_IDS, split.DISCORD_SHARD_COUNT]).toEqual([[0, 1], 4]);
    expect(configError({ ...base, DISCORD_SHARD_IDS: '0,1' }).message).toMatch(
      /^ {2}DISCORD_SHARD_COUNT: required/m,
    );
    expect(configError({ ...base, DISCORD_SHARD_IDS: '0,4', DISCORD_SHARD_COUNT: '4' }).message).toMatch(
      /DISCORD_SHARD_IDS: shard 4 is outside 0..3/,
    );
    expect(configError({ ...base, DISCORD_SHARDS: 'auto', DISCORD_SHARD_COUNT: '2' }).message).toMatch(
      /^ {2}DISCORD_SHARDS: use either/m,
    );
    expect(configError({ ...base, DISCORD_SHARDS: 'many' }).message).toMatch(/^ {2}DISCORD_SHARDS: 'auto'/m);
    expect(configError({ DISCORD_PUBLIC_KEY: key, DISCORD_SHARDS: '2' }).message).toMatch(
      /DISCORD_TOKEN: required/,
    );
  });

  it('Slack OAuth: the keys together turn on multi-workspace mode with no SLACK_BOT_TOKEN', () => {
    const config = loadConfig(oauth);
    expect(enabledDoors(config)).toMatchObject({ slack: true, slackMode: 'http', slackOAuth: true });
  });

  it('Slack OAuth refuses to start without SLACK_TOKEN_KEY, with a bot or app token, or with a key part missing', () => {
    const { SLACK_TOKEN_KEY: _, ...noKey } = oauth;
    expect(configError(noKey).message).toMatch(/^ {2}SLACK_TOKEN_KEY: required for the OAuth install/m);
    expect(configError({ ...oauth, SLACK_TOKEN_KEY: 'short' }).message).toMatch(
      /^ {2}SLACK_TOKEN_KEY: 32 bytes/m,
    );
    expect(configError({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' }).message).toMatch(
      /^ {2}SLACK_BOT_TOKEN: unset it/m,
    );
    expect(configError({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' }).message).toMatch(
      /^ {2}SLACK_APP_TOKEN: the OAuth install/m,
    );
    const { SLACK_CLIENT_SECRET: __, ...noSecret } = oauth;
    expect(configError(noSecret).message).toMatch(/^ {2}SLACK_CLIENT_SECRET: required/m);
  });
});

describe('loadConfig: HTTP side (ARTICLES_WEBHOOK_SECRET, HEALTH_PORT, METRICS)', () => {
  it('unset or empty: webhook off, no health port, metrics off', () => {
    for (const env of [{}, { ARTICLES_WEBHOOK_SECRET: '', HEALTH_PORT: '', METRICS: '' }]) {
      const config = loadConfig(env);
      expect(config.ARTICLES_WEBHOOK_SECRET).toBeUndefined();
      expect(config.HEALTH_PORT).toBeUndefined();
      expect(config.METRICS).toBe(false);
    }
  });

  it('METRICS takes 1/0 and true/false, yes/no, on/off in any case; anything else names METRICS', () => {
    for (const on of ['1', 'true', 'YES', ' on ']) expect(loadConfig({ METRICS: on }).METRICS).toBe(true);
    for (const off of ['0', 'false', 'No', 'off']) expect(loadConfig({ METRICS: off }).METRICS).toBe(false);
    expect(configError({ METRICS: 'maybe' }).message).toMatch(/^ {2}METRICS: use 1 to turn it on/m);
  });

  it('HEALTH_PORT takes a port (0: any free port) and refuses anything else naming HEALTH_PORT', () => {
    expect(loadConfig({ HEALTH_PORT: '9090' }).HEALTH_PORT).toBe(9090);
    expect(loadConfig({ HEALTH_PORT: '0' }).HEALTH_PORT).toBe(0);
    expect(configError({ HEALTH_PORT: '70000' }).message).toMatch(/^ {2}HEALTH_PORT: .*0 to 65535/m);
  });

  it('a webhook secret shorter than 16 characters is refused, naming the key and how to make one', () => {
    expect(loadConfig({ ARTICLES_WEBHOOK_SECRET: 'a'.repeat(16) }).ARTICLES_WEBHOOK_SECRET).toBe(
      'a'.repeat(16),
    );
    expect(configError({ ARTICLES_WEBHOOK_SECRET: 'short' }).message).toMatch(
      /^ {2}ARTICLES_WEBHOOK_SECRET: at least 16 characters .*openssl rand/m,
    );
  });
});
