// Words shaped like verbs: speech verbs ("said", "told") and finite verbs ("hosted", "was") that mark
// where a noun phrase stops.
import { isStopword } from '../text/tokens.ts';
import { speechVerbBase } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** True for a lowercase speech verb ("said", "told", "added"). */
export function isSpeechVerb(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}/u.test(t.text) && speechVerbBase(t.text) !== null;
}

/** True for a lowercase word shaped like a finite verb ("hosted", "meets", "was"). */
export function looksLikeVerb(word: string): boolean {
  if (auxiliaries.test(word) || irregularPasts.has(word) || speechVerbBase(word) !== null) return true;
  return !isStopword(word) && /^\p{Ll}.*(?:ed|[^su]s)$/u.test(word);
}

/** Auxiliary verbs ("is", "has", "would"). */
export const auxiliaries =
  /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does)$/;
/** Irregular past tenses ("went", "took", "held"). */
export const irregularPasts = new Set(
  'went came made took gave got saw met led won lost left kept held brought bought caught sent spent built began became ran sat stood fell felt knew grew drew threw wore shook broke chose rose hid read'.split(
    ' ',
  ),
);
