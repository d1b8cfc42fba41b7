// `npm start` with the story archive: content/ is stored in the database, an edited file becomes a
// revision that /summit changes shows after a restart; with a DATA_DIR that cannot be used,
// content/ is still served and the operator is told why the archive (and briefing) are off.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finished } from '../helpers/built-bot.ts';
import { briefingTimeAway, runConsole } from './helpers/run-console.ts';

// Each test starts the bot as a process (src/main.ts through tsx, or a build): on a loaded 2-core
// CI machine start-up alone can pass the suite's 20 s, and start-up speed is not what these check.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const tide = (extra: string) => `---
slug: tide-report
published: 2026-05-01
source: Test Gazette
---
# Harbour Tide Reaches a Record Height

The tide rose higher than ever recorded on Tuesday. Boats were lifted onto the quay.${extra}

## Repairs

Crews began clearing the quay on Wednesday. The council set aside money for repairs.
`;

/** Runs the console door with `stdin` typed, on `content` and `dataDir`. */
function runBot(stdin: string, content: string, dataDir: string): Promise<Finished> {
  return runConsole(stdin, {
    CONTENT_DIR: content,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    BRIEFING_TIME: briefingTimeAway(),
  });
}

describe('console door over the story archive', () => {
  it('an edited content file is a revision: /summit changes shows the added sentence after a restart', async () => {
    const content = mkdtempSync(join(tmpdir(), 'summit-content-'));
    const data = mkdtempSync(join(tmpdir(), 'summit-data-'));
    writeFileSync(join(content, 'tide.md'), tide(''));
    const first = await runBot('/summit latest\n/summit changes\n', content, data);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Latest stories');
    expect(first.stdout).toContain('Harbour Tide Reaches a Record Height');
    expect(first.stdout).toContain('This story has one version');
    writeFileSync(join(content, 'tide.md'), tide(' The harbour master closed the port.'));
    const second = await runBot('/summit changes tide\n/summit summary\n', content, data);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('What changed: Harbour Tide Reaches a Record Height');
    expect(second.stdout).toContain('Added: The harbour master closed the port.');
    expect(second.stdout).toContain('The tide rose higher than ever recorded on Tuesday.');
  });

  it('a DATA_DIR that is a file: content/ is still served, and stderr says the archive and briefing are off', async () => {
    const content = mkdtempSync(join(tmpdir(), 'summit-content-'));
    const notADir = join(mkdtempSync(join(tmpdir(), 'summit-data-')), 'file');
    writeFileSync(notADir, 'not a folder');
    writeFileSync(join(content, 'tide.md'), tide(''));
    const { code, stdout, stderr } = await runBot(
      '/summit summary\n/summit latest\n/summit changes\n',
      content,
      notADir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Harbour Tide Reaches a Record Height');
    expect(stdout).toContain('Crews began clearing the quay on Wednesday.');
    expect(stdout).toContain(
      'No earlier versions are kept. The story archive is off because its database could not be opened',
    );
    expect(stdout).not.toContain(notADir);
    expect(stderr).toContain('Story archive is off: Cannot open the database');
    expect(stderr).toContain('content/ is still served');
    expect(stderr).toContain('Daily briefing is off: Cannot open the database');
  });
});
