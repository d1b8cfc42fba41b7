// Tells quotations from other quoted text: scare quotes (the so-called "churn rate"), labels and
// titles of works. Short spans count only when a speaker is clearly tied to them.
import type { Attribution } from './attribution.ts';

/** Spans of up to this many words are quotations only with clear attribution. */
export const shortQuoteWords = 3;

/** How close an attributing verb must be to a short quote, in words ("calls it a", "warns, is"). */
const nearWords = 6;

/** What is known about a quoted span when deciding whether it is a quotation. */
export interface SpanContext {
  /** The words inside the marks. */
  text: string;
  /** The narrative just before the opening mark. */
  before: string;
  /** Attribution right after the closing mark, if any. */
  after: Attribution | null;
  /** Attribution in the clause before the opening mark, if any. */
  lead: Attribution | null;
}

/** True when a quoted span is a direct quotation rather than a scare quote, label or title. */
export function isQuotation(span: SpanContext): boolean {
  if (/\bso[- ]called\s*$/i.test(span.before)) return false;
  const words = span.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  // `according to "International Students and Crime,"`: a work named as a source, not words said.
  if (/\baccording to\s*$/i.test(span.before) && isTitleOfWork(span.text.replace(/[,.]\s*$/, ''), words))
    return false;
  const attributed =
    span.after !== null ||
    (span.lead !== null &&
      (span.lead.naming || span.lead.distance <= nearWords || endsReportedSpeech(span.text, span.lead)));
  if (words.length <= shortQuoteWords) return attributed;
  if (isTitleOfWork(span.text, words)) return attributed && span.after !== null;
  return true;
}

/**
 * `X said the fabrication of papers is an "academic criminal act."`: a short span closing the sentence
 * of a speech verb whose speaker is known, however many words back, is that speaker's partial quote.
 */
function endsReportedSpeech(text: string, lead: Attribution): boolean {
  return !lead.naming && lead.ref.kind !== 'unknown' && lead.distance <= 15 && /[.!?]$/.test(text.trim());
}

/** A Title Case span with no sentence punctuation ("The Art of the Deal"): a name, not speech. */
function isTitleOfWork(text: string, words: string[]): boolean {
  if (/[.,!?;:]$/.test(text.trim())) return false;
  const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return (
    content.length >= 2 &&
    content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) &&
    /^[\p{Lu}\p{N}]/u.test(words[0] ?? '')
  );
}

/**
 * A short span left out only for want of attribution ("A shameful betrayal" of the village ...): it is
 * a quotation after all when a named speaker says the same words elsewhere in the article.
 */
export function mayEcho(span: SpanContext): boolean {
  if (/\bso[- ]called\s*$/i.test(span.before)) return false;
  const words = span.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return words.length >= 2 && words.length <= shortQuoteWords && !isTitleOfWork(span.text, words);
}
