// Clues in the words around a quote that decide whose it is: a list after a named quote, a lead ending
// in a speech verb, the writer asking, a name before a colon, a work named after "according to".
import { splitSentences } from '../text/sentences.ts';
import { type Attribution, firstSpeechClause, type SpeakerRef } from './attribution.ts';
import type { QuoteContext } from './found-quote.ts';
import { speechVerbBase } from './lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { sentenceEnd } from './narrative-pieces.ts';
import { commonSubject } from './noun-phrases.ts';
import { tokenizeWithOffsets } from './tokens.ts';

/**
 * `"...," said Veitch. "Very crazy."`: a quote right after one named for its speaker, with no more than
 * the attribution between them, is a quotation however short.
 */
export function followsNamedQuote(c: QuoteContext): boolean {
  if (!c.previousInParagraph?.explicit || c.lead) return false;
  return c.before.trim().split(/\s+/).length <= 6 && sentenceEnd.test(c.before.trim());
}

/**
 * `"...," said the embassy spokesperson`: one person the story does not name, whom a later "he" may mean
 * rather than someone named before.
 */
export function unnamedSpokesperson(ref: SpeakerRef): boolean {
  return ref.kind === 'document' && /\b(?:spokes(?:man|woman|person)|representative)$/i.test(ref.phrase);
}

/**
 * `The station is "growing," he wrote, adding, "thank you."`: a participle after the earlier quote's
 * speech clause is that speaker's, not the sentence subject's (the station); the quote takes the earlier
 * quote's speaker, so the attribution read as "the subject" is dropped.
 */
export function participleOfEarlier(found: Attribution | null, c: QuoteContext): Attribution | null {
  const earlier = c.sameSentence;
  if (found?.ref.kind !== 'subject' || !earlier?.explicit || !earlier.attributedBySpeech) return found;
  return c.leadStartsSentence ? found : null;
}

/**
 * `called the ruling "arbitrary", "plainly unlawful" and a "blunder"`: quotes listed right after one
 * given to its speaker, joined only by a comma, "and" or "or", are that speaker's words too.
 */
export function listedAfter(c: QuoteContext): boolean {
  return (
    c.sameSentence !== null &&
    (c.sameSentence.explicit || c.sameSentence.route === 'same-sentence') &&
    c.sameSentence.speaker !== null &&
    /^\s*,?\s*(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?$/.test(c.before)
  );
}

/**
 * `which the guild tribute said "..."`: the lead ends in a finite speech verb (not "saying", not "cut
 * in:"), so the speaker is whoever said it, not the subject of the sentence.
 */
export function endsInSpeechVerb(lead: string | undefined): boolean {
  const last = /(\p{Ll}+)\s*[,:]?\s*$/u.exec(lead ?? '')?.[1];
  return last !== undefined && !last.endsWith('ing') && speechVerbBase(last) !== null;
}

/** True when the lead's last clause (after ", and" or ", but") has an unnamed group as its subject. */
export function unnamedLastClause(lead: string): boolean {
  // `The club gets letters from young fans who "want to play"` (or "young Canadians who"): the
  // unnamed people of the relative clause.
  if (/(?<![\p{L}])(?:\p{Ll}{3,}s|\p{Ll}+ \p{Lu}\p{Ll}+ans) who\s*$/u.test(lead)) return true;
  const tokens = tokenizeWithOffsets(lead);
  const k = tokens.findLastIndex((t, n) => t.text === ',' && /^(?:and|but)$/.test(tokens[n + 1]?.text ?? ''));
  return k >= 0 && commonSubject(tokens, k + 2, 0).kind === 'nobody';
}

/**
 * `I asked him, "..."`, `we told them:`: the clause before the quote ends in "I" or "we", a speech
 * verb and at most an object pronoun: the writer's words.
 */
export function writerAsks(lead: string): boolean {
  const words = tokenizeWithOffsets(lead)
    .map((t) => t.text)
    .filter((w) => w !== ',' && w !== ':');
  const n = words.length;
  const object = /^(?:him|her|them|me|us|you)$/.test(words[n - 1] ?? '') ? 1 : 0;
  const verb = words[n - 1 - object] ?? '';
  const subject = words[n - 2 - object] ?? '';
  return /^(?:I|we|We)$/.test(subject) && speechVerbBase(verb) !== null;
}

/** `..., before Tom Hale cut in:`: a name, then one to three lowercase words and a colon closing the clause. */
export function nameBeforeColon(clause: string, base: number): SpeakerRef | null {
  const tokens = tokenizeWithOffsets(clause);
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const run = findNameRuns(tokens).pop();
  if (!run || run.possessive) return null;
  const rest = tokens.slice(run.last + 1, -1);
  if (rest.length < 1 || rest.length > 3 || !rest.every((t) => /^\p{Ll}+$/u.test(t.text))) return null;
  return { kind: 'name', name: run.name, offset: base + (tokens[run.first]?.start ?? 0) };
}

/** `"...," according to "International Students and Crime,"`: the work named after the quote speaks. */
export function documentAfter(c: QuoteContext): Attribution | null {
  if (!c.nextText || !/^\s*,?\s*according to\s*$/i.test(c.after)) return null;
  const title = c.nextText.replace(/[,.]\s*$/, '').trim();
  return /^\p{Lu}/u.test(title)
    ? { ref: { kind: 'document', phrase: title }, distance: 0, naming: false }
    : null;
}

/** `"..." and possibly led to fatalities, Officer Scott Lockwood told CNN.`: who closes the sentence. */
export function trailingAttribution(after: string, base: number): SpeakerRef | null {
  const sentence = splitSentences(after)[0] ?? '';
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || !after.includes(sentence)) return null;
  const chunk = sentence.slice(comma + 1);
  if (chunk.split(' ').length > 12) return null;
  return firstSpeechClause(chunk, base + after.indexOf(sentence) + comma + 1);
}

/** The attribution a quote takes: a naming right before its mark, else the one after it, else the lead's. */
export function pickExplicit(after: Attribution | null, lead: Attribution | null): Attribution | null {
  // 'nobody' counts: someone unnamed was given the words ("the crowd chanted"), so the speaker is null.
  // `In what an officer described as "...", police reported`: a naming right before the mark is the
  // quote's own attribution; the clause after it reports the whole sentence.
  if (lead?.naming && lead.distance <= 2 && lead.ref.kind !== 'unknown' && after?.ref.kind !== 'pronoun')
    return lead;
  if (after && after.ref.kind !== 'unknown') return after;
  if (lead && lead.ref.kind !== 'unknown') return lead;
  return null;
}

/** A quote ending a sentence with "." takes no attribution after it; "?" or "!" only a short one. */
export function allowsTrailingAttribution(quote: string, after: string): boolean {
  const end = quote.trim().slice(-1);
  if (end === '.' || end === '…') return /^\s*\p{Ll}/u.test(after);
  if (end === '?' || end === '!') {
    if (/^\s*\p{Ll}/u.test(after)) return true;
    const words = (splitSentences(after)[0] ?? '').split(' ');
    // `"Why?" Tom Park asked the minister.`: a speech verb among the first words attributes it.
    return (
      words.length <= 4 ||
      (words.length <= 8 && words.slice(1, 4).some((w) => /^\p{Ll}/u.test(w) && speechVerbBase(w) !== null))
    );
  }
  return true;
}
