// Shared set-up for briefing tests: a logger whose JSON lines can be inspected and an adjustable
// clock (the databases come from test/helpers/databases.ts).
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.ts';

/** A logger that keeps every line as parsed JSON. */
export function memoryLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug', base: undefined },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  return { logger, lines };
}

/** A clock the test moves by hand. */
export function testClock(start: string): {
  now: () => Date;
  set: (iso: string) => void;
  advance: (ms: number) => void;
} {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
