// Slack rejects a text over its limit instead of cutting it, so long texts are split into pieces
// that each fit, preferring line breaks, then sentence ends, then spaces; nothing is dropped.

const sentenceEnd = /[.!?…]["'”’)\]]*\s+/g;

/**
 * Splits already-escaped mrkdwn into pieces of at most `max` characters whose concatenation (with
 * the separators trimmed) is the whole text. Never cuts inside an `&amp;`-style entity or a surrogate pair.
 */
export function chunkText(text: string, max: number): string[] {
  if (max < 16) throw new RangeError(`chunkText: max ${max} is too small`);
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
    const end = (match.index ?? 0) + match[0].length;
    if (end <= max) sentence = end;
  }
  if (sentence >= minimum) return sentence;
  const space = window.lastIndexOf(' ');
  if (space >= minimum) return space + 1;
  return safeHardCut(text, max);
}

/** A cut at or before `max` that splits neither an HTML entity nor a UTF-16 surrogate pair. */
function safeHardCut(text: string, max: number): number {
  let cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (
    amp >= 0 &&
    amp > cut - 6 &&
    /^&(?:amp|lt|gt);/.test(text.slice(amp)) &&
    text.indexOf(';', amp) >= cut
  ) {
    cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
