// One structured logger (pino) for the whole process. Secrets never reach the output: known
// secret fields are censored by path, and every line is scrubbed by pattern (interaction and
// webhook tokens in URLs, bot tokens, Slack tokens) wherever they hide: err.url, messages, stacks.
import { type Logger, pino } from 'pino';

/** Fields pino censors in every log line, whatever their value. */
export const redactPaths = [
  'token',
  '*.token',
  'headers.authorization',
  '*.headers.authorization',
  'config.DISCORD_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.ARTICLES_WEBHOOK_SECRET',
];

/**
 * Secrets by shape. Groups 1-3 are the readable part kept before `[redacted]`: a URL keeps its
 * route (`/interactions/<id>/[redacted]/callback`), whatever the id looks like.
 */
const secretShapes = [
  String.raw`(\/(?:interactions|webhooks)\/[^/\s"\\]+\/)[^/\s"\\?#]+`,
  String.raw`(\bBot\s+)[\w.-]{20,}`,
  String.raw`(hooks\.slack\.com\/[a-z]+\/)[^\s"\\]+`,
  String.raw`\bxox[a-z]-[\w-]+`,
  String.raw`\bxapp-[\w-]+`,
];
/** A raw Discord bot token; its pattern backtracks at every word, so it runs only where one may be. */
const discordToken = String.raw`\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}`;
const discordTokenHint = /\.[\w-]{6,7}\./;
const secretPattern = new RegExp(secretShapes.join('|'), 'g');
const secretOrTokenPattern = new RegExp([...secretShapes, discordToken].join('|'), 'g');

/** `text` with every token-shaped secret replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  return text.replace(
    discordTokenHint.test(text) ? secretOrTokenPattern : secretPattern,
    (_match, route?: string, bot?: string, hook?: string) => `${route ?? bot ?? hook ?? ''}[redacted]`,
  );
}

/**
 * Creates a logger at the given level: JSON lines on stderr unless told otherwise (the bot's chat
 * doors log to stdout, see chatLogDestination; the CLI keeps stdout for its answers).
 */
export function createLogger(
  level = 'info',
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: '[redacted]' },
      hooks: { streamWrite: redactSecrets },
      base: undefined,
    },
    destination,
  );
}

/** Where the bot logs while a chat door runs: every line as JSON on stdout, for a log collector. */
export function chatLogDestination(): pino.DestinationStream {
  return pino.destination(1);
}

export type { Logger };
