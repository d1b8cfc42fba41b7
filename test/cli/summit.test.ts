// The `npm run summit` CLI as a script calls it: a child process (`node --import tsx
// src/cli/summit.ts`), its stdout parsed, its exit code checked; content from test/fixtures only.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = join(root, 'test', 'fixtures', 'content');
const article = join(root, 'test', 'fixtures', 'cli', 'lighthouse-keepers.md');
const empty = mkdtempSync(join(tmpdir(), 'summit-cli-empty-'));

afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** Runs the CLI with `args`; resolves with its exit code and output. */
function summit(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/summit.ts', ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', CONTENT_DIR: contentDir, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('summit analyze', () => {
  it('--json: one JSON object with the headline, verbatim key points, sections and attributed quotes', async () => {
    const { code, stdout, stderr } = await summit(['analyze', article, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const analysis = JSON.parse(stdout);
    expect(analysis).toMatchObject({
      slug: 'lighthouse-keepers',
      title: 'Last Keepers Leave the Skerry Light',
      dek: 'After ninety years of keepers, the lighthouse on Skerry Point now runs itself.',
    });
    expect(analysis.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'Lead',
      'The Handover',
      'What Comes Next',
    ]);
    expect(analysis.summary.length).toBeGreaterThan(0);
    const source = readFileSync(article, 'utf8');
    for (const sentence of analysis.summary) expect(source).toContain(sentence);
    expect(analysis.quotes).toEqual([
      {
        text: 'I have climbed those stairs every night since 2002,',
        speaker: 'Marta Quinn',
        confidence: expect.any(Number),
        section: 'The Handover',
      },
      {
        text: 'The light will still shine, but the stories need a home,',
        speaker: 'Ruth Elder',
        confidence: expect.any(Number),
        section: 'What Comes Next',
      },
    ]);
  });

  it('a file that does not exist: names it on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await summit(['analyze', join(empty, 'missing.md'), '--json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Cannot read ${join(empty, 'missing.md')}: ENOENT`);
  });

  it('says what was dropped from the file: a warnings array in --json, a Warning line in text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-cli-warn-'));
    try {
      const file = join(dir, 'bad-link.md');
      writeFileSync(
        file,
        '---\nurl: javascript:alert(1)\n---\n# Harbour Reopens\n\nThe harbour reopened on Monday after the storm.\n',
      );
      const json = await summit(['analyze', file, '--json']);
      expect(json.code).toBe(0);
      const analysis = JSON.parse(json.stdout);
      expect(analysis.warnings).toHaveLength(1);
      expect(analysis.warnings[0]).toMatch(/^bad-link\.md: front matter 'url' .*served without a link$/);
      const text = await summit(['analyze', file]);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(`Warning: ${analysis.warnings[0]}\n`);
      const clean = JSON.parse((await summit(['analyze', article, '--json'])).stdout);
      expect(clean.warnings).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('summit ask', () => {
  it('--json: the sentences of the newest article that answer the question', async () => {
    const { code, stdout, stderr } = await summit(['ask', 'how many sites had otters', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.answers[0]).toMatchObject({
      text: 'A volunteer survey of the River Wend found signs of otters at eleven of twenty sites this summer.',
      section: 'Lead',
    });
    expect(answer.quotes).toEqual([]);
  });

  it('--json with no question: usage on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await summit(['ask', '--json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: npm run summit -- ask "<question>" --json');
  });

  it('--json with no article in CONTENT_DIR: says where to add one, exit 1', async () => {
    const { code, stderr } = await summit(['ask', 'anything', '--json'], { CONTENT_DIR: empty });
    expect(code).toBe(1);
    expect(stderr).toContain(`No article in ${empty}`);
  });
});

describe('summit <subcommand>', () => {
  it('an unknown subcommand: says there is no such command and what exists, on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await summit(['frobnicate']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('There is no /summit frobnicate.');
    expect(stderr).toContain('/summit summary');
  });

  it('a known subcommand prints its answer and exits 0', async () => {
    const { code, stdout } = await summit(['summary']);
    expect(code).toBe(0);
    expect(stdout).toContain('Survey Finds Otters Back on the River Wend');
  });
});
