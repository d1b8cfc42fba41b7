// Attribution right after a quote's closing mark (`," Lee said`, `," said Lee`, `," according to X`,
// `"severely reprimanded" by the FA`).
import { type Attribution, passive, quotedAsSaying } from './attribution.ts';
import { apposedName, howDescribed } from './lead-forms.ts';
import { personPronouns, speechParticipleBase } from './lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { nounPhraseAfter } from './noun-phrases.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { subjectBefore } from './subject-before.ts';
import { isCapitalised, isWord, type Token, tokenizeWithOffsets } from './tokens.ts';
import { isSpeechVerb, looksLikeVerb } from './verb-shapes.ts';

/** What the words of a quote tell about the attribution that may follow it. */
export interface QuoteShape {
  /** The quote ends with a comma (or ? ! or a dash): an attribution usually follows. */
  endsWithComma: boolean;
  /** The quote opens its sentence. */
  startsSentence: boolean;
  /** The quote is a participle ("severely reprimanded") that a "by" agent may follow. */
  participle: boolean;
}

/**
 * Attribution right after a closing mark: `," Lee said`, `," said Lee`, `," according to X`, or the agent
 * of a quoted participle (`"severely reprimanded" by the FA`). Without a comma the quote must start its
 * sentence and the attribution follow at once (`" he said`).
 */
export function attributionAfter(text: string, base: number, quote: QuoteShape): Attribution | null {
  const tokens = tokenizeWithOffsets(text);
  let i = 0;
  while (i < tokens.length && /^[,\-–—)]$/.test(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  if (!first || !isWord(first)) return null;
  if (first.text === 'by' && quote.participle) {
    const agent = nounPhraseAfter(tokens, i + 1, base);
    return agent.kind === 'name' || agent.kind === 'org' ? { ref: agent, distance: 0, naming: true } : null;
  }
  // `"...", while a minister urged calm`: a new clause with its own subject, not this quote's attribution.
  if (/^(?:while|whilst|whereas|although|though|because|since|but|if|so|yet|after|before)$/i.test(first.text))
    return null;
  const comma = quote.endsWithComma || i > 0;
  // `"Courageous" is how Ann Lee described the work`: whoever described it so.
  if (quote.startsSentence && /^(?:is|was)$/.test(first.text) && tokens[i + 1]?.text === 'how')
    return howDescribed(tokens, i + 2, base);
  if (!comma && !quote.startsSentence) return null;
  // `"...," according to Ann Lee, an economist`: the source named, before "according" is taken for a
  // participle phrase.
  if (comma && first.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to') {
    const ref = nounPhraseAfter(tokens, i + 2, base);
    return { ref: ref.kind === 'nobody' ? { kind: 'unknown' } : ref, distance: 0, naming: false };
  }
  // `"...," citing White House tweets`: a participle phrase of the sentence's subject, not an attribution.
  if (/^\p{Ll}+ing$/u.test(first.text) && !speechParticipleBase(first.text)) return null;
  if (!comma && !isSpeechVerb(first) && !isCapitalised(first.text) && !personPronouns.has(first.text))
    return null;
  const actor = comma ? actorOfAnyVerb(tokens, i, base) : null;
  if (actor) return { ref: actor, distance: 0, naming: false };
  const limit = Math.min(tokens.length, i + (comma ? 14 : 5));
  for (let v = i; v < limit; v++) {
    const t = tokens[v] as Token;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (!isSpeechVerb(t)) continue;
    // "the father, who asked not to be named, said": a verb of a relative clause is not the attribution.
    if (/^(?:who|which)$/.test(tokens[v - 1]?.text ?? '')) continue;
    if (introducesNext(tokens, v)) return null;
    if (passive.test(tokens[v - 1]?.text ?? '') && !quotedAsSaying(tokens, v)) continue;
    if (v === i)
      return {
        ref: apposedName(tokens, v + 1, base) ?? nounPhraseAfter(tokens, v + 1, base),
        distance: 0,
        naming: false,
      };
    const words = tokens.slice(i, v).filter((x) => isWord(x)).length;
    const ref = subjectBefore(tokens, v, i, base);
    if (ref.kind === 'unknown') return null;
    if (words <= 7 || (words <= 12 && tokens[v - 1]?.text === ','))
      return { ref, distance: 0, naming: false };
    return null;
  }
  return null;
}

/** `"...," Stancil fired back.` / `"...," she laughed.`: a name or pronoun and any verb right after a comma. */
function actorOfAnyVerb(tokens: readonly Token[], i: number, base: number): SpeakerRef | null {
  const lead = tokens[i];
  if (!lead) return null;
  const pronoun = personPronouns.has(lead.text);
  const run = pronoun
    ? undefined
    : findNameRuns(tokens.slice(i, i + 6)).find((r) => r.first === 0 && !r.possessive);
  if (!pronoun && !run) return null;
  const v = i + (run ? run.last + 1 : 1);
  const verb = tokens[v]?.text ?? '';
  if (
    !looksLikeVerb(verb) ||
    /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/.test(verb)
  )
    return null;
  if (introducesNext(tokens, v)) return null;
  return run
    ? { kind: 'name', name: run.name, offset: base + lead.start }
    : { kind: 'pronoun', word: lead.text };
}

/** "Wenger added:" after a quote introduces the next quote, not this one. */
function introducesNext(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < Math.min(tokens.length, v + 6); k++) {
    const t = tokens[k]?.text ?? '';
    if (t === ':') return true;
    if (/^[.,;!?]$/.test(t)) return false;
  }
  return false;
}
