// Shared set-up for briefing tests: a logger whose JSON lines can be inspected, an adjustable clock
// and the slot most tests claim (the databases come from test/helpers/databases.ts).
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

/** Discord channel 1's 08:00 UTC slot on 2026-11-28, the day most briefing tests run. */
export const channelOneSlot = {
  key: 'discord:1@2026-11-28',
  subscriptionId: 'discord:1',
  platform: 'discord' as const,
  channelId: '1',
  localDate: '2026-11-28',
  scheduledAt: new Date('2026-11-28T08:00:00Z'),
};
