// From headline, metadata and headed blocks of paragraphs to a validated Article: sentence
// splitting, section ids, pinned summaries. Both content readers and scripts/eval end here.
import { type Article, articleSchema, type Section } from '../core/article.ts';
import { normaliseSpace, splitSentences } from '../core/text/sentences.ts';
import { ContentError } from './content-error.ts';

/** One run of paragraphs under a heading; heading null for the lead (text before any heading). */
export interface ContentBlock {
  /** Heading as written, or null for the lead. */
  heading: string | null;
  /** Paragraph texts in order. */
  paragraphs: string[];
}

/** Everything about an article except its sections; only slug and title are required. */
export interface ArticleMeta {
  /** URL-safe id. */
  slug: string;
  /** Headline. */
  title: string;
  /** Standfirst. */
  dek?: string | null;
  /** Place the story was filed from. */
  dateline?: string | null;
  /** Publication date, YYYY-MM-DD. */
  published?: string | null;
  /** Publisher. */
  source?: string | null;
  /** Canonical link. */
  url?: string | null;
  /** Free-form tags. */
  tags?: string[];
  /** Editor-pinned summary of the whole article. */
  pinnedSummary?: string[];
  /** Editor-pinned summaries keyed by section heading, id or 1-based number. */
  sectionSummaries?: Record<string, string[]>;
  /** File name used in error messages. */
  file?: string;
}

const maxIdLength = 40;

/** Builds and validates an Article; throws ContentError saying what is wrong and what to do. */
export function buildArticle(meta: ArticleMeta, blocks: ContentBlock[]): Article {
  const file = meta.file ?? meta.slug;
  const merged = mergeBlocks(blocks);
  if (merged.length === 0) {
    throw new ContentError(file, 'the article has no paragraphs; add the story text under the headline');
  }
  const ids = new Set<string>();
  let sentenceIndex = 0;
  let paragraphIndex = 0;
  const sections: Section[] = merged.map((block, n) => {
    const id = uniqueId(block.heading === null ? 'lead' : toSectionId(block.heading, n + 1), ids);
    const sentences: Section['sentences'] = [];
    for (const paragraph of block.paragraphs) {
      for (const text of splitSentences(paragraph))
        sentences.push({ text, index: sentenceIndex++, paragraph: paragraphIndex });
      paragraphIndex++;
    }
    return { id, heading: block.heading ?? 'Lead', paragraphs: block.paragraphs, sentences };
  });
  applySectionSummaries(file, sections, meta.sectionSummaries ?? {});
  const candidate = {
    slug: meta.slug,
    title: normaliseSpace(meta.title),
    dek: meta.dek ? normaliseSpace(meta.dek) : null,
    dateline: meta.dateline ?? null,
    published: meta.published ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    tags: meta.tags ?? [],
    sections,
    ...(meta.pinnedSummary ? { pinnedSummary: meta.pinnedSummary } : {}),
  };
  const parsed = articleSchema.safeParse(candidate);
  if (!parsed.success) {
    const faults = parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`);
    throw new ContentError(
      file,
      `the article is not valid (${faults.join('; ')}); fix the file and save it again`,
    );
  }
  return parsed.data;
}

/** Kebab-case id of a heading, at most 40 characters; `section-<n>` when nothing usable is left. */
export function toSectionId(heading: string, position: number): string {
  const kebab = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b((?:\p{L}\.){2,})/gu, (initialism) => initialism.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!kebab) return `section-${position}`;
  return fitId(kebab, maxIdLength);
}

/** Cuts a kebab-case id to `limit` characters, at a dash when one is not too far back. */
function fitId(id: string, limit: number): string {
  if (id.length <= limit) return id;
  const cut = id.slice(0, limit + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > limit / 3 ? cut.slice(0, atWord) : cut.slice(0, limit)).replace(/-+$/, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    const suffix = `-${n}`;
    id = `${fitId(base, maxIdLength - suffix.length)}${suffix}`;
  }
  taken.add(id);
  return id;
}

/** Drops empty paragraphs and empty sections; a headingless block after the first continues the one before. */
function mergeBlocks(blocks: ContentBlock[]): { heading: string | null; paragraphs: string[] }[] {
  const out: { heading: string | null; paragraphs: string[] }[] = [];
  for (const block of blocks) {
    const paragraphs = block.paragraphs.map(normaliseSpace).filter((p) => splitSentences(p).length > 0);
    if (paragraphs.length === 0) continue;
    const heading = block.heading === null ? null : normaliseSpace(block.heading) || null;
    const last = out[out.length - 1];
    if (heading === null && last) for (const p of paragraphs) last.paragraphs.push(p);
    else out.push({ heading, paragraphs });
  }
  return out;
}

function applySectionSummaries(file: string, sections: Section[], pinned: Record<string, string[]>): void {
  for (const [key, summary] of Object.entries(pinned)) {
    const wanted = normaliseSpace(key).toLowerCase();
    const section =
      sections.find((s) => s.id === wanted || s.heading.toLowerCase() === wanted) ??
      (/^\d+$/.test(wanted) ? sections[Number(wanted) - 1] : undefined);
    if (!section) {
      const known = sections.map((s) => s.id).join(', ');
      throw new ContentError(
        file,
        `section_summaries names '${key}', which is not a section; use a heading or one of these ids: ${known}`,
      );
    }
    section.pinnedSummary = summary.map(normaliseSpace);
  }
}
