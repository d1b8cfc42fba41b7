// What an article itself says about a person's gender, so "he said" is not given to a woman: the
// title (Mr, Mrs), a kinship word before the name ("her husband, Ben Carter") and "his"/"her" after it.
import type { NameRun } from './name-runs.ts';
import type { Token } from './tokens.ts';

/** Grammatical gender a pronoun or a cue points to. */
export type Gender = 'm' | 'f';

const maleWords = new Set(
  'mr sir lord king prince duke earl baron emperor sheikh father son husband brother boyfriend uncle nephew grandson grandfather widower dad'.split(
    ' ',
  ),
);
const femaleWords = new Set(
  'mrs ms miss dame lady queen princess duchess countess baroness empress mother daughter wife sister girlfriend aunt niece granddaughter grandmother widow mum mom'.split(
    ' ',
  ),
);

/** The gender a title or kinship word gives, if any ("Mrs" -> f, "son" -> m). */
export function genderOfWord(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (maleWords.has(w)) return 'm';
  if (femaleWords.has(w)) return 'f';
  return null;
}

/** The gender a pronoun refers to ("he", "her"), or null for any other word. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'm';
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'f';
  return null;
}

/** Words after an object "her" that show it is not a possessive ("asked her to", "told her that"). */
const objectFollowers =
  /^(?:to|that|about|for|with|on|in|at|from|if|whether|and|or|but|as|again|back|out|up|down|off|over)$/;

/**
 * The cue one mention gives: its title, a kinship noun just before it ("his son Nick", "her husband,
 * Ben Carter"), else, when a verb follows the name, the first possessive his/her or himself/herself
 * after it in the same clause, before any other name ("Whitfield asked her clerk", not "asked her to").
 */
export function genderCue(tokens: readonly Token[], run: NameRun, next: NameRun | undefined): Gender | null {
  for (const w of run.titleWords) {
    const g = genderOfWord(w);
    if (g) return g;
  }
  let b = run.first - 1;
  if (tokens[b]?.text === ',') b--;
  const kin = /^\p{Ll}/u.test(tokens[b]?.text ?? '') ? genderOfWord(tokens[b]?.text ?? '') : null;
  if (kin) return kin;
  // Only a name acting as the subject of a verb owns the pronoun after it ("Whitfield asked her").
  const verb = tokens[run.last + 1]?.text ?? '';
  if (!/^\p{Ll}/u.test(verb) || /^(?:of|and|or|in|at|for|with|to|from|the|a|an|who|whose)$/.test(verb))
    return null;
  const end = Math.min(tokens.length, run.last + 9, next ? next.first : tokens.length);
  for (let k = run.last + 1; k < end; k++) {
    const t = tokens[k]?.text ?? '';
    if (/^[.;:!?"“”]$/.test(t)) break;
    if (t === 'he' || t === 'she') break;
    // "his"/"her" + noun and "himself"/"herself" are the subject's; an object "her"/"him" ("Tom Reed
    // followed her") is somebody else.
    const possessive =
      t === 'his' ||
      (t === 'her' &&
        /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') &&
        !objectFollowers.test(tokens[k + 1]?.text ?? ''));
    const g = possessive || /^(?:himself|herself)$/.test(t) ? genderOfPronoun(t) : null;
    if (g) return g;
  }
  return null;
}
