// `npx tsx scripts/eval/dump-analysis.ts > before.jsonl`: analyzeArticle's full output for every article of
// every evaluation part (../shared/eval and eval/fresh/*) and content/, one JSON line each, so a change
// meant to keep output the same (a speed-up) can be checked with `cmp before.jsonl after.jsonl`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/content/parse.ts';
import { analyzeArticle } from '../../src/core/analyze.ts';
import { loadEvalArticles } from './articles.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fresh = join(root, 'eval', 'fresh');
const dirs = [
  join(root, '..', 'shared', 'eval'),
  ...readdirSync(fresh, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(fresh, d.name))
    .sort(),
];
for (const dir of dirs) {
  for (const a of (await loadEvalArticles(dir)) ?? [])
    console.log(JSON.stringify({ id: a.record.id, analysis: analyzeArticle(a.article, 'dump') }));
}
const content = join(root, 'content');
for (const file of readdirSync(content).sort()) {
  const article = parseArticle(readFileSync(join(content, file), 'utf8'), file);
  console.log(JSON.stringify({ id: file, analysis: analyzeArticle(article, 'dump') }));
}
