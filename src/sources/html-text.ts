// HTML to plain text blocks: headings and paragraphs, nothing else. Scripts, styles, images
// (tracking pixels included), forms, embeds and every tag are dropped; links keep only their words.
// Feed item bodies and the article Readability extracts both come through here, so no markup or
// raw HTML ever reaches a story.
import { parseHTML } from 'linkedom';

/** One run of paragraphs under a heading (null: before any heading). */
export interface TextBlock {
  heading: string | null;
  paragraphs: string[];
}

/** Elements whose content is never story text. */
const skipped = new Set(
  'script style noscript template iframe object embed svg math img picture video audio canvas source track form button input select textarea label nav aside footer head title meta link figcaption'.split(
    ' ',
  ),
);
/** Elements that end a paragraph. */
const blockLevel = new Set(
  'address article blockquote dd details dialog div dl dt fieldset figure h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const sectionHeadings = new Set(['h1', 'h2', 'h3']);

/** Minimal node shape the walker reads (linkedom's and Readability's nodes both fit). */
export interface HtmlNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<HtmlNode>;
}

/** The text blocks of an HTML fragment or document. */
export function htmlToBlocks(html: string): TextBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToBlocks(document.documentElement as unknown as HtmlNode);
}

/** The plain text of an HTML fragment (a title, a summary), paragraphs joined by spaces. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapse(html);
  return htmlToBlocks(html)
    .flatMap((b) => (b.heading ? [b.heading, ...b.paragraphs] : b.paragraphs))
    .join(' ')
    .trim();
}

/** The text blocks under a DOM node. */
export function nodeToBlocks(root: HtmlNode): TextBlock[] {
  const blocks: TextBlock[] = [{ heading: null, paragraphs: [] }];
  let line: string[] = [];
  const flush = (): void => {
    const text = collapse(line.join(''));
    line = [];
    if (text) blocks[blocks.length - 1]?.paragraphs.push(text);
  };
  const walk = (node: HtmlNode): void => {
    if (node.nodeType === 3) {
      line.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (skipped.has(tag)) return;
    if (tag === 'br') {
      line.push('\n');
      return;
    }
    if (sectionHeadings.has(tag)) {
      flush();
      const heading = collapse(node.textContent ?? '');
      if (heading) blocks.push({ heading, paragraphs: [] });
      return;
    }
    const block = blockLevel.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as HtmlNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks
    .map((b) => ({ heading: b.heading, paragraphs: b.paragraphs.flatMap(splitBreaks) }))
    .filter((b, i) => i === 0 || b.paragraphs.length > 0 || b.heading);
}

/** A paragraph with `<br>` line breaks: two breaks in a row start a new paragraph. */
function splitBreaks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean);
}

function collapse(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/^\s+|\s+$/g, '')
    .replace(/(?<!\n)\n(?!\n)/g, ' ')
    .replace(/\n{2,}/g, '\n\n');
}
