// Compiles src/main.ts to dist/ with esbuild (our code bundled, packages left to node_modules), so
// `npm start` runs plain JavaScript: no TypeScript loader at start-up, less time and memory.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * sbd (sentence boundaries) loads sanitize-html, and with it htmlparser2 and postcss, at start-up,
 * but only calls it for its `sanitize` / `allowed_tags` options, which we never pass. Bundling sbd
 * with its own browser stand-in for sanitize-html (sbd's package.json maps the same for browsers)
 * saves loading all of that on every start.
 */
const sbdWithoutSanitizeHtml = {
  name: 'sbd-without-sanitize-html',
  setup(b) {
    b.onResolve({ filter: /^sbd$/ }, () => ({ path: require.resolve('sbd') }));
    b.onResolve({ filter: /^sanitize-html$/ }, () => ({
      path: join(dirname(require.resolve('sbd')), 'sanitize-html-browser.js'),
    }));
  },
};

rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [sbdWithoutSanitizeHtml],
});
