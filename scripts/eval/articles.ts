// Loads ../shared/eval/articles/*.json and builds each into the Article the bot would serve, with the
// same buildArticle the content loader uses, so every evaluator measures the real pipeline.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildArticle } from '../../src/content/build.ts';
import type { EvalArticle, EvalRecord, EvalSource } from './types.ts';

/** Reads and builds every evaluation article in `dir`/articles, in file-name order; null when `dir` is absent. */
export async function loadEvalArticles(dir: string): Promise<EvalArticle[] | null> {
  if (!existsSync(dir)) return null;
  const folder = join(dir, 'articles');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  const out: EvalArticle[] = [];
  for (const file of files) {
    const record = JSON.parse(await readFile(join(folder, file), 'utf8')) as EvalRecord;
    out.push({ record, source: sourceOf(record.id), article: toArticle(record) });
  }
  return out;
}

/** 'bbc-…' -> bbc, 'cnn-…' and 'dm-…' -> cnn (CNN/DailyMail), 'xsum-…' -> xsum. */
export function sourceOf(id: string): EvalSource {
  if (id.startsWith('bbc')) return 'bbc';
  if (id.startsWith('xsum')) return 'xsum';
  return 'cnn';
}

function toArticle(record: EvalRecord): EvalArticle['article'] {
  const paragraphs = record.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  // XSum has no headline; the placeholder carries no content words, so it biases nothing.
  const title = record.title.trim() || 'Untitled';
  const slug = record.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').slice(0, 60);
  return buildArticle({ slug, title, url: record.url ?? null, file: record.id }, [{ heading: null, paragraphs }]);
}
