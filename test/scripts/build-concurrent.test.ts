// scripts/build.mjs run by several `npm start` at once in one folder: the builds never break each
// other or a bot already running from an earlier build (its files stay while it runs), and every
// start runs a whole build with the briefing on. Runs on a copy of the project so edits are safe.
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finished, runToEnd } from '../helpers/built-bot.ts';
import { startBot, stopBot } from '../robustness/helpers/bot-process.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project's node_modules, so the copy resolves the same packages.
const copy = join(root, 'node_modules', '.cache', `summit-build-copy-${process.pid}`);
const contentDir = join(root, 'test', 'fixtures', 'content');
const run = promisify(execFile);

beforeAll(() => {
  mkdirSync(copy, { recursive: true });
  for (const part of ['src', 'commands', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(join(root, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** `npm start` of the copy as a shell runs it: build, then the console door answers `input`. */
function start(out: string, dataDir: string, input: string): Promise<Finished> {
  return runToEnd('sh', ['-c', `node scripts/build.mjs "${out}" && node "${out}/main.js"`], {
    cwd: copy,
    env: { PATH: process.env.PATH ?? '', CONTENT_DIR: contentDir, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    input,
  });
}

describe('scripts/build.mjs run concurrently', () => {
  it('four starts within half a second in a fresh folder: every build succeeds and every bot runs with the briefing on', async () => {
    const out = join(copy, 'dist-concurrent');
    const starts = await Promise.all(
      [0, 1, 2, 3].map(async (i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 150));
        return start(out, join(copy, `data-${i}`), '/summit status\n');
      }),
    );
    for (const { code, stdout, stderr } of starts) {
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain('Daily briefing: on');
    }
  }, 120_000);

  it('a rebuild of changed code while a bot runs: the running build keeps every file, the next start runs the new one', async () => {
    const out = join(copy, 'dist-swap');
    await run(process.execPath, ['scripts/build.mjs', out], { cwd: copy });
    const before = filesUnder(out).filter((file) => file !== 'main.js' && !file.includes('.in-use'));
    const bot = startBot(
      { CONTENT_DIR: contentDir, DATA_DIR: join(copy, 'data-swap'), LOG_LEVEL: 'info' },
      { script: join(out, 'main.js') },
    );
    try {
      await bot.waitFor((l) => l.msg === 'summit bot ready');
      // Four rebuilds of changed code: more than the versions kept besides those in use.
      for (let i = 0; i < 4; i++) {
        appendFileSync(join(copy, 'src', 'briefing', 'start.ts'), `\nexport const buildProbe${i} = ${i};\n`);
        await run(process.execPath, ['scripts/build.mjs', out], { cwd: copy });
      }
      const missing = before.filter((file) => !existsSync(join(out, file)));
      expect(missing, 'files of the running build removed by a rebuild').toEqual([]);
    } finally {
      await stopBot(bot);
    }
    // Once no process runs it, the oldest build is removed; the newest few stay for a roll back.
    const { code, stdout } = await start(out, join(copy, 'data-after'), '/summit status\n');
    const versions = readdirSync(out).filter((name) => /^[0-9a-f]{16}$/.test(name));
    expect(versions).toHaveLength(4);
    expect(code).toBe(0);
    expect(stdout).toContain('Daily briefing: on');
  }, 120_000);
});
