// The console door keeps its terminal for the prompt and the answers: with LOG_LEVEL unset only
// warnings and errors are logged, on stderr, never on stdout; on a terminal they are plain lines,
// each on its own line and followed by the prompt again; off a terminal they stay JSON lines.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { consoleLogStream, plainLogLine } from '../../src/console/log-lines.ts';
import { createLogger } from '../../src/logger.ts';
import type { Finished } from '../helpers/built-bot.ts';
import { briefingTimeAway, runConsole } from './helpers/run-console.ts';

// Each test starts the bot as a process (src/main.ts through tsx, or a build): on a loaded 2-core
// CI machine start-up alone can pass the suite's 20 s, and start-up speed is not what these check.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'summit-console-logs-'));
const contentDir = join(work, 'content');
mkdirSync(contentDir);
copyFileSync(join(root, 'test/fixtures/content/harbour-ferry-strike.txt'), join(contentDir, 'ferry.txt'));
// A file the library skips with a warning as it starts.
writeFileSync(join(contentDir, 'binary.txt'), 'abc\u0000\u0001binary');

/** What starts every console log line on a terminal: back to column 0, clear the prompt there. */
const clearLine = '\r\u001b[K';

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the console door with `input` on stdin; stderr is a terminal when `terminal` is set. */
function runConsoleOn(input: string, terminal: boolean): Promise<Finished> {
  const preload = terminal ? ['--import', './test/console/terminal-stderr.ts'] : [];
  const env = {
    CONTENT_DIR: contentDir,
    DATA_DIR: mkdtempSync(join(work, 'data-')),
    BRIEFING_TIME: briefingTimeAway(),
  };
  return runConsole(input, env, preload);
}

describe('console door logs', () => {
  it('console logs: off a terminal, only warnings reach stderr, as JSON; stdout holds only the prompt and answers', async () => {
    const { code, stdout, stderr } = await runConsoleOn('/summit help\nexit\n', false);
    expect(code).toBe(0);
    expect(stdout).toContain('summit> ');
    expect(stdout).toContain('/summit summary');
    expect(stdout).not.toContain('"level"');
    expect(stdout).not.toContain('content file skipped');
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).level).toBeGreaterThanOrEqual(40);
    expect(stderr).toContain('"msg":"content file skipped"');
    expect(stderr).not.toContain('summit bot ready');
  }, 60_000);

  it('console logs: on a terminal, warnings are plain lines of their own on stderr, none on stdout', async () => {
    const { code, stdout, stderr } = await runConsoleOn('exit\n', true);
    expect(code).toBe(0);
    expect(stderr).not.toContain('{');
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(clearLine)).toBe(true);
    expect(lines[0]?.slice(clearLine.length)).toMatch(
      /^\d\d:\d\d:\d\d WARN content file skipped file="binary.txt" problem="/,
    );
    expect(stdout).not.toContain('content file skipped');
  }, 60_000);
});

describe('console log lines', () => {
  it('log lines: a pino line becomes time, level, message and its fields', () => {
    const line = JSON.stringify({
      level: 50,
      time: Date.UTC(2026, 0, 2, 3, 4, 5),
      msg: 'boom',
      id: 7,
      who: 'x',
    });
    expect(plainLogLine(line)).toBe('03:04:05 ERROR boom id=7 who="x"');
  });

  it('log lines: an error field shows its message; a line that is not JSON is kept as is', () => {
    const line = JSON.stringify({
      level: 40,
      time: 0,
      msg: 'failed',
      err: { type: 'Error', message: 'no route' },
    });
    expect(plainLogLine(line)).toBe('00:00:00 WARN failed err="no route"');
    expect(plainLogLine('plain text\n')).toBe('plain text');
  });

  it('log lines: on a terminal each line is cleared in, written whole and followed by the prompt', () => {
    const written: string[] = [];
    let prompts = 0;
    const logger = createLogger(
      'warn',
      consoleLogStream({ isTTY: true, write: (t) => written.push(t) }, () => prompts++),
    );
    logger.info('not shown');
    logger.warn({ token: 'xoxb-1234-secret' }, 'careful');
    expect(written).toHaveLength(1);
    expect(written[0]?.startsWith(clearLine)).toBe(true);
    expect(written[0]?.slice(clearLine.length)).toMatch(
      /^\d\d:\d\d:\d\d WARN careful token="\[redacted\]"\n$/,
    );
    expect(prompts).toBe(1);
  });

  it('log lines: off a terminal the JSON line passes through unchanged', () => {
    const written: string[] = [];
    const logger = createLogger('info', consoleLogStream({ isTTY: false, write: (t) => written.push(t) }));
    logger.info({ n: 1 }, 'hello');
    expect(JSON.parse(written[0] ?? '')).toMatchObject({ level: 30, msg: 'hello', n: 1 });
  });
});
