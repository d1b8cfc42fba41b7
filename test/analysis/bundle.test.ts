// The analysis worker works from the esbuild bundle (scripts/build.mjs emits it as
// analysis-worker.js beside the chunks): the built console bot picks up an article added while it
// runs, analysed in a worker thread, and answers with it.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the built files find node_modules as dist/ does.
const out = join(root, 'node_modules', '.cache', `summit-bundle-worker-test-${process.pid}`);
const work = mkdtempSync(join(tmpdir(), 'summit-bundle-worker-'));
const contentDir = join(work, 'content');

beforeAll(async () => {
  cpSync(join(root, 'test', 'fixtures', 'content'), contentDir, { recursive: true });
  await promisify(execFile)(process.execPath, ['scripts/build.mjs', out], { cwd: root });
}, 60_000);
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

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
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
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
