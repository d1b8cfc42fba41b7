// What a line of newsroom copy is: a promotional or credit line to drop, a heading, a headline or
// a sentence. Shared by the plain-text and Markdown readers so both apply the same judgement.

const promo =
  /^(?:must[- ]reads?|read more|read also|also read|more to read|related(?: stories| articles| coverage| news| reading)?|see also|recommended(?: reading)?|don[’']?t miss|trending(?: now)?|editor[’']?s picks?|advertisement|sponsored)\b\s*(?:[:：|»>–—-]|$)/i;
const subscribe = /^(?:subscribe|sign up|follow us|click here|download (?:our|the) app)\b/i;
const credit = /^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated) by\b/i;
// A name is read atomically (`(?=(x*))\1`): it never gives back letters to look for "and", which
// would make a long line with no match take quadratic time.
const byline =
  /^(?:By|BY)\s+[\p{Lu}](?=([\p{L}.'’-]*))\1(?:\s+[\p{Lu}](?=([\p{L}.'’-]*))\2){0,4}(?:\s*(?:,|and|&).*)?$/u;
const minorWords = new Set(
  'a an and as at but by for from in into nor of off on onto or over per than the to up upon via vs with'.split(
    ' ',
  ),
);

/** True for a line that is not part of the story: "Must Read: ...", "Subscribe ...", bylines, credits. */
export function isPromoLine(line: string): boolean {
  const s = line.trim();
  if (promo.test(s) || credit.test(s)) return true;
  if (subscribe.test(s) && s.length <= 200) return true;
  return byline.test(s) && s.split(/\s+/).length <= 8 && !/[.!?]$/.test(s);
}

/** True when the text ends a sentence: . ! ? or an ellipsis, maybe followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’')\]]*$/.test(text.trim());
}

/** Share (0-1) of a line's significant words that start with a capital letter or digit. */
export function titleCaseRatio(line: string): number {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const significant = words.filter((w, i) => i === 0 || !minorWords.has(w.toLowerCase()));
  if (significant.length === 0) return 0;
  const capital = significant.filter((w) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(w)).length;
  return capital / significant.length;
}

/** Word count of a line. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** True for a line that can be a headline: not too long and not ending in a full stop or comma. */
export function isTitleLike(line: string): boolean {
  const s = line.trim();
  return s.length > 0 && s.length <= 300 && wordCount(s) <= 30 && !/[.,;:]["”’]?$/.test(s);
}

/**
 * True for a short line that reads as a section heading: starts with a capital or digit, has no
 * sentence-final punctuation, and is Title Case or at most eight words ("What happens next").
 */
export function isHeadingLike(line: string): boolean {
  const s = line.trim();
  if (s.length < 2 || s.length > 120 || wordCount(s) > 15) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(s) || /[.,;:]$/.test(s)) return false;
  const ratio = titleCaseRatio(s);
  if (/[?!]$/.test(s)) return ratio >= 0.75;
  return ratio >= 0.6 || wordCount(s) <= 8;
}
