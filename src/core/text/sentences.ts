// Sentence splitting that knows abbreviations ("U.S.", "Mr.") are not sentence ends, built on the
// sbd library; every sentence returned is a verbatim substring of the (whitespace-normalised) paragraph.
import sbd from 'sbd';
import { isStopword } from './tokens.ts';

const options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
};

/** Collapses runs of whitespace to one space and trims: the form sentences are quoted from. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits one paragraph into sentences, in order, each verbatim from the normalised paragraph. */
export function splitSentences(paragraph: string): string[] {
  const text = normaliseSpace(paragraph);
  if (!text) return [];
  const pieces = sbd
    .sentences(text, options)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  let start = 0;
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return [text];
    // sbd can leave characters out between pieces ("a!b" gives "a", "b"): they join the sentence before.
    const gap = text.slice(from, at).trim();
    if (gap && out.length > 0) out[out.length - 1] = text.slice(start, at).trim();
    if (gap && out.length === 0) out.push(text.slice(from, at + piece.length).trim());
    else {
      out.push(piece);
      start = at;
    }
    from = at + piece.length;
  }
  if (out.length > 0 && text.slice(from).trim()) out[out.length - 1] = text.slice(start).trim();
  return repairBoundaries(out);
}

/**
 * Two repairs on sbd's output: a piece that is only closing quote marks or punctuation belongs to
 * the sentence before it, and an initialism ("U.S.") followed by a name ("President Donald Trump")
 * is not a sentence end; followed by a function word ("The", "He") it is.
 */
function repairBoundaries(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^[”’"')\]]+[.,!?]*$/.test(s)) out[out.length - 1] = prev + s;
    else if (prev !== undefined && /\b(?:[A-Z]\.){2,}$/.test(prev) && !startsWithFunctionWord(s)) {
      out[out.length - 1] = `${prev} ${s}`;
    } else out.push(s);
  }
  return out;
}

function startsWithFunctionWord(sentence: string): boolean {
  const first = /^[“"‘']?([\p{L}]+)/u.exec(sentence)?.[1]?.toLowerCase();
  return first === undefined || isStopword(first);
}
