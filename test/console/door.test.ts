// `npm start` with no tokens: the console door answers commands typed on stdin, answers mistakes
// with help, and refuses a bad environment by naming the key.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Finished } from '../helpers/built-bot.ts';
import { briefingTimeAway, runConsole } from './helpers/run-console.ts';

// Each test starts the bot as a process (src/main.ts through tsx, or a build): on a loaded 2-core
// CI machine start-up alone can pass the suite's 20 s, and start-up speed is not what these check.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const article = `---
slug: tide-report
published: 2026-05-01
source: Test Gazette
---
# Harbour Tide Reaches a Record Height

The tide rose higher than ever recorded on Tuesday. Boats were lifted onto the quay. The harbour master closed the port for the day.

## What Officials Said

“We have not seen water like this in fifty years,” said Maria Lopes, the harbour master. She added that the port would reopen on Thursday.

## Repairs

Crews began clearing the quay on Wednesday. The council set aside money for repairs.
`;

/** Runs the console door over a content folder holding the article, with `stdin` typed. */
function runBot(stdin: string): Promise<Finished> {
  const content = mkdtempSync(join(tmpdir(), 'summit-content-'));
  writeFileSync(join(content, 'tide.md'), article);
  return runConsole(stdin, {
    CONTENT_DIR: content,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'summit-data-')),
    LOG_LEVEL: 'silent',
    BRIEFING_TIME: briefingTimeAway(),
  });
}

describe('console door', () => {
  it('answers commands typed on stdin and exits cleanly at end of input', async () => {
    const { code, stdout } = await runBot('/summit summary\n/summit quotes lopes\n/summit section repairs\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Discord door: off (set DISCORD_TOKEN');
    expect(stdout).toContain('Slack door: off (set SLACK_BOT_TOKEN');
    expect(stdout).toContain('Harbour Tide Reaches a Record Height');
    expect(stdout).toContain('The tide rose higher than ever recorded on Tuesday.');
    expect(stdout).toContain('“We have not seen water like this in fifty years,”');
    expect(stdout).toContain('— Maria Lopes');
    expect(stdout).toContain('Crews began clearing the quay on Wednesday.');
  });

  it('answers a mistake with help instead of crashing', async () => {
    const { code, stdout } = await runBot('/summit sectoin repairs\n/summit section\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Did you mean /summit section?');
    expect(stdout).toContain('Missing name');
  });

  it('refuses a bad environment naming the key', async () => {
    const { code, stderr } = await runConsole('', { DISCORD_TOKEN: 'abc', BRIEFING_TZ: 'Mars/Olympus' });
    expect(code).toBe(1);
    expect(stderr).toContain('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    expect(stderr).toContain('BRIEFING_TZ: an IANA time zone');
  });
});
