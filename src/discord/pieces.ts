// Splits long text into pieces that fit a Discord limit: at sentence ends first, then at word
// boundaries. A sentence that must be cut says so: the piece ends with '…' and the next starts with '…'.
import { splitSentences } from '../core/text/sentences.ts';
import { safeCut } from '../core/text/split.ts';

/** The marker shown where a sentence continues in the next piece. */
export const cutMarker = '…';

/**
 * Splits `text` (plain) into pieces whose rendered length (after `render`, e.g. escaping) is at
 * most `max`. Whole sentences are kept together whenever a sentence fits on its own.
 */
export function splitToFit(
  text: string,
  max: number,
  render: (plain: string) => string = (s) => s,
): string[] {
  if (render(text).length <= max) return [render(text)];
  const sentences = splitSentences(text);
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    const joined = current ? `${current} ${render(sentence)}` : render(sentence);
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current) pieces.push(current);
    current = '';
    if (render(sentence).length <= max) current = render(sentence);
    else for (const piece of cutSentence(sentence, max, render)) pieces.push(piece);
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Cuts one over-long sentence at word boundaries, marking every cut on both sides. Rendering is
 * per character (escapes, zero-width spaces), so a piece's length is the sum of its words'.
 */
function cutSentence(sentence: string, max: number, render: (plain: string) => string): string[] {
  const room = max - 2 * cutMarker.length;
  const pieces: string[] = [];
  let current = '';
  for (const word of sentence.split(' ').flatMap((w) => splitWord(w, room, render))) {
    const rendered = render(word);
    if (!current) current = rendered;
    else if (current.length + 1 + rendered.length <= room) current = `${current} ${rendered}`;
    else {
      pieces.push(current);
      current = rendered;
    }
  }
  if (current) pieces.push(current);
  return pieces.map((p, i) => `${i === 0 ? '' : cutMarker}${p}${i === pieces.length - 1 ? '' : cutMarker}`);
}

/** A single word longer than `room` (a URL, a run of symbols) is cut into parts that fit. */
function splitWord(word: string, room: number, render: (plain: string) => string): string[] {
  if (render(word).length <= room) return [word];
  const parts: string[] = [];
  let rest = word;
  while (render(rest).length > room) {
    let take = safeCut(rest, room);
    while (take > 1 && render(rest.slice(0, take)).length > room)
      take = safeCut(rest, take - Math.max(1, Math.floor(take / 20)));
    parts.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  if (rest) parts.push(rest);
  return parts;
}
