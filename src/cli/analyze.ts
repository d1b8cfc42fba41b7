// `summit analyze <file> [--json]`: parses and analyzes any article file, for editors checking a
// file before dropping it into content/ and for scripts.

import { readFile } from 'node:fs/promises';
import { analyzeText } from '../analysis/in-process.ts';
import { contentVersion } from '../content/load-file.ts';
import type { AnalyzedArticle } from '../core/article.ts';

/** The documented --json shape; `warnings` says what was dropped from the file (empty when nothing). */
export function toAnalysisJson(a: AnalyzedArticle, warnings: string[] = []) {
  return {
    slug: a.article.slug,
    title: a.article.title,
    dek: a.article.dek,
    summary: a.keyPoints,
    sections: a.sections.map((d) => ({ heading: d.section.heading, summary: d.summary })),
    quotes: a.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      confidence: q.confidence ?? null,
      section: q.section,
    })),
    warnings,
  };
}

/** Runs `analyze`; errors go to stderr with exit code 1 (2 for usage). */
export async function analyzeCommand(
  args: string[],
  json: boolean,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const [file] = args;
  if (!file || args.length > 1) {
    err.write('Usage: npm run summit -- analyze <file> [--json]\n');
    return 2;
  }
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    err.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 1;
  }
  const { analyzed, warnings } = analyzeText(source, file, contentVersion(source));
  const analysis = toAnalysisJson(analyzed, warnings);
  if (json) {
    out.write(`${JSON.stringify(analysis)}\n`);
    return 0;
  }
  const lines = [
    ...analysis.warnings.map((w) => `Warning: ${w}`),
    analysis.title,
    analysis.dek ?? '',
    '',
    'Summary:',
    ...analysis.summary.map((s) => `  • ${s}`),
  ];
  for (const s of analysis.sections) lines.push('', `## ${s.heading}`, ...s.summary.map((x) => `  • ${x}`));
  lines.push('', `Quotes (${analysis.quotes.length}):`);
  for (const q of analysis.quotes)
    lines.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'} (${q.section})`);
  out.write(`${lines.join('\n')}\n`);
  return 0;
}
