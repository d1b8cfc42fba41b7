// What the bot may repeat of what someone typed: a short, single-line excerpt without control
// characters, so a mistyped megabyte never comes back as a megabyte.
import { clipText, ellipsis } from './clip.ts';

/** Most characters of user input an error reply repeats. */
export const maxExcerpt = 60;

/** Control and format characters (C0, C1, zero-width, bidi overrides) and line separators: never echoed. */
const unprintable = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** A short excerpt of user input: control characters dropped, whitespace collapsed, clipped with '…'. */
export function excerptOf(input: string, max = maxExcerpt): string {
  // Only a prefix is cleaned, so a huge input costs no more than a short one.
  const truncated = input.length > 4 * max;
  const clean = (truncated ? input.slice(0, 4 * max) : input)
    .replace(unprintable, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!truncated) return clipText(clean, max);
  const shown = clipText(clean, max - ellipsis.length);
  return shown.endsWith(ellipsis) ? shown : `${shown}${ellipsis}`;
}
