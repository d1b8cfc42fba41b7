// The analysis worker works from the esbuild bundle (scripts/build.mjs emits it as
// analysis-worker.js beside the chunks): the built console bot picks up an article added while it
// runs, analysed in a worker thread, and answers with it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBot, projectRoot } from '../helpers/built-bot.ts';

const bot = builtBot('bundle-worker-test');
const { out, work, contentDir } = bot;
const root = projectRoot;

beforeAll(() => bot.build(), 60_000);
afterAll(() => bot.remove());

describe('the analysis worker in the built bot', () => {
  it('bundle: an article added while the bot runs is analysed in a worker and served', async () => {
    const child = spawn(process.execPath, [join(out, 'main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        CONTENT_DIR: contentDir,
        DATA_DIR: join(work, 'data'),
        LOG_LEVEL: 'info',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    // 'close', not 'exit': the answer is read from stdout once the process has ended.
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const logged = (pattern: RegExp) =>
      new Promise<void>((resolve) => {
        const look = (chunk: Buffer) => {
          stderr += chunk.toString();
          if (pattern.test(stderr)) {
            child.stderr.off('data', look);
            resolve();
          }
        };
        child.stderr.on('data', look);
      });
    try {
      await logged(/"file":"river-survey\.md".*"msg":"article loaded"/);
      const fresh = logged(/"file":"fresh\.txt".*"msg":"article loaded"/);
      writeFileSync(
        join(contentDir, 'fresh.txt'),
        'Fresh Bundle Story\nThe first sentence is here. A second one follows.\n',
      );
      await fresh;
      child.stdin.end('/summit summary article:fresh\n');
      expect(await exited).toBe(0);
      expect(stdout).toContain('Fresh Bundle Story');
      expect(stderr).not.toMatch(/analysis worker|could not be analyzed/);
    } finally {
      child.kill();
    }
  }, 60_000);
});
