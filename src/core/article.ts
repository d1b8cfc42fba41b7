// The article model every door serves: what parsing a content file yields, validated with zod,
// and what the core derives from it (summaries, quotes, speakers).
import { z } from 'zod';

/** One sentence of the article, verbatim, with its position. */
export const sentenceSchema = z.object({
  /** The sentence exactly as the article has it. */
  text: z.string().min(1),
  /** Position of the sentence in the whole article (0-based, article order). */
  index: z.number().int().nonnegative(),
  /** Position of its paragraph in the whole article (0-based). */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** One section: the lead (before the first heading) or a headed part of the story. */
export const sectionSchema = z.object({
  /** Stable id: 'lead' for the lead, else the kebab-case heading (unique within the article). */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** Heading as written; the lead's heading is 'Lead'. */
  heading: z.string().min(1),
  /** Paragraph texts in order. */
  paragraphs: z.array(z.string().min(1)).min(1),
  /** Sentences of the section in order. */
  sentences: z.array(sentenceSchema).min(1),
  /** A summary pinned by an editor; wins over the computed one. */
  pinnedSummary: z.array(z.string().min(1)).optional(),
});
export type Section = z.infer<typeof sectionSchema>;

/** A parsed, validated article. */
export const articleSchema = z.object({
  /** URL-safe id used to reach the article (`article:` option). */
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'slug must be lowercase letters, digits and dashes'),
  /** Headline. */
  title: z.string().min(1).max(300),
  /** Standfirst, if any. */
  dek: z.string().nullable(),
  /** Place the story was filed from ("Gyeongju"), if given. */
  dateline: z.string().nullable(),
  /** Publication date as YYYY-MM-DD, if known. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** Publisher name, if known. */
  source: z.string().nullable(),
  /** Canonical link, if known. */
  url: z.string().url().nullable(),
  /** Free-form tags. */
  tags: z.array(z.string()),
  /** Ordered sections; the lead first when the article has one. */
  sections: z.array(sectionSchema).min(1),
  /** A summary of the whole article pinned by an editor; wins over the computed one. */
  pinnedSummary: z.array(z.string().min(1)).optional(),
});
export type Article = z.infer<typeof articleSchema>;

/** A direct quotation and who said it. */
export interface Quote {
  /** The words inside the quote marks, without the marks. */
  text: string;
  /** Fullest name the article uses for the speaker, or null when nobody can be named. */
  speaker: string | null;
  /** How sure the attribution is, 0-1; absent means fully sure (quotes given by hand). Chat shows the speaker from SHOW_SPEAKER_FROM (quotes/confidence.ts). */
  confidence?: number;
  /** Id of the section the quote is in. */
  sectionId: string;
  /** Heading of the section the quote is in. */
  section: string;
}

/** A section with its computed (or pinned) summary. */
export interface SectionDigest {
  /** The parsed section. */
  section: Section;
  /** 1-2 sentences, verbatim from the section, in order (or the pinned summary). */
  summary: string[];
}

/** Everything the core derives from one article, computed once per file version. */
export interface AnalyzedArticle {
  /** The parsed article. */
  article: Article;
  /** 3-5 key points, verbatim sentences in article order (or the pinned summary). */
  keyPoints: string[];
  /** One digest per section, in order. */
  sections: SectionDigest[];
  /** Every direct quotation in article order. */
  quotes: Quote[];
  /** Distinct speakers in order of first quotation. */
  speakers: string[];
  /** Hash of the source file, to tell when an article changed. */
  version: string;
}
