// The core stays free of its callers: no file in src/core/ imports the daily briefing, its storage
// or a door. Features reach the core through the handlers src/main.ts hands to createSummit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const core = join(root, 'src', 'core');
const forbidden = ['src/briefing/', 'src/storage/', 'src/discord/', 'src/slack/', 'src/console/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, statically or dynamically, from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      relative(root, resolve(dirname(file), s))
        .split('\\')
        .join('/'),
    );
}

describe('the core does not know its callers', () => {
  it('reads the imports of every file in src/core/', () => {
    const summit = importsOf(join(core, 'summit.ts'));
    expect(summit).toContain('commands/summit.ts');
    expect(summit).toContain('src/core/context.ts');
  });

  it('no file in src/core/ imports from the briefing, storage or a door', () => {
    const crossings = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((target) => forbidden.some((dir) => target.startsWith(dir)))
        .map((target) => `${relative(root, file)} -> ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
