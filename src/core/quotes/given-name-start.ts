// Where a person's name begins inside a run of capitalised words. A post, a place or a descriptor glued
// before the name ("Senator from Vermont Bernie Sanders" read as "Vermont Bernie Sanders", "NASA
// Administrator Jim Bridenstine", "Fourteen-year-old Zoe") is cut at the first common given name, when the
// words before it are shown to be no part of a name: by word lists, by their shape or by the article.
import { wholeWordOffsets } from '../text/whole-word.ts';
import { isEnglishWord } from './english-words.ts';
import { isGivenName } from './given-names.ts';
import { titles } from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import { nameSuffix, particles } from './name-run-words.ts';

/** Words that stay before a given name as part of how a person is named ("Pope Francis", "Sir Keir"). */
const honorifics = new Set(
  'Pope Prince Princess King Queen Emperor Empress Sheikh Sheik Sayyid Ayatollah Imam Rabbi Mufti Cardinal Saint St. Sir Dame Lord Lady'.split(
    ' ',
  ),
);
/** A descriptor written as one hyphenated word before a name: "Fourteen-year-old", "Saudi-born", "Co-developer". */
const descriptor = /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Ll}+)+$/u;
/** Words that join two names or a name to a body: the run is no single person's name. */
const joiners = /^(?:and|&|of|for|the|on|at)$/i;

/**
 * True when a word before the given name shows itself no part of the name: a common English word
 * ("Environmentalist", "Passenger"), a title, a nationality, an acronym or a descriptor (a place the
 * article writes after a preposition counts too: `postWords`). "Abdourahim" in "Abdourahim Said Bakar" is
 * none of these, so a name whose first given name the lists lack is not cut at a later one ("Said").
 */
function postWord(word: string): boolean {
  if (isEnglishWord(word) || titles.has(word.toLowerCase())) return true;
  // "Irish", "Maltese", "American", "Korean", "Iraqi": a nationality's shape ("Hernan" is a name's).
  if (/^\p{Lu}\p{Ll}+(?:ish|ese|ian|ican|ean|i)$/u.test(word)) return true;
  return /^\p{Lu}{2,}$|\.\p{L}|\p{N}/u.test(word) || descriptor.test(word);
}

/** A preposition (and "the") right before a place ("from Vermont", "of the Interior"). */
const prepositionBefore = /\b(?:in|from|to|for|of|at|near) (?:the )?$/;

/** True when the article writes `place` after a preposition ("from Vermont", "of Hong Kong"). */
function placeIn(place: string, text: string): boolean {
  for (const at of wholeWordOffsets(text, place))
    if (prepositionBefore.test(text.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/** True when each word before the given name is a `postWord` or part of a place of up to three words. */
function postWords(words: readonly string[], text: string): boolean {
  let i = 0;
  while (i < words.length) {
    if (postWord(words[i] as string)) {
      i++;
      continue;
    }
    // The longest place first: "of Hong Kong" covers "Hong" and "Kong".
    let j = Math.min(words.length, i + 3);
    while (j > i && !placeIn(words.slice(i, j).join(' '), text)) j--;
    if (j === i) return false;
    i = j;
  }
  return true;
}

/**
 * The person's name inside `name`, from its first common given name on, when every word before that is
 * no given name, initial, particle or honorific but a word shown to be no part of a name (`postWord`, read
 * against the article's `text`), and at least a given name and a surname remain (or one name after a
 * descriptor such as "Fifteen-year-old"); otherwise `name` as it is.
 */
export function fromGivenName(name: string, text = ''): string {
  const words = name.split(' ');
  if (words.length < 2 || words.some((w) => joiners.test(w))) return name;
  // "Trump-loving Kanye West": a descriptor opens the run, and a name of two words or more follows it.
  if (descriptor.test(words[0] as string) && words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(words[1] as string))
    return isOrgLike(words.slice(1).map((w) => w.toLowerCase())) ? name : words.slice(1).join(' ');
  for (let g = 1; g < words.length; g++) {
    const before = words[g - 1] as string;
    if (
      isGivenName(before) ||
      /^\p{Lu}[.\u2024]?$/u.test(before) ||
      particles.has(before) ||
      honorifics.has(before)
    )
      return name;
    const word = words[g] as string;
    if (!isGivenName(word)) continue;
    const rest = words.slice(g);
    const core = rest.filter((w) => !nameSuffix.test(w));
    if (core.length < 2 && !descriptor.test(before)) return name;
    if (!postWords(words.slice(0, g), text)) return name;
    // "New York Times": a body's name that holds a given name ("York") is no person's.
    if (isOrgLike(rest.map((w) => w.toLowerCase()))) return name;
    return rest.join(' ');
  }
  return name;
}
