// Text from articles and users is plain: before it goes into an embed, markdown is escaped and
// every mention form (@everyone, @here, <@id>, <@&id>, <#id>) is broken with a zero-width space.
const zeroWidthSpace = '\u200b';

/** Breaks @everyone, @here, user/role/channel mentions so Discord shows them as text, never as pings. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${zeroWidthSpace}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${zeroWidthSpace}$1$2>`);
}

/**
 * Escapes markdown (emphasis, code, spoilers, masked links, and headings, lists and quotes at a
 * line start) and neutralises mentions. Linear in the text (discord.js's escapeMarkdown is not).
 */
export function escapeText(text: string): string {
  const escaped = text
    .replace(/[\\*_~`|]/g, '\\$&')
    .replace(/\[([^\]\n]*)\]\(/g, '\\[$1\\](')
    .replace(/^([ \t]*)(>|#|-#|-|\+|\d+\.)(?=[ \t]|$)/gm, '$1\\$2');
  return neutraliseMentions(escaped);
}

/** For places Discord shows without markdown (titles, footers, labels): only mentions are neutralised. */
export function plainText(text: string): string {
  return neutraliseMentions(text);
}
