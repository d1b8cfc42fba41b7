// Markdown articles: `# headline`, an optional standfirst (an italic paragraph or a `>` quote right
// under the headline), `##` section headings and paragraphs, inline marks stripped to prose.
import type { ContentBlock } from './build.ts';
import { isHeadingLike, isPromoLine } from './line-kinds.ts';
import { isWhollyEmphasised, stripInline } from './markdown-inline.ts';
import type { KnownHeader, ReadArticle } from './plain-text.ts';

type Item = { kind: 'heading'; level: number; text: string } | { kind: 'para'; raw: string; quoted: boolean };

// Every pattern here runs once per line, anchored, with no two overlapping repetitions: linear in
// the line (the ATX heading, link definitions and comments are scanned by hand for that reason).
const atxOpen = /^ {0,3}(#{1,6})/;
const lineBreak = /[\n\r\u2028\u2029]/;
const fence = /^ {0,3}(```|~~~)/;
const rule = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const listItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const linkDefinition = /^\[[^\]]+\]:\s+\S[^\n\r\u2028\u2029]*$/;
const tableRow = /^\|[^\n\r\u2028\u2029]*\|$/;

/** Reads a Markdown article body (front matter already removed). */
export function readMarkdown(body: string, known: KnownHeader = {}): ReadArticle {
  const items = toItems(withoutComments(body));
  let title: string | null = null;
  let titleAt = -1;
  let dek: string | null = null;
  const blocks: ContentBlock[] = [{ heading: null, paragraphs: [] }];
  items.forEach((item, at) => {
    if (item.kind === 'heading') {
      if (item.level === 1 && title === null && blocks.length === 1) {
        title = item.text;
        titleAt = at;
      } else blocks.push({ heading: item.text, paragraphs: [] });
      return;
    }
    const text = stripInline(item.raw);
    if (!text || isPromoLine(text)) return;
    const opening = at === titleAt + 1 && blocks.length === 1 && blocks[0]?.paragraphs.length === 0;
    if (opening && (item.quoted || isWhollyEmphasised(item.raw) || same(text, known.dek))) dek = text;
    else if (isWhollyEmphasised(item.raw, true) && isHeadingLike(text))
      blocks.push({ heading: text, paragraphs: [] });
    else blocks[blocks.length - 1]?.paragraphs.push(text);
  });
  return { title, dek, blocks };
}

function same(a: string, b: string | undefined): boolean {
  return (
    b !== undefined && a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase()
  );
}

/** `text` without HTML comments (`<!-- ... -->`); an unclosed one is kept as text. */
function withoutComments(text: string): string {
  const kept: string[] = [];
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    kept.push(text.slice(from, open));
    from = close + 3;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

/** A line skipped as markup, not prose: a link definition (`[id]: url`) or a table row (`| a | b |`). */
function isSkipped(line: string): boolean {
  const s = line.trim();
  return linkDefinition.test(s) || tableRow.test(s);
}

/** An ATX heading (`## Text ##`): its level and raw text ('' when empty), or null for another line. */
function readAtx(line: string): { level: number; raw: string } | null {
  const open = atxOpen.exec(line);
  if (!open?.[1]) return null;
  const rest = line.slice(open[0].length);
  let end = rest.trimEnd().length;
  while (end > 0 && rest[end - 1] === '#') end--;
  const raw = rest.slice(0, end).trim();
  if (!raw) return { level: open[1].length, raw: '' };
  if (!/^\s/.test(rest) || lineBreak.test(raw)) return null;
  return { level: open[1].length, raw };
}

/** Block structure: headings (ATX and setext) and paragraphs; code, rules, tables and link definitions dropped. */
function toItems(body: string): Item[] {
  const items: Item[] = [];
  let para: string[] = [];
  let quoted = false;
  let inFence = false;
  const flush = (): void => {
    if (para.length > 0) items.push({ kind: 'para', raw: para.join(' '), quoted });
    para = [];
    quoted = false;
  };
  for (const line of body.split('\n')) {
    if (fence.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence || isSkipped(line)) continue;
    const heading = readAtx(line);
    if (heading) {
      flush();
      const text = stripInline(heading.raw);
      if (text) items.push({ kind: 'heading', level: heading.level, text });
    } else if (para.length > 0 && !quoted && /^ {0,3}(=+|-+)\s*$/.test(line)) {
      const text = stripInline(para.join(' '));
      para = [];
      if (text) items.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, text });
    } else if (!line.trim() || rule.test(line)) flush();
    else if (/^ {0,3}>/.test(line)) {
      if (!quoted) flush();
      quoted = true;
      para.push(line.replace(/^ {0,3}>\s?/, '').trim());
    } else if (listItem.test(line)) {
      flush();
      para.push(line.replace(listItem, '').trim());
    } else {
      if (quoted) flush();
      para.push(line.trim());
    }
  }
  flush();
  return items;
}
