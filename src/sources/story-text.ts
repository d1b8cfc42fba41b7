// A story read from a feed or a page written as the article text the content parser reads:
// YAML front matter (title, dek, published, source, url, tags, byline) and a Markdown body of
// `##` section headings and paragraphs, escaped so the story's own characters stay prose.
import { stringify } from 'yaml';
import type { TextBlock } from './html-text.ts';

/** What a story says about itself, besides its text. */
export interface StoryFields {
  title: string;
  dek?: string | null;
  /** ISO 8601; the front matter keeps its date. */
  published?: string | null;
  /** Publisher or feed name. */
  source?: string | null;
  url?: string | null;
  tags?: string[];
  /** Who wrote it (kept in the front matter; the parser does not use it yet). */
  byline?: string | null;
}

/** The article text for `fields` and `blocks`. */
export function toStoryText(fields: StoryFields, blocks: TextBlock[]): string {
  const front: Record<string, unknown> = { title: oneLine(fields.title) };
  if (fields.dek) front.dek = oneLine(fields.dek);
  if (fields.published) front.published = fields.published.slice(0, 10);
  if (fields.source) front.source = oneLine(fields.source);
  if (fields.url) front.url = fields.url;
  const tags = [...new Set((fields.tags ?? []).map(oneLine).filter(Boolean))].slice(0, 20);
  if (tags.length > 0) front.tags = tags;
  if (fields.byline) front.byline = oneLine(fields.byline);
  const body: string[] = [];
  for (const block of blocks) {
    if (block.heading) body.push(`## ${escapeInline(oneLine(block.heading))}`, '');
    for (const p of block.paragraphs) body.push(escapeParagraph(oneLine(p)), '');
  }
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${body.join('\n')}`;
}

/** Words in a block, to tell a teaser from a full story. */
export function wordsIn(blocks: TextBlock[]): number {
  let words = 0;
  for (const b of blocks) for (const p of b.paragraphs) words += p.split(/\s+/).filter(Boolean).length;
  return words;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Inline Markdown marks, `<` and `&` written so the parser reads them as the characters they are. */
function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** A paragraph that cannot start a heading, quote, list, table, rule or code fence. */
function escapeParagraph(text: string): string {
  const inline = escapeInline(text);
  if (/^[#>+\-|]/.test(inline)) return `\\${inline}`;
  return inline.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
