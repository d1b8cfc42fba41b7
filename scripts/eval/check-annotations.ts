// `npx tsx scripts/eval/check-annotations.ts eval/fresh/test4`: checks hand-annotated article files without
// running any of the bot on them (so an annotator never sees system output): each file parses with the
// eval schema, and every quote and scare quote is found verbatim in the article text, in order.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordSchema } from './articles.ts';

async function main(dir: string): Promise<number> {
  const folder = join(dir, 'articles');
  const files = (await readdir(folder)).filter((f) => f.endsWith('.json')).sort();
  let problems = 0;
  let quotes = 0;
  let scare = 0;
  for (const file of files) {
    const raw = JSON.parse(await readFile(join(folder, file), 'utf8'));
    const parsed = recordSchema.safeParse(raw);
    const say = (msg: string) => {
      problems++;
      console.log(`${file}: ${msg}`);
    };
    if (!parsed.success) {
      say(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      continue;
    }
    const r = parsed.data;
    if (`${r.id}.json` !== file) say(`id ${r.id} does not match the file name`);
    if (r.url !== undefined && !URL.canParse(r.url))
      say(`url is not a URL the article builder accepts: ${r.url}`);
    let from = 0;
    for (const q of r.quotes ?? []) {
      quotes++;
      const at = r.text.indexOf(q.text, from);
      if (at < 0) say(`quote not found (in order): ${q.text.slice(0, 60)}`);
      else from = at + 1;
      if (!q.speaker) say(`quote without a speaker: ${q.text.slice(0, 60)}`);
    }
    for (const s of r.quotes_excluded_scare_quotes ?? []) {
      scare++;
      if (!r.text.includes(s)) say(`scare quote not found: ${s}`);
    }
    const words = r.reference_summary.split(/\s+/).filter(Boolean).length;
    if (words < 40 || words > 80) say(`reference summary has ${words} words (want 40-80)`);
    const textWords = r.text.split(/\s+/).filter(Boolean).length;
    console.log(`${file}: ${textWords} words, ${(r.quotes ?? []).length} quotes`);
  }
  console.log(`${files.length} articles, ${quotes} quotes, ${scare} scare quotes, ${problems} problems`);
  return problems === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv[2] ?? 'eval/fresh/test4');
