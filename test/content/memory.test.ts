// Removed or replaced articles release their memory: in a child process with --expose-gc, a
// 1 MB article is loaded, asked about (filling the reply and ask caches), replaced, then removed;
// after garbage collection the old analysed article is gone and under 1 MB of heap is left behind.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./helpers/memory-probe.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('content library memory', () => {
  it('memory: a replaced and then removed large article is collected and leaves under 1 MB behind', async () => {
    dir = mkdtempSync(join(tmpdir(), 'summit-memory-'));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', probe, dir],
      { cwd: root, timeout: 120_000 },
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      collected: boolean;
      retainedBytes: number;
    };
    expect(result.collected).toBe(true);
    expect(result.retainedBytes).toBeLessThan(1_000_000);
  }, 130_000);
});
