// The content reader on arbitrary folders: any bytes, any file kind (regular, folder, link inside,
// link outside, dangling link, link loop, FIFO), any size up to and over the limit. Opening never
// throws or hangs, the good article is always served, nothing outside the folder is ever served,
// every skipped entry is named in a problem, and no served text carries a control character.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUpLibraries, story, tempContent } from './helpers/temp-library.ts';

afterEach(cleanUpLibraries);

const limit = 4096;
const secret = 'OUTSIDE-SECRET-7f3a';

const textish = fc.oneof(
  fc.uint8Array({ maxLength: limit + 64 }),
  fc.string({ maxLength: 600 }).map((s) => new TextEncoder().encode(s)),
  fc
    .array(
      fc.constantFrom('Headline Here', 'A sentence. Another one!', '\u0000', '\u001b[2J', '---', '# H', ''),
      {
        maxLength: 30,
      },
    )
    .map((lines) => new TextEncoder().encode(lines.join('\n'))),
);

const entry = fc.oneof(
  fc.record({ kind: fc.constant('file' as const), bytes: textish }),
  fc.record({ kind: fc.constant('oversize' as const), extra: fc.integer({ min: 1, max: 256 }) }),
  fc.constantFrom(
    { kind: 'folder' as const },
    { kind: 'link-in' as const },
    { kind: 'link-out' as const },
    { kind: 'dangling' as const },
    { kind: 'loop' as const },
    { kind: 'fifo' as const },
  ),
);

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function make(dir: string, root: string, name: string, e: Entry): void {
  const path = join(dir, name);
  switch (e.kind) {
    case 'file':
      writeFileSync(path, e.bytes);
      return;
    case 'oversize':
      writeFileSync(path, Buffer.alloc(limit + e.extra, 0x61));
      return;
    case 'folder':
      mkdirSync(path);
      return;
    case 'link-in':
      symlinkSync('good.txt', path);
      return;
    case 'link-out':
      symlinkSync(join(root, 'outside.txt'), path);
      return;
    case 'dangling':
      symlinkSync('missing-target.txt', path);
      return;
    case 'loop':
      symlinkSync(name, path);
      return;
    case 'fifo':
      execFileSync('mkfifo', [path]);
  }
}

describe('content reader on arbitrary folders', () => {
  it('reader property: never throws or hangs, serves the good article, and never serves what is outside', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 6 }), async (entries) => {
        const c = tempContent();
        writeFileSync(
          join(c.root, 'outside.txt'),
          `Outside Headline\nThe ${secret} is here. It is private.\n`,
        );
        c.write('good.txt', story('Good Story'));
        for (const [i, e] of entries.entries()) make(c.dir, c.root, `entry-${i}.${i % 2 ? 'md' : 'txt'}`, e);
        const library = await c.open({ checkIntervalMs: 0, watch: false, maxArticleBytes: limit });
        expect(library.bySlug('good')?.article.title).toBe('Good Story');
        const served = JSON.stringify(library.list());
        expect(served).not.toContain(secret);
        for (const a of library.list()) {
          expect(a.article.title).not.toMatch(/\p{Cc}/u);
          for (const s of a.article.sections)
            for (const p of s.paragraphs) expect(p).not.toMatch(/[^\P{Cc}\t\n]/u);
        }
        const named = new Set(library.problems().map((p) => p.file));
        entries.forEach((e, i) => {
          const path = join(c.dir, `entry-${i}.${i % 2 ? 'md' : 'txt'}`);
          if (e.kind !== 'file' && e.kind !== 'link-in') expect(named.has(path)).toBe(true);
        });
        library.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
