// Which sentences each quote stands in, found by walking a section's text once (quotes and sentences
// are both in article order) rather than by testing every quote against every sentence.
import type { Quote, Section } from '../article.ts';
import { normaliseSpace } from '../text/sentences.ts';

/** Longest edge of a quote looked for when the quote as a whole is not found (its opening and close). */
const edge = 40;

/** Sentence index -> distinct speakers quoted in it (in quote order), for one section's attributed quotes. */
export function speakersBySentence(section: Section, quotes: Quote[]): Map<number, string[]> {
  const texts = section.sentences.map((s) => normaliseSpace(s.text));
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const joined = texts.join(' ');
  const found = new Map<number, string[]>();
  let cursor = 0;
  for (const quote of quotes) {
    if (!quote.speaker) continue;
    const text = normaliseSpace(quote.text);
    const span = locate(joined, text, cursor) ?? (cursor > 0 ? locate(joined, text, 0) : null);
    if (!span) continue;
    cursor = span.start;
    for (let k = sentenceAt(starts, span.start); k < starts.length && (starts[k] as number) < span.end; k++) {
      const index = section.sentences[k]?.index as number;
      const speakers = found.get(index) ?? [];
      if (!speakers.includes(quote.speaker)) speakers.push(quote.speaker);
      found.set(index, speakers);
    }
  }
  return found;
}

/** Where a quote stands in the text from `from` on: whole, else from its opening to its close. */
function locate(text: string, quote: string, from: number): { start: number; end: number } | null {
  if (!quote) return null;
  const whole = text.indexOf(quote, from);
  if (whole >= 0) return { start: whole, end: whole + quote.length };
  if (quote.length <= edge) return null;
  const start = text.indexOf(quote.slice(0, edge), from);
  const close = text.indexOf(quote.slice(-edge), start >= 0 ? start : from);
  if (start >= 0) return { start, end: close >= 0 ? close + edge : start + edge };
  return close >= 0 ? { start: close, end: close + edge } : null;
}

/** Index of the sentence whose text holds offset `at` (binary search over sentence starts). */
function sentenceAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
