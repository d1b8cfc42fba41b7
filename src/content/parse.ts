// One content file to one validated Article: refuse binary text and strip control characters,
// then front matter, the plain-text or Markdown reader by file extension, dateline, slug and date
// defaults, then buildArticle.
import type { Article } from '../core/article.ts';
import { errorMessage } from '../error-message.ts';
import { buildArticle, type ContentBlock } from './build.ts';
import { ContentError } from './content-error.ts';
import { extractDateline } from './dateline.ts';
import { isRealDate, splitFrontMatter } from './front-matter.ts';
import { readMarkdown } from './markdown.ts';
import { readPlainText } from './plain-text.ts';
import { binaryReason, stripControlCharacters } from './text-check.ts';

export { type ArticleMeta, buildArticle, type ContentBlock, toSectionId } from './build.ts';
export { ContentError } from './content-error.ts';

/** File extensions the library reads, and the reader for each. */
export const contentExtensions = ['.txt', '.md', '.markdown'] as const;

/** A parsed article and what was dropped from its file (the article is served without it). */
export interface ReadArticle {
  /** The validated article. */
  article: Article;
  /** Problems that did not stop the article, each naming what was dropped and why. */
  warnings: string[];
}

/** Parses one content file; throws ContentError naming the file, what is wrong and what to do. */
export function parseArticle(source: string, fileName: string): Article {
  return readArticle(source, fileName).article;
}

/** Parses one content file and says what was dropped from it; throws ContentError like parseArticle. */
export function readArticle(raw: string, fileName: string): ReadArticle {
  const file = baseName(fileName);
  const binary = binaryReason(raw);
  if (binary) throw new ContentError(file, binary);
  const source = stripControlCharacters(raw);
  if (!source.trim()) {
    throw new ContentError(
      file,
      'the file is empty; put the headline on the first line and the story below it',
    );
  }
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(source);
  } catch (err) {
    throw new ContentError(file, errorMessage(err));
  }
  const fm = split.data ?? {};
  const known = { title: fm.title, dek: fm.dek };
  const read = isMarkdown(file) ? readMarkdown(split.body, known) : readPlainText(split.body, known);
  const title = fm.title ?? read.title;
  if (!title) {
    throw new ContentError(
      file,
      'no headline found; start the text with the headline or add `title:` to front matter',
    );
  }
  const found = liftDateline(read.blocks);
  const slug = fm.slug ?? slugFromFileName(file);
  if (!slug) {
    throw new ContentError(
      file,
      'the file name gives no usable slug; rename the file or add `slug:` to front matter',
    );
  }
  const article = buildArticle(
    {
      file,
      slug,
      title,
      dek: fm.dek ?? read.dek,
      dateline: fm.dateline ?? found?.place ?? null,
      published: fm.published ?? dateFromFileName(file),
      source: fm.source ?? found?.agency ?? null,
      url: fm.url ?? null,
      tags: fm.tags ?? [],
      pinnedSummary: fm.summary,
      sectionSummaries: fm.sectionSummaries,
    },
    read.blocks,
  );
  return { article, warnings: split.warnings.map((w) => `${file}: ${w}`) };
}

/** Removes a dateline from the article's first paragraph (in place) and returns it. */
function liftDateline(blocks: ContentBlock[]): { place: string; agency: string | null } | null {
  const block = blocks.find((b) => b.paragraphs.some((p) => p.trim()));
  const at = block?.paragraphs.findIndex((p) => p.trim()) ?? -1;
  const first = block?.paragraphs[at];
  if (!block || first === undefined) return null;
  const found = extractDateline(first.trim());
  if (!found) return null;
  block.paragraphs[at] = found.rest;
  return found;
}

/** Kebab-case slug from a file name, without extension or a leading date ("2025-11-01-"). */
export function slugFromFileName(fileName: string): string {
  const kebab = baseName(fileName)
    .replace(/\.[^.]+$/, '')
    .replace(/^\d{4}-\d{2}-\d{2}[-_ ]+(?=.)/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return kebab.slice(0, 60).replace(/-+$/, '');
}

/** A real YYYY-MM-DD date found in the file name, else null. */
export function dateFromFileName(fileName: string): string | null {
  const m = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/.exec(baseName(fileName));
  return m?.[1] && isRealDate(m[1]) ? m[1] : null;
}

function isMarkdown(file: string): boolean {
  return /\.(?:md|markdown)$/i.test(file);
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
