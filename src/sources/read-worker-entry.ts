// Where the read worker's code is: dist/read-worker.js in the esbuild bundle, or read-worker.ts
// next to this file when running from source (vitest, tsx), loaded through tsx's register API
// (Node 20 does not apply `--import tsx` to a worker's own entry module), as for the analysis worker.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How to start the worker: a module URL, or a small script to evaluate. */
export type WorkerEntry = { url: URL; script?: undefined } | { url?: undefined; script: string };

/** Entry of the read worker for the way this process runs. */
export function readWorkerEntry(): WorkerEntry {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./read-worker.js', import.meta.url) };
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const worker = new URL('./read-worker.ts', import.meta.url).href;
  return {
    script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`,
  };
}
