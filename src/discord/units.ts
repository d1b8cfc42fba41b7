// Turns the blocks of a Reply into small units the packer can place: description lines
// (escaped markdown, each short enough for any embed) and embed fields, in reply order.
import type { ReplyBlock } from '../core/reply.ts';
import { clipText } from '../core/text/clip.ts';
import { isWebUrl } from '../core/text/safe-url.ts';
import { escapeText } from './escape.ts';
import { splitToFit } from './pieces.ts';

/** Longest description unit: leaves room in a 4096 description and a 6000 message for a title. */
export const maxUnitLength = 3800;
const maxFieldValue = 1024;
const maxFieldName = 256;

/** How a text unit joins the one before it in the same description. */
export type Separator = '\n\n' | '\n' | ' ';

/** One placeable piece of a rendered reply. */
export type Unit =
  | {
      kind: 'text';
      /** Escaped markdown, at most maxUnitLength characters. */
      text: string;
      /** What joins it to the unit before it in the same description. */
      separator: Separator;
      /** Keep in the same embed as the next unit (headings). */
      keepWithNext?: boolean;
    }
  | { kind: 'field'; name: string; value: string }
  | { kind: 'break' };

type TextUnit = Extract<Unit, { kind: 'text' }>;

/** Pieces of one paragraph: the first gets `before` and `separator`, later pieces continue it. */
export function paragraph(plain: string, separator: Separator, before = ''): TextUnit[] {
  return splitToFit(plain, maxUnitLength - before.length, escapeText).map((text, i) => ({
    kind: 'text',
    text: `${i === 0 ? before : ''}${text}`,
    separator: i === 0 ? separator : ' ',
  }));
}

/** Escapes every bracket escapeText left unescaped, so a link label cannot end early. */
function escapeBrackets(escaped: string): string {
  let out = '';
  let backslashes = 0;
  for (const c of escaped) {
    if ((c === '[' || c === ']') && backslashes % 2 === 0) out += '\\';
    out += c;
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/** A bold line kept with what follows it; a masked link when it has a web URL and fits one piece. */
export function heading(plain: string, url?: string): TextUnit[] {
  const target = url && isWebUrl(url) ? url.replace(/[ <>]/g, (c) => encodeURIComponent(c)) : null;
  if (target) {
    const linked = `**[${escapeBrackets(escapeText(plain))}](<${target}>)**`;
    if (linked.length <= maxUnitLength)
      return [{ kind: 'text', text: linked, separator: '\n\n', keepWithNext: true }];
  }
  return splitToFit(plain, maxUnitLength - 4, escapeText).map((text, i) => ({
    kind: 'text',
    text: `**${text}**`,
    separator: i === 0 ? '\n\n' : ' ',
    keepWithNext: true,
  }));
}

function quoteUnits(block: Extract<ReplyBlock, { kind: 'quote' }>): TextUnit[] {
  const lines = splitToFit(`“${block.text}”`, maxUnitLength - 2, escapeText).map(
    (text, i): TextUnit => ({ kind: 'text', text: `> ${text}`, separator: i === 0 ? '\n\n' : '\n' }),
  );
  const who = [block.speaker ?? 'Unattributed', block.section].filter(Boolean).join(', ');
  return [...lines, ...paragraph(who, '\n', '> — ')];
}

function fieldUnits(field: { name: string; value: string }): Unit[] {
  const name = escapeText(field.name.trim()) || '\u200b';
  if (name.length > maxFieldName) {
    return [...heading(field.name), ...paragraph(field.value, '\n')];
  }
  const values = field.value.trim() ? splitToFit(field.value, maxFieldValue, escapeText) : ['—'];
  return values.map((value, i) => ({
    kind: 'field' as const,
    name: i === 0 ? name : clipText(`${name} (continued)`, maxFieldName),
    value,
  }));
}

function unitsOf(block: ReplyBlock): Unit[] {
  switch (block.kind) {
    case 'text':
      return block.text.trim() ? paragraph(block.text, '\n\n') : [];
    case 'heading':
      return heading(block.text, block.url);
    case 'bullets':
      return block.items.flatMap((item, i) => paragraph(item, i === 0 ? '\n\n' : '\n', '• '));
    case 'quote':
      return quoteUnits(block);
    case 'fields':
      return block.fields.flatMap(fieldUnits);
    case 'divider':
      return [{ kind: 'break' }];
  }
}

/** The units of a reply body, in order; a unit right after a heading starts on the next line. */
export function blockUnits(blocks: ReplyBlock[]): Unit[] {
  const units = blocks.flatMap(unitsOf);
  return units.map((unit, i) => {
    const before = units[i - 1];
    const afterHeading =
      before?.kind === 'text' && before.keepWithNext && unit.kind === 'text' && unit.separator === '\n\n';
    return afterHeading ? { ...unit, separator: '\n' } : unit;
  });
}
