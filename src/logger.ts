// One structured logger (pino) for the whole process. Tokens and secrets are redacted wherever
// they appear in a logged object.
import { type Logger, pino } from 'pino';

/** Paths pino censors in every log line. */
export const redactPaths = [
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  'config.DISCORD_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'err.url',
  'err.cause.url',
];

/** Censors a secret; in a request URL only the interaction or webhook token is hidden, so the route stays readable. */
export function censorSecret(value: unknown, path: string[]): unknown {
  if (path[path.length - 1] !== 'url' || typeof value !== 'string') return '[redacted]';
  return value
    .replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/?#]+/g, '$1[redacted]')
    .replace(/(hooks\.slack\.com\/[a-z]+\/).*/, '$1[redacted]');
}

/** Creates the process logger at the given level (JSON lines on stderr). */
export function createLogger(
  level = 'info',
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino({ level, redact: { paths: redactPaths, censor: censorSecret }, base: undefined }, destination);
}

export type { Logger };
