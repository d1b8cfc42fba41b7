// The one module that reads process.env. It validates every key with zod and fails fast with a
// single message naming each bad key; a platform's keys are required only when it is enabled.
import { z } from 'zod';
import { defaultMaxArticleBytes } from '../content/limits.ts';
import { combinationIssues, isKey32 } from './combinations.ts';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** A TCP port; empty (as copied from .env.example) means the default. */
const port = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'a whole number from 0 to 65535 (0: any free port)')
    .transform(Number)
    .pipe(z.number().max(65535, 'a whole number from 0 to 65535 (0: any free port)'))
    .default(3000),
);

/** An on/off switch: 1/true/yes/on or 0/false/no/off (empty: off). */
const flag = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim().toLowerCase())
  .pipe(
    z.enum(
      ['', '0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'],
      'use 1 to turn it on or 0 to turn it off',
    ),
  )
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:MM, e.g. 08:00');

/** True when the runtime knows this IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Unset: info when a chat door runs, warn in the console door (see logLevelFor). */
    LOG_LEVEL: optional.pipe(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    ),
    CONTENT_DIR: z.string().default('content'),
    DATA_DIR: z.string().default('data'),
    DATABASE_URL: optional.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL: postgres://user:password@host:5432/database')
        .optional(),
    ),
    PORT: port,
    MAX_ARTICLE_BYTES: optional
      .pipe(
        z
          .string()
          .regex(/^[1-9]\d*$/, 'a whole number of bytes, e.g. 1048576')
          .optional(),
      )
      .transform((v) => (v === undefined ? defaultMaxArticleBytes : Number(v))),

    DISCORD_TOKEN: optional,
    DISCORD_APPLICATION_ID: optional.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'a numeric snowflake')
        .optional(),
    ),
    DISCORD_GUILD_ID: optional.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'a numeric snowflake')
        .optional(),
    ),
    DISCORD_API_BASE: z.string().url().default('https://discord.com/api'),
    DISCORD_PUBLIC_KEY: optional.pipe(
      z
        .string()
        .regex(
          /^[0-9a-fA-F]{64}$/,
          '64 hexadecimal characters (Developer Portal > General Information > Public Key)',
        )
        .optional(),
    ),
    DISCORD_SHARDS: optional.pipe(
      z
        .string()
        .regex(/^(auto|[1-9]\d{0,4})$/, "'auto' or a number of shards, e.g. 4")
        .optional(),
    ),
    DISCORD_SHARD_IDS: optional.pipe(
      z
        .string()
        .regex(/^\d{1,5}(\s*,\s*\d{1,5})*$/, 'shard numbers separated by commas, e.g. 0,1')
        .transform((v) => v.split(',').map((id) => Number(id.trim())))
        .optional(),
    ),
    DISCORD_SHARD_COUNT: optional.pipe(
      z
        .string()
        .regex(/^[1-9]\d{0,4}$/, 'the total number of shards over every instance, e.g. 4')
        .transform(Number)
        .optional(),
    ),

    SLACK_BOT_TOKEN: optional.pipe(
      z.string().startsWith('xoxb-', 'a bot token starts with xoxb- (Bot User OAuth Token)').optional(),
    ),
    SLACK_SIGNING_SECRET: optional,
    SLACK_APP_TOKEN: optional.pipe(
      z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional(),
    ),
    SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional.pipe(
      z.string().min(16, 'at least 16 characters of secret (e.g. openssl rand -hex 32)').optional(),
    ),
    SLACK_TOKEN_KEY: optional.pipe(
      z
        .string()
        .refine(isKey32, '32 bytes as 64 hex characters or base64 (e.g. openssl rand -hex 32)')
        .optional(),
    ),
    SLACK_BRIEFING_ADMINS: list,

    DISCORD_BRIEFING_CHANNELS: list,
    SLACK_BRIEFING_CHANNELS: list,
    BRIEFING_TIME: hhmm.default('08:00'),
    BRIEFING_TZ: z
      .string()
      .default('UTC')
      .refine(isTimeZone, 'an IANA time zone such as Europe/London or UTC'),
    BRIEFING_CATCHUP_HOURS: z.coerce.number().min(0).max(48).default(6),

    ARTICLES_WEBHOOK_SECRET: optional.pipe(
      z.string().min(16, 'at least 16 characters (e.g. the output of `openssl rand -hex 32`)').optional(),
    ),
    HEALTH_PORT: optional.pipe(
      z
        .string()
        .regex(/^\d+$/, 'a whole number from 0 to 65535 (0: any free port)')
        .transform(Number)
        .pipe(z.number().max(65535, 'a whole number from 0 to 65535 (0: any free port)'))
        .optional(),
    ),
    METRICS: flag,
    FEED_URLS: list.pipe(z.array(z.string().regex(/^https?:\/\/\S+$/, 'comma-separated http(s) feed URLs'))),
    FEEDS_ALLOW_PRIVATE: optional
      .pipe(z.enum(['0', '1', 'true', 'false']).optional())
      .transform((v) => v === '1' || v === 'true'),
    /** How long an instance's claim on a slot lasts unless renewed (a crashed instance's slots wait this long). */
    BRIEFING_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  })
  .superRefine((env, ctx) => {
    for (const issue of combinationIssues(env)) ctx.addIssue({ code: 'custom', ...issue });
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message:
          'required when DISCORD_TOKEN is set (Developer Portal > General Information > Application ID)',
      });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message:
          'required for HTTP mode when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
    if (!env.SLACK_BOT_TOKEN && !env.SLACK_CLIENT_ID && (env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message:
          'required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set (OAuth & Permissions > Bot User OAuth Token)',
      });
    }
  });

/** The validated environment. */
export type Config = z.infer<typeof envSchema>;

/** Every key the bot reads from the environment (the container files are checked against it). */
export const envKeys: readonly string[] = Object.keys(envSchema.shape);

/** Thrown when the environment is invalid; the message names every bad key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment. Throws ConfigError listing every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new ConfigError(
    `Invalid configuration; fix these keys in .env or the environment:\n${lines.join('\n')}`,
  );
}

/**
 * The log level for where the process talks: LOG_LEVEL when set; otherwise info beside the chat
 * doors and warn at the console (its terminal is for the prompt and the answers).
 */
export function logLevelFor(config: Config, where: 'chat' | 'console'): string {
  return config.LOG_LEVEL ?? (where === 'console' ? 'warn' : 'info');
}

/** Which doors the configuration turns on, and how each runs. */
export function enabledDoors(config: Config): {
  discord: boolean;
  /** 'http': the interactions endpoint answers (no gateway); 'gateway': the discord.js client does. */
  discordMode: 'gateway' | 'http';
  slack: boolean;
  slackMode: 'socket' | 'http';
  /** True when workspaces install the app (OAuth) and each has its own token. */
  slackOAuth: boolean;
} {
  return {
    discord: Boolean(config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY),
    discordMode: config.DISCORD_PUBLIC_KEY ? 'http' : 'gateway',
    slack: Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID),
    slackMode: config.SLACK_APP_TOKEN ? 'socket' : 'http',
    slackOAuth: Boolean(config.SLACK_CLIENT_ID),
  };
}
