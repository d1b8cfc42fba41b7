// The narrative between quotes cut into sentence pieces, with their offsets, including the sentence
// a lowercase attribution runs into (`, said Ann Lee. Tom Park was less happy:`).
import { splitSentences } from '../text/sentences.ts';
import type { QuoteSpan } from './marks.ts';

/** A piece of narrative and where it starts in the paragraph. */
export interface Piece {
  text: string;
  offset: number;
}

/** Closing punctuation of a sentence, marks and brackets after it allowed. */
export const sentenceEnd = /[.!?…]["'”’)\]]*$/u;

/** True when the narrative after a quote carries on the quote's sentence (`," he said.`). */
export function continuesSentence(span: QuoteSpan, narrative: string): boolean {
  if (!span.closed || narrative.trim() === '') return false;
  return !sentenceEnd.test(span.text) || /^\s*\p{Ll}/u.test(narrative);
}

/** The sentence pieces of `narrative`, each with its offset counted from `offset`. */
export function splitPieces(narrative: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const sentence of splitSentences(narrative)) {
    const at = narrative.indexOf(sentence, from);
    if (at < 0) continue;
    for (const part of splitAfterAttribution(sentence))
      out.push({ text: part.text, offset: offset + at + part.at });
    from = at + sentence.length;
  }
  return out;
}

/**
 * `, said Ann Lee. Tom Park was less happy:`: narrative after a closing mark opens in lowercase, and the
 * sentence splitter then runs on past the full stop; a word of two letters or more (not an abbreviation)
 * ending in a full stop before a capital ends the sentence.
 */
function splitAfterAttribution(sentence: string): { text: string; at: number }[] {
  if (!/^[\s,;:\-–—]*\p{Ll}/u.test(sentence)) return [{ text: sentence, at: 0 }];
  const parts: { text: string; at: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/(\p{L}{2,})[.!?]\s+(?=\p{Lu})/gu)) {
    if (abbreviated.test(m[1] ?? '')) continue;
    const end = m.index + m[0].length;
    parts.push({ text: sentence.slice(start, end).trim(), at: start });
    start = end;
  }
  parts.push({ text: sentence.slice(start).trim(), at: start });
  return parts.filter((p) => p.text !== '');
}

const abbreviated =
  /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Maj|Brig|Prof|Rev|Fr|No|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)$/;
