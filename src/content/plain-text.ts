// Plain text as the newsroom delivers it: an optional standfirst line, the headline, then
// paragraphs (one per line, or blank-line separated and maybe hard-wrapped) and short heading lines.
import { normaliseSpace } from '../core/text/sentences.ts';
import type { ContentBlock } from './build.ts';
import { extractDateline } from './dateline.ts';
import { endsSentence, isHeadingLike, isPromoLine, isTitleLike, wordCount } from './line-kinds.ts';

/** What the text itself says; front matter may fill or override title and dek. */
export interface ReadArticle {
  /** Headline found in the text, or null. */
  title: string | null;
  /** Standfirst found in the text, or null. */
  dek: string | null;
  /** Sections in order; the lead has heading null. */
  blocks: ContentBlock[];
}

/** Title and dek already known from front matter, so the reader can recognise (and skip) them. */
export interface KnownHeader {
  /** Headline from front matter. */
  title?: string;
  /** Standfirst from front matter. */
  dek?: string;
}

/** Reads a plain-text article body (front matter already removed). */
export function readPlainText(body: string, known: KnownHeader = {}): ReadArticle {
  const lines = body.split('\n').map((l) => l.trim());
  const content = lines.map((l, i) => ({ text: l, i })).filter((l) => l.text && !isPromoLine(l.text));
  const header = readHeader(
    content.map((l) => l.text),
    known,
  );
  const firstBody = content[header.consumed]?.i ?? lines.length;
  const bodyLines = lines.slice(firstBody).map((l) => (l && isPromoLine(l) ? null : l));
  return { title: header.title, dek: header.dek, blocks: readBlocks(bodyLines) };
}

function same(a: string | undefined, b: string | undefined): boolean {
  return (
    a !== undefined && b !== undefined && normaliseSpace(a).toLowerCase() === normaliseSpace(b).toLowerCase()
  );
}

/**
 * Which leading lines are headline and standfirst. A headline never ends in a full stop and a
 * standfirst does: so "sentence. / Title" is dek then headline. A single-sentence line between the
 * headline and a paragraph that opens with a dateline is a standfirst too.
 */
function readHeader(
  first: string[],
  known: KnownHeader,
): { title: string | null; dek: string | null; consumed: number } {
  const [l1, l2, l3] = first;
  if (l1 === undefined) return { title: null, dek: null, consumed: 0 };
  if (known.title) {
    if (same(l1, known.title)) {
      return same(l2, known.dek)
        ? { title: l1, dek: l2 ?? null, consumed: 2 }
        : { title: l1, dek: null, consumed: 1 };
    }
    if (same(l2, known.title)) return { title: l2 ?? null, dek: l1, consumed: 2 };
    return { title: null, dek: null, consumed: 0 };
  }
  if (same(l1, known.dek) && l2 !== undefined && isTitleLike(l2)) return { title: l2, dek: l1, consumed: 2 };
  const dekFirst = /\.["”’)]*$/.test(l1) && l2 !== undefined && isTitleLike(l2);
  if (dekFirst && wordCount(l1) <= 80) return { title: l2, dek: l1, consumed: 2 };
  const dekSecond =
    isTitleLike(l1) && l2 !== undefined && l3 !== undefined && endsSentence(l2) && wordCount(l2) <= 60;
  if (dekSecond && !extractDateline(l2) && extractDateline(l3)) return { title: l1, dek: l2, consumed: 2 };
  return { title: l1, dek: null, consumed: 1 };
}

/**
 * Groups body lines (null = dropped promotional line) into headed blocks. Without blank lines
 * every line is a paragraph or a heading; with blank lines a block's lines join into paragraphs
 * when the block is hard-wrapped, and a heading must open its block. A heading with no text
 * after it (a trailing credit or caption) makes an empty block, which buildArticle drops.
 */
function readBlocks(lines: (string | null)[]): ContentBlock[] {
  const first = lines.findIndex(Boolean);
  const last = lines.length - 1 - [...lines].reverse().findIndex(Boolean);
  const wrappedFile = lines.some((l, i) => l === '' && i > first && i < last);
  const blocks: ContentBlock[] = [{ heading: null, paragraphs: [] }];
  const current = (): ContentBlock => blocks[blocks.length - 1] as ContentBlock;
  for (const group of splitGroups(lines)) {
    const wrapped = wrappedFile && isHardWrapped(group);
    let buffer: string | null = null;
    const flush = (): void => {
      if (buffer !== null) current().paragraphs.push(buffer);
      buffer = null;
    };
    group.forEach((line, at) => {
      if (line === null) flush();
      else if ((!wrappedFile || at === 0) && isHeadingLike(line)) {
        flush();
        blocks.push({ heading: line, paragraphs: [] });
      } else if (buffer !== null && (wrapped || !endsSentence(buffer))) buffer = `${buffer} ${line}`;
      else {
        flush();
        buffer = line;
      }
    });
    flush();
  }
  return blocks;
}

/** Splits lines at blank lines; dropped lines (null) stay inside their group. */
function splitGroups(lines: (string | null)[]): (string | null)[][] {
  const groups: (string | null)[][] = [[]];
  for (const line of lines) {
    if (line === '') groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  return groups.filter((g) => g.some((l) => l !== null));
}

/** A block whose lines (all but the last) are no longer than a typical wrap width, and that breaks mid-sentence. */
function isHardWrapped(group: (string | null)[]): boolean {
  const lines = group.filter((l): l is string => l !== null);
  if (lines.length < 2) return false;
  return lines.slice(0, -1).every((l) => l.length <= 100) && lines.slice(0, -1).some((l) => !endsSentence(l));
}
