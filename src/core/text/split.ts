// The one text splitter: long text into pieces that each fit a platform limit, preferring line
// breaks, then sentence ends, then spaces, and never cutting inside a surrogate pair, an HTML
// entity or a chat token (`<@U123>`, `<https://x|label>`); nothing is dropped.

/** A sentence end followed by space: where a piece may end when no line break is near. */
const sentenceEnd = /[.!?…]["'”’)\]]*\s+/g;
/** Tokens a cut must not fall inside: entities and `<...>` mentions or links. */
const tokenAt = /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);|<[^<>\s][^<>]*>/gi;
/** Longest token kept whole; a longer one is cut like any text. */
const maxToken = 200;

/**
 * Splits text into pieces of at most `max` characters whose concatenation (separators trimmed) is
 * the whole text. `max` must be at least 16.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 16) throw new RangeError(`splitText: max ${max} is too small`);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces;
}

/** Best place to cut `text` so the first part has at most `max` characters. */
function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const minimum = Math.floor(max / 3);
  const newline = window.lastIndexOf('\n');
  if (newline >= minimum) return newline + 1;
  let sentence = -1;
  for (const match of window.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (end <= max) sentence = end;
  }
  if (sentence >= minimum) return sentence;
  const space = window.lastIndexOf(' ');
  if (space >= minimum) return space + 1;
  return safeCut(text, max);
}

/** A cut at or before `max` that splits no surrogate pair, entity or short chat token (at least 1). */
export function safeCut(text: string, max: number): number {
  let cut = Math.min(max, text.length);
  const window = text.slice(Math.max(0, cut - maxToken), cut + maxToken);
  const offset = Math.max(0, cut - maxToken);
  for (const m of window.matchAll(tokenAt)) {
    const start = offset + m.index;
    const end = start + m[0].length;
    if (start < cut && end > cut && start > 0) cut = start;
  }
  const code = text.charCodeAt(cut - 1);
  if (cut > 1 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
