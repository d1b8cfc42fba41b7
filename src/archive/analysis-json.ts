// A stored analysis (and revision diff) read back: the JSON kept with each revision, checked against
// the article model so that a damaged or foreign row is refused rather than served.
import { z } from 'zod';
import { type AnalyzedArticle, articleSchema, sectionSchema } from '../core/article.ts';
import type { SentenceDiff } from './diff.ts';

const analyzedSchema = z.object({
  article: articleSchema,
  keyPoints: z.array(z.string()),
  sections: z.array(z.object({ section: sectionSchema, summary: z.array(z.string()) })),
  quotes: z.array(
    z.object({
      text: z.string(),
      speaker: z.string().nullable(),
      sectionId: z.string(),
      section: z.string(),
    }),
  ),
  speakers: z.array(z.string()),
  version: z.string(),
});

/** The analysis as stored. */
export function analysisToJson(analyzed: AnalyzedArticle): string {
  return JSON.stringify(analyzed);
}

/** The stored analysis, or why it cannot be used. */
export function analysisFromJson(
  json: string,
): { ok: true; analyzed: AnalyzedArticle } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, reason: `not JSON (${String(err)})` };
  }
  const parsed = analyzedSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: z.prettifyError(parsed.error) };
  return { ok: true, analyzed: parsed.data as AnalyzedArticle };
}

const placed = z.object({ section: z.string(), text: z.string() });
const diffSchema = z.object({
  added: z.array(placed),
  removed: z.array(placed),
  changed: z.array(z.object({ section: z.string(), before: z.string(), after: z.string() })),
});

/** A stored revision diff, or null when it is missing or unreadable. */
export function diffFromJson(json: string | null): SentenceDiff | null {
  if (json === null) return null;
  try {
    const parsed = diffSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
