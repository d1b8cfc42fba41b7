// The one way text is shortened for a label, a title or an echo: at a word boundary when one is
// near the end, never inside a surrogate pair, and always visibly, with '…'.

/** The mark a shortened text ends with. */
export const ellipsis = '…';

/** Shortens text to at most `max` characters (ending in '…'), at a space in its second half if any. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = text.slice(0, max - ellipsis.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}${ellipsis}`;
}
