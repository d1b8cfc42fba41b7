// Where the analysis worker's code is: dist/analysis-worker.js in the esbuild bundle, or worker.ts
// next to this file when running from source (vitest, tsx), loaded through tsx's register API
// because Node 20 does not apply `--import tsx` to a worker's own entry module.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How to start the worker: a module URL, or a small script to evaluate. */
type WorkerEntry = { url: URL; script?: undefined } | { url?: undefined; script: string };

/** Entry of the analysis worker for the way this process runs. */
export function analysisWorkerEntry(): WorkerEntry {
  if (!import.meta.url.endsWith('.ts')) {
    // Bundled: scripts/build.mjs emits the worker as analysis-worker.js beside every chunk.
    return { url: new URL('./analysis-worker.js', import.meta.url) };
  }
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxDir, 'dist', 'esm', 'api', 'index.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return {
    script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`,
  };
}
