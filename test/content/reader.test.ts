// The content reader serves only regular files inside the content folder: links that leave it,
// link loops, dangling links, folders, FIFOs and oversized files are skipped with a log line and
// a problem naming the file and why, and every other article is still served.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpLibraries, story, type TempContent, tempContent } from './helpers/temp-library.ts';

afterEach(cleanUpLibraries);

function problemOf(
  c: TempContent,
  library: { problems(): { file: string; message: string }[] },
  name: string,
) {
  return library.problems().find((p) => p.file === join(c.dir, name))?.message;
}
function skippedLog(c: TempContent, name: string) {
  return c.logLines.find((l) => l.msg === 'content file skipped' && l.file === name)?.problem;
}

describe('content reader', () => {
  it('reader: a link to a file outside the content folder is not served, with a problem and a log line', async () => {
    const c = tempContent();
    writeFileSync(join(c.root, '.env'), 'App Config\nSLACK_BOT_TOKEN=xoxb-very-secret is the token here.\n');
    symlinkSync('../.env', join(c.dir, 'app-config.txt'));
    c.write('one.txt', story('Kept Story'));
    const library = await c.open();
    expect(library.bySlug('app-config')).toBeNull();
    expect(JSON.stringify(library.list())).not.toContain('xoxb-very-secret');
    expect(library.newest()?.article.title).toBe('Kept Story');
    const why = /^app-config\.txt: is a link to a file outside the content folder/;
    expect(problemOf(c, library, 'app-config.txt')).toMatch(why);
    expect(skippedLog(c, 'app-config.txt')).toMatch(why);
  });

  it('reader: a link to a system file (/etc/passwd) is not served', async () => {
    const c = tempContent();
    symlinkSync('/etc/passwd', join(c.dir, 'passwd.txt'));
    const library = await c.open();
    expect(library.list()).toEqual([]);
    expect(problemOf(c, library, 'passwd.txt')).toMatch(/outside the content folder/);
  });

  it('reader: a link to a file inside the content folder is served', async () => {
    const c = tempContent();
    mkdirSync(join(c.dir, 'drafts'));
    writeFileSync(join(c.dir, 'drafts', 'real.txt'), story('Linked Story'));
    symlinkSync('drafts/real.txt', join(c.dir, 'alias.txt'));
    const library = await c.open();
    expect(library.bySlug('alias')?.article.title).toBe('Linked Story');
    expect(library.problems()).toEqual([]);
  });

  it('reader: a link loop, a dangling link and a folder named like an article are skipped and named', async () => {
    const c = tempContent();
    symlinkSync('loop.txt', join(c.dir, 'loop.txt'));
    symlinkSync('nowhere.txt', join(c.dir, 'dangling.txt'));
    mkdirSync(join(c.dir, 'folder.txt'));
    c.write('one.txt', story('Kept Story'));
    const library = await c.open();
    expect(library.list().map((a) => a.article.slug)).toEqual(['one']);
    expect(problemOf(c, library, 'loop.txt')).toMatch(/^loop\.txt: is a symbolic link loop/);
    expect(problemOf(c, library, 'dangling.txt')).toMatch(
      /^dangling\.txt: is a link to a file that does not exist/,
    );
    expect(problemOf(c, library, 'folder.txt')).toMatch(/^folder\.txt: is a folder, not a regular file/);
    for (const name of ['loop.txt', 'dangling.txt', 'folder.txt']) expect(skippedLog(c, name)).toBeDefined();
  });

  it('reader: a FIFO named like an article does not hang the reader and is skipped', async () => {
    const c = tempContent();
    execFileSync('mkfifo', [join(c.dir, 'pipe.txt')]);
    c.write('one.txt', story('Kept Story'));
    const library = await c.open();
    expect(library.newest()?.article.title).toBe('Kept Story');
    expect(problemOf(c, library, 'pipe.txt')).toMatch(
      /^pipe\.txt: is a named pipe \(FIFO\), not a regular file/,
    );
  });

  it.skipIf(process.getuid?.() === 0)('reader: an unreadable file is skipped and named', async () => {
    const c = tempContent();
    chmodSync(c.write('locked.txt', story('Locked Story')), 0o000);
    const library = await c.open();
    expect(library.list()).toEqual([]);
    expect(problemOf(c, library, 'locked.txt')).toMatch(/^locked\.txt: cannot be read \(EACCES\)/);
  });

  it('reader: a file over MAX_ARTICLE_BYTES is skipped with its size and the limit; one at the limit is served', async () => {
    const c = tempContent();
    const text = story('Sized Story');
    c.write('big.txt', `${text}${'x'.repeat(10)}`);
    c.write('fits.txt', text);
    const limit = Buffer.byteLength(text);
    const library = await c.open({ checkIntervalMs: 0, maxArticleBytes: limit });
    expect(library.list().map((a) => a.article.slug)).toEqual(['fits']);
    const why = `big.txt: is ${limit + 10} bytes, over the limit of ${limit} bytes (MAX_ARTICLE_BYTES)`;
    expect(problemOf(c, library, 'big.txt')).toContain(why);
    expect(skippedLog(c, 'big.txt')).toContain(why);
  });

  it('reader: a file that grows over the limit keeps its last good version', async () => {
    const c = tempContent();
    const text = story('Growing Story');
    c.write('grow.txt', text);
    const library = await c.open({ checkIntervalMs: 0, maxArticleBytes: text.length + 5 });
    c.write('grow.txt', `${text}${'y'.repeat(50)}`);
    await library.refresh();
    expect(library.bySlug('grow')?.article.title).toBe('Growing Story');
    expect(problemOf(c, library, 'grow.txt')).toMatch(/over the limit.*still serving the last good version/);
  });
});
