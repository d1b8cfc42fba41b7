// Reads one paragraph at a time in article order: its quoted spans, the narrative between them,
// and who each quotation belongs to, keeping the discourse memory up to date as it goes.
import { splitSentences } from '../text/sentences.ts';
import { type Attribution, attributionAfter, attributionBefore, sentenceSubject, speechClauses } from './attribution.ts';
import type { Discourse } from './discourse.ts';
import { findQuoteSpans, type QuoteSpan } from './marks.ts';
import { positionOf } from './names.ts';
import { isQuotation } from './scare.ts';

/** A quotation found in a paragraph, before it is given its section. */
export interface FoundQuote {
  /** The words inside the marks. */
  text: string;
  /** Resolved speaker or null. */
  speaker: string | null;
  /** True when the speaker came from an attribution next to this quote. */
  explicit: boolean;
  /** True when the quote continues the one before (same quotation, new paragraph). */
  continues: boolean;
  /** Quotes sharing a sentence share this number. */
  sentence: number;
  /** True when the paragraph ends inside this quote. */
  open: boolean;
}

interface Piece {
  text: string;
  offset: number;
}

const sentenceEnd = /[.!?…]["'”’)\]]*$/u;

/** Reads paragraphs in order and yields their quotations. */
export class ParagraphReader {
  private sentenceId = 0;

  /** Reads with the given discourse memory (shared across the article). */
  constructor(private readonly discourse: Discourse) {}

  /** Quotations of paragraph number `p`; `carried` is the quote the previous paragraph left open. */
  read(text: string, p: number, carried: FoundQuote | null): FoundQuote[] {
    const spans = findQuoteSpans(text);
    const found: FoundQuote[] = [];
    let from = 0;
    let previous: FoundQuote | null = null;
    let previousSpan: QuoteSpan | null = null;
    spans.forEach((span, k) => {
      const narrative = text.slice(from, span.open);
      const pieces = splitPieces(narrative, from);
      const joinsPrevious = previousSpan !== null && continuesSentence(previousSpan, narrative);
      this.noteNarrative(pieces, p, joinsPrevious);
      const endsSentence = narrative.trim() === '' ? previousSpan !== null || span.open > 0 : sentenceEnd.test(narrative.trim());
      const leadPiece = !endsSentence ? pieces[pieces.length - 1] : undefined;
      const next = spans[k + 1];
      const after = text.slice(span.close + (span.closed ? 1 : 0), next ? next.open : text.length);
      const quote = this.readQuote(span, p, {
        leadPiece,
        leadStartsSentence: leadPiece !== undefined && !(pieces.length === 1 && joinsPrevious),
        before: narrative,
        after,
        sameSentence: joinsPrevious && !endsSentence && pieces.length <= 1 && previous !== null,
        previous,
        carried: k === 0 && span.open === 0 ? carried : null,
      });
      if (quote) {
        found.push(quote);
        previous = quote;
      }
      previousSpan = span;
      from = span.close + (span.closed ? 1 : 0);
    });
    const tail = text.slice(from);
    this.noteNarrative(splitPieces(tail, from), p, previousSpan !== null && continuesSentence(previousSpan, tail));
    const last = found[found.length - 1];
    const lastSpan = spans[spans.length - 1];
    if (last && lastSpan && !lastSpan.closed && lastSpan.close === text.length) last.open = true;
    return found;
  }

  private readQuote(
    span: QuoteSpan,
    p: number,
    c: {
      leadPiece: Piece | undefined;
      leadStartsSentence: boolean;
      before: string;
      after: string;
      sameSentence: boolean;
      previous: FoundQuote | null;
      carried: FoundQuote | null;
    },
  ): FoundQuote | null {
    const at = positionOf(p, span.open);
    const after = span.closed && allowsTrailingAttribution(span.text, c.after) ? attributionAfter(c.after, positionOf(p, span.close + 1)) : null;
    const lead = c.leadPiece ? attributionBefore(c.leadPiece.text, positionOf(p, c.leadPiece.offset)) : null;
    const continues = span.continues || c.carried !== null;
    if (!continues && !isQuotation({ text: span.text, before: c.before, after, lead })) return null;
    const explicit = pickExplicit(after, lead);
    let speaker: string | null = null;
    if (explicit) speaker = this.discourse.resolve(explicit.ref, at);
    else if (continues) speaker = (span.continues ? c.previous : c.carried)?.speaker ?? this.discourse.current();
    else if (c.sameSentence && c.previous) speaker = c.previous.speaker;
    else {
      const subject = c.leadPiece && c.leadStartsSentence ? sentenceSubject(c.leadPiece.text, positionOf(p, c.leadPiece.offset)) : null;
      speaker = subject && subject.kind !== 'unknown' ? this.discourse.resolve(subject, at) : this.discourse.current();
    }
    this.discourse.note(speaker, true);
    if (!c.sameSentence) this.sentenceId++;
    return {
      text: span.text,
      speaker,
      explicit: explicit !== null,
      continues,
      sentence: this.sentenceId,
      open: false,
    };
  }

  /** Notes reported speech and sentence subjects of narrative sentences, in order. */
  private noteNarrative(pieces: Piece[], p: number, firstJoinsQuote: boolean): void {
    pieces.forEach((piece, k) => {
      const base = positionOf(p, piece.offset);
      const clauses = speechClauses(piece.text, base);
      for (const ref of clauses) this.discourse.note(this.discourse.resolve(ref, base), true);
      if (clauses.length > 0 || (k === 0 && firstJoinsQuote)) return;
      const subject = sentenceSubject(piece.text, base);
      if (subject.kind !== 'unknown') this.discourse.note(this.discourse.resolve(subject, base), false);
    });
  }
}

function pickExplicit(after: Attribution | null, lead: Attribution | null): Attribution | null {
  if (after && after.ref.kind !== 'unknown') return after;
  if (lead && lead.ref.kind !== 'unknown') return lead;
  return null;
}

/** A quote ending a sentence with "." takes no attribution after it; "?" or "!" only a short one. */
function allowsTrailingAttribution(quote: string, after: string): boolean {
  const end = quote.trim().slice(-1);
  if (end === '.' || end === '…') return /^\s*\p{Ll}/u.test(after);
  if (end === '?' || end === '!') return /^\s*\p{Ll}/u.test(after) || (splitSentences(after)[0] ?? '').split(' ').length <= 4;
  return true;
}

/** True when the narrative after a quote carries on the quote's sentence (`," he said.`). */
function continuesSentence(span: QuoteSpan, narrative: string): boolean {
  if (!span.closed || narrative.trim() === '') return false;
  return !sentenceEnd.test(span.text) || /^\s*\p{Ll}/u.test(narrative);
}

function splitPieces(narrative: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const sentence of splitSentences(narrative)) {
    const at = narrative.indexOf(sentence, from);
    if (at < 0) continue;
    out.push({ text: sentence, offset: offset + at });
    from = at + sentence.length;
  }
  return out;
}
