// Which few names to offer when what someone typed matches none: the closest by substring, then
// by edit distance, so an error reply lists a handful, never all 2,000.
import { distance } from 'fastest-levenshtein';

/** Most names an error reply suggests. */
export const maxSuggestions = 5;
/** Longest part of the input compared: edit distance costs the product of both lengths. */
const maxCompared = 64;

/** Up to `most` names closest to the input (containing it, contained in it, then fewest edits), in that order. */
export function closestNames(input: string, names: readonly string[], most = maxSuggestions): string[] {
  const typed = input.trim().toLowerCase().slice(0, maxCompared);
  const scored = names.map((name, order) => {
    const lower = name.toLowerCase().slice(0, maxCompared);
    const near = typed && (lower.includes(typed) || typed.includes(lower));
    return { name, order, score: near ? -1 : distance(typed, lower) };
  });
  return scored
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, most)
    .map((s) => s.name);
}

/**
 * One line naming the names: all of them, in order, when there are few; else the closest few and
 * `and N more (${whereAll} lists them all)`. A caller that already ranked them passes `closest`.
 */
export function suggestionLine(
  label: string,
  input: string,
  names: readonly string[],
  whereAll: string,
  separator = ', ',
  closest?: readonly string[],
): string {
  const shown = names.length <= maxSuggestions ? names : (closest ?? closestNames(input, names));
  const rest = names.length - shown.length;
  const more = rest > 0 ? ` and ${rest} more (${whereAll} lists them all)` : '';
  return `${label}: ${shown.join(separator)}${more}.`;
}
