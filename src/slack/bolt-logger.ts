// Bolt, its WebClient and the Socket Mode client log through this adapter, so their lines land in
// the process's pino log (JSON, tokens redacted) instead of the console.
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { LogLevel } from './bolt.ts';

const fromPino: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

function line(parts: unknown[]): string {
  return parts
    .map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p)))
    .join(' ');
}

/** A Bolt Logger writing to a child of the given pino logger (`door: 'slack'`). */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ door: 'slack', sdk: 'bolt' });
  let level = fromPino[child.level] ?? LogLevel.INFO;
  return {
    // Bolt logs at debug several times per request: skip building the line when nobody reads it.
    debug: (...msg) => {
      if (child.isLevelEnabled('debug')) child.debug(line(msg));
    },
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    // The pino level stays authoritative; Bolt only asks so it can skip building debug strings.
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
