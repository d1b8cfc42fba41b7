// Where a person's name begins inside a run of capitalised words. A post, a place or a descriptor glued
// before the name ("Senator from Vermont Bernie Sanders" read as "Vermont Bernie Sanders", "NASA
// Administrator Jim Bridenstine", "Fourteen-year-old Zoe") is cut at the first common given name, when
// nothing before it could be part of the name.
import { isGivenName } from './given-names.ts';
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
 * The person's name inside `name`, from its first common given name on, when every word before that is
 * no given name, initial, particle or honorific and at least a given name and a surname remain (or one
 * name after a descriptor such as "Fifteen-year-old"); otherwise `name` as it is.
 */
export function fromGivenName(name: string): string {
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
    // "New York Times": a body's name that holds a given name ("York") is no person's.
    if (isOrgLike(rest.map((w) => w.toLowerCase()))) return name;
    return rest.join(' ');
  }
  return name;
}
