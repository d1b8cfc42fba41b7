// Compiles src/main.ts to dist/ with esbuild (our code and the small packages bundled, the chat
// SDKs and the SQLite addon left to node_modules), so `npm start` runs plain JavaScript: no
// TypeScript loader at start-up, less time and memory. Safe to run concurrently: see build-output.mjs.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVersioned } from './build-output.mjs';

const require = createRequire(import.meta.url);

/**
 * Left in node_modules: the two chat SDKs (loaded whole either way, and the bare baselines load
 * them the same way), better-sqlite3 (a native addon) and pg (loaded only when DATABASE_URL is set;
 * it may look for the optional pg-native). Everything else is bundled into dist/,
 * so start-up compiles one tree-shaken file instead of resolving and reading hundreds (zod, yaml,
 * stopword and pino alone took 60-140 ms each to import from node_modules on this machine).
 */
const keptExternal = ['discord.js', '@slack/bolt', 'better-sqlite3', 'pg'];

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

/**
 * zod's `locales` namespace (z.locales, core.locales) carries every language's error messages,
 * about 360 KB of the start-up bundle that is compiled on every start. We never switch language
 * (no z.config(z.locales.xx())), and zod registers English itself (classic/schemas.js), so the
 * namespace is built with English alone.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The entry points, one per line: each becomes `<name>.js` at the top of the build's folder. */
const entryPoints = {
  main: 'src/main.ts',
  // Worker threads load the analysis worker by file (src/analysis/worker-entry.ts).
  'analysis-worker': 'src/analysis/worker.ts',
  // The feed reader parses feeds and extracts pages in its own worker (src/sources/read-worker-entry.ts).
  'read-worker': 'src/sources/read-worker.ts',
};

// `node scripts/build.mjs [outdir]`: dist/ unless told (the build test uses a directory of its own).
const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? join(root, 'dist');

// esbuild loads only when there is something to build.
await buildVersioned(root, outdir, async (into) =>
  (await import('esbuild')).build({
    absWorkingDir: root,
    entryPoints,
    outdir: into,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: keptExternal,
    // ES module entry points first: they tree-shake (stopword ships every language; we use English).
    mainFields: ['module', 'main'],
    // Bundled CommonJS packages call require() for Node's built-ins; give the ESM bundle one.
    banner: {
      js: "import { createRequire as __summitCreateRequire } from 'node:module'; const require = __summitCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'warning',
    plugins: [sbdWithoutSanitizeHtml, zodEnglishOnly],
  }),
);
