// Shared set-up for briefing tests: a temporary DATA_DIR with a real SQLite store, a logger
// whose JSON lines can be inspected, and an adjustable clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Logger } from '../../../src/logger.ts';
import { type BriefingStore, openStore } from '../../../src/storage/store.ts';

/** A fresh temporary directory; remove it with cleanup(). */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'summit-briefing-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the store in a directory (the same directory twice gives two connections to one file). */
export function storeIn(dir: string): Promise<BriefingStore> {
  return openStore({ dataDir: dir });
}

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
