// What the paragraph reader records for each quotation, and the context around a quote it judges the
// quote's speaker in: the narrative piece before it, its neighbours, the quote it continues.
import type { SpeakerRoute } from './confidence.ts';
import type { Family } from './marks.ts';
import type { Piece } from './narrative-pieces.ts';

/** A quotation found in a paragraph, before it is given its section. */
export interface FoundQuote {
  /** The words inside the marks. */
  text: string;
  /** Resolved speaker or null. */
  speaker: string | null;
  /** True when the speaker came from an attribution next to this quote. */
  explicit: boolean;
  /** True when that attribution was a speech verb (said, told), not a naming ("called it"). */
  attributedBySpeech: boolean;
  /** True when the quote continues the one before (same quotation, new paragraph). */
  continues: boolean;
  /** Quotes sharing a sentence share this number. */
  sentence: number;
  /** True when the paragraph ends inside this quote. */
  open: boolean;
  /** Its quote marks. */
  family: Family;
  /** A short span kept only if it echoes words a named speaker says elsewhere (see mayEcho). */
  tentative?: boolean;
  /** How the speaker was found; the attribution's confidence follows from it (confidence.ts). */
  route: SpeakerRoute;
  /** The quote whose speaker this one took (continued, same sentence, follows, shared): no surer than it. */
  source?: FoundQuote;
  /** The quote the previous paragraph left open that this one carries on without reopening it. */
  joins?: FoundQuote;
}

/** The words around one quote that decide whose it is. */
export interface QuoteContext {
  /** The narrative of the quote's sentence before its opening mark, if the sentence starts before it. */
  lead: Piece | undefined;
  /** True when `lead` is the start of the sentence (not the rest of one after an earlier quote). */
  leadStartsSentence: boolean;
  before: string;
  after: string;
  /** The earlier quote of the same sentence, if any. */
  sameSentence: FoundQuote | null;
  /** The quote this one continues across a lost or real paragraph break, if any. */
  continued: FoundQuote | null;
  /** The quote before this one in the same paragraph, if any. */
  previousInParagraph: FoundQuote | null;
  /** The words of the next quoted span of the paragraph, if any. */
  nextText: string | undefined;
}
