// How sure an attribution is, from the way its speaker was found, and the threshold below which chat
// shows a quote as unattributed: a missed speaker costs little, a wrong one is the worst error.

/** How a quote's speaker was found (see reader.ts and quotes.ts). */
export type SpeakerRoute =
  /** A speech verb next to the quote: `"...," said Max Lawson.` */
  | 'explicit'
  /** A naming next to the quote: `called it "a disgrace"`. */
  | 'naming'
  /** "he said" for a person last named more than a paragraph back, with somebody else named since. */
  | 'pronoun-far'
  /** "..., saying" whose sentence has no subject the reader could find: the last speaker, a guess. */
  | 'subject-far'
  /** A role ("the candidate said") given to a person the article never ties to that role. */
  | 'role'
  /** No attribution, but the quote before it in the paragraph was named for the same speaker. */
  | 'follows'
  /** The quote continues the one before (next paragraph or same quotation). */
  | 'continued'
  /** An earlier quote of the same sentence. */
  | 'same-sentence'
  /** A speech clause closing the sentence after the quote. */
  | 'trailing'
  /** The subject of the quote's own sentence. */
  | 'subject'
  /** A later part of the same quotation named the speaker. */
  | 'shared'
  /** The short quote repeats words a named speaker says elsewhere. */
  | 'echo'
  /** The last speaker of the story so far: the weakest tie. */
  | 'discourse'
  /** The last speaker, though a whole paragraph without them stands between. */
  | 'discourse-far';

/** Confidence of each route, 0-1, set from the fresh dev set (eval/fresh/dev) and the shared set. */
const routeConfidence: Record<SpeakerRoute, number> = {
  explicit: 0.95,
  'same-sentence': 0.9,
  follows: 0.85,
  trailing: 0.85,
  continued: 0.85,
  shared: 0.85,
  subject: 0.75,
  naming: 0.7,
  echo: 0.6,
  discourse: 0.5,
  'discourse-far': 0.46,
  'pronoun-far': 0.45,
  'subject-far': 0.44,
  role: 0.4,
};

/**
 * Chat shows a quote's speaker only from this confidence; below it the quote reads as unattributed.
 * Chosen from the dev data (shared set and eval/fresh/dev, 123 attributed quotes): roles not tied to
 * their person (0.4) were right 2 times and wrong once, far pronouns (0.45) wrong both times, the
 * discourse route (0.5) right all 14 times; `npm run eval` shows the effect per part.
 */
export const SHOW_SPEAKER_FROM = 0.48;

/** The confidence of an attribution found by `route`. */
export function confidenceOf(route: SpeakerRoute): number {
  return routeConfidence[route];
}

/** The speaker chat should show for a quote: null when nobody is named or the tie is too weak. */
export function shownSpeaker(quote: { speaker: string | null; confidence?: number }): string | null {
  return quote.speaker !== null && (quote.confidence ?? 1) >= SHOW_SPEAKER_FROM ? quote.speaker : null;
}
