// Loads <part>/articles/*.json (../shared/eval, eval/fresh/dev, eval/fresh/test ...) and builds each into the Article
// the bot would serve: written as the story text a fetched page becomes (toStoryText) and read by the same parser
// the archive uses (readArticle, which also lifts a dateline), so every evaluator measures the real pipeline.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readArticle } from '../../src/content/parse.ts';
import { toStoryText } from '../../src/sources/story-text.ts';
import type { EvalArticle, EvalRecord, EvalSource } from './types.ts';

/** The shape of one evaluation article file; exported so annotators can check their files without building them. */
export const recordSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  text: z.string().min(1),
  reference_summary: z.string(),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable() })).optional(),
  quotes_excluded_scare_quotes: z.array(z.string()).optional(),
  url: z.string().optional(),
});

/**
 * Reads and builds every evaluation article in `dir`/articles, in file-name order; null when `dir` is
 * absent. Throws an Error naming the file when one cannot be read or built.
 */
export async function loadEvalArticles(dir: string): Promise<EvalArticle[] | null> {
  if (!existsSync(dir)) return null;
  const folder = join(dir, 'articles');
  if (!existsSync(folder)) return null;
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  const out: EvalArticle[] = [];
  for (const file of files) {
    try {
      const parsed = recordSchema.safeParse(JSON.parse(await readFile(join(folder, file), 'utf8')));
      if (!parsed.success) {
        throw new Error(
          parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '),
        );
      }
      const record: EvalRecord = parsed.data;
      out.push({ record, source: sourceOf(record.id), article: toArticle(record) });
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}

/** Id prefixes of US federal newsrooms (army.mil, NASA, EPA, members of Congress ...) in the fresh set. */
const usGovernment = [
  'army',
  'congress',
  'dod',
  'doj',
  'dvids',
  'epa',
  'forthood',
  'fws',
  'health',
  'nasa',
  'nationalguard',
  'navy',
  'nps',
  'usaf',
  'uscg',
  'usda',
  'usgov',
  'usmc',
];

/**
 * Id prefixes of other governments' and parliaments' newsrooms (GOV.UK, Scotland, Wales, Ireland, New Zealand,
 * Australia, the Kremlin, the European Commission, Parliament and Council, the UK Parliament).
 */
const otherGovernments = [
  'ausgov',
  'consilium',
  'ec',
  'ep',
  'govie',
  'govscot',
  'govuk',
  'govwales',
  'kremlin',
  'nzgov',
  'ukparl',
];

/**
 * 'bbc-…' -> bbc, 'xsum-…' -> xsum, 'wikinews-…' -> wikinews, 'voa-…' -> voa, 'globalvoices-…' ->
 * globalvoices, a US federal newsroom's prefix -> usgov, another government's -> othergov, else cnn
 * (CNN/DailyMail).
 */
export function sourceOf(id: string): EvalSource {
  const prefix = id.split('-')[0] ?? '';
  if (prefix === 'bbc' || prefix === 'xsum' || prefix === 'wikinews' || prefix === 'voa') return prefix;
  if (prefix === 'globalvoices') return 'globalvoices';
  if (usGovernment.includes(prefix)) return 'usgov';
  if (otherGovernments.includes(prefix)) return 'othergov';
  return 'cnn';
}

function toArticle(record: EvalRecord): EvalArticle['article'] {
  const paragraphs = record.text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  // XSum has no headline; the placeholder carries no content words, so it biases nothing.
  const title = record.title.trim() || 'Untitled';
  const slug = record.id
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 60);
  const text = toStoryText({ title, url: record.url ?? null }, [{ heading: null, paragraphs }]);
  return readArticle(text, `${slug}.md`).article;
}
