// Markdown articles: `# headline`, an optional standfirst (an italic paragraph or a `>` quote right
// under the headline), `##` section headings and paragraphs, inline marks stripped to prose.
import type { ContentBlock } from './build.ts';
import { isHeadingLike, isPromoLine } from './line-kinds.ts';
import { isWhollyEmphasised, stripInline } from './markdown-inline.ts';
import type { KnownHeader, ReadArticle } from './plain-text.ts';

type Item = { kind: 'heading'; level: number; text: string } | { kind: 'para'; raw: string; quoted: boolean };

const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const fence = /^ {0,3}(```|~~~)/;
const rule = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const listItem = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const skipped = /^\s*(?:\[[^\]]+\]:\s+\S+.*|\|.*\|)\s*$/;

/** Reads a Markdown article body (front matter already removed). */
export function readMarkdown(body: string, known: KnownHeader = {}): ReadArticle {
  const items = toItems(body.replace(/<!--[\s\S]*?-->/g, ''));
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
    if (inFence || skipped.test(line)) continue;
    const heading = atx.exec(line);
    if (heading) {
      flush();
      const text = stripInline(heading[2] ?? '');
      if (text) items.push({ kind: 'heading', level: heading[1]?.length ?? 1, text });
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
