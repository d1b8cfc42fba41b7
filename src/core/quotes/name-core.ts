// A person's name is the trailing core of a capitalised run: the surname, the given name before it and
// only what belongs to a personal name between them (initials, particles, a nickname). Whatever stands
// before the core is kept only when nothing shows it to be a title, a portfolio, a body or a descriptor
// ("Housing and Planning Minister Ann Lee", "Lord Advocate Ann Lee", "Norwegian Ann Lee" -> "Ann Lee"),
// decided by the run's shape and by how the article itself uses those words, not by lists of posts.

import { nameSuffix, particles } from './name-run-words.ts';
import { isTitleWord } from './posts.ts';

/** What the article shows about a word of a name. */
export interface CoreEvidence {
  /** True when the article writes the word in lowercase somewhere ("science", "agriculture"). */
  writtenLower(word: string): boolean;
  /** True when the article writes "the" and the word, apart from `rest` ("the Lord Advocate", "the American"). */
  usedApart(word: string, rest: string): boolean;
  /** True when every time the article writes the word, `rest` follows it ("Deborah" only in "Deborah Lee James"). */
  onlyBefore?(word: string, rest: string): boolean;
}

const joiners = new Set(['and', '&', 'of', 'for', 'the', 'on']);
/** "Norwegian", "Kenyan", "Japanese", "Irish": the endings of a nationality written before a name. */
const demonym = /^\p{Lu}\p{Ll}{3,}(?:ian|ean|ese|ish|can)$/u;

/** True for a word that may stand inside a personal name between given name and surname. */
function innerWord(word: string): boolean {
  return particles.has(word) || /^\p{Lu}[.\u2024]$/u.test(word) || /^\(.*\)$/.test(word);
}

/**
 * The index of the given name in `words` (the name without suffixes): the capitalised word before the
 * surname, past initials and particles; -1 when there is none.
 */
function givenIndex(words: string[]): number {
  let k = words.length - 2;
  while (k >= 0 && innerWord(words[k] ?? '')) k--;
  return /^\p{Lu}\p{Ll}/u.test(words[k] ?? '') ? k : -1;
}

/** True for a word before the core that shows the words up to it to be no part of a personal name. */
function marksPost(word: string, rest: string, evidence: CoreEvidence): boolean {
  // "bin", "van": a particle is a word of the name even where the article writes it alone.
  if (particles.has(word)) return false;
  if (joiners.has(word) || isTitleWord(word)) return true;
  // "U.S.", "3rd", "EU": an abbreviation, a number or a word in capitals is no given name.
  if (/\.\p{L}|^\p{N}|^\p{Lu}{2,}$/u.test(word)) return true;
  if (demonym.test(word)) return true;
  return evidence.writtenLower(word.toLowerCase()) || evidence.usedApart(word, rest);
}

/** The shortest core `name` may have (given name to the end), or null for a name of one or two words. */
export function shortestCore(name: string): string | null {
  const all = name.split(' ');
  let end = all.length;
  while (end > 2 && nameSuffix.test(all[end - 1] ?? '')) end--;
  const words = all.slice(0, end);
  const given = words.length < 3 ? -1 : givenIndex(words);
  return given <= 0 || joiners.has(words[given - 1] ?? '') ? null : all.slice(given).join(' ');
}

/**
 * The person's name inside `name`: the prefix before the core dropped from its last word shown to be a
 * post's; after a joiner ("and", "of") every word before the given name is the post's too. Two people
 * joined by "and" ("Ann Lee and Tom Park") and names of one or two words are kept as written.
 */
export function nameCore(name: string, evidence: CoreEvidence): string {
  const all = name.split(' ');
  let end = all.length;
  while (end > 2 && nameSuffix.test(all[end - 1] ?? '')) end--;
  const words = all.slice(0, end);
  if (words.length < 3) return name;
  const given = givenIndex(words);
  if (given <= 0) return name;
  // "Ann Lee and Tom Park": "and" right before the given name joins two people.
  if (joiners.has(words[given - 1] ?? '')) return name;
  let cut = -1;
  let joined = false;
  for (let k = given - 1; k >= 0; k--) {
    const word = words[k] ?? '';
    // Past the first mark only a joiner still matters; the article's evidence is asked for no more.
    if (joiners.has(word)) joined = true;
    if (cut < 0 && marksPost(word, words.slice(k + 1).join(' '), evidence)) cut = k;
  }
  if (cut < 0) return name;
  const from = joined ? secondGiven(words, given, evidence) : cut + 1;
  return all.slice(from).join(' ');
}

/**
 * After a joiner ("Secretary of the Air Force Ann Marie Holt") the given name may be the second of two:
 * the word before it is taken too when it is not the first word after the joiner (that one names the
 * body), is no post's by the article's evidence, and the article writes it only before the rest of the name.
 */
function secondGiven(words: string[], given: number, evidence: CoreEvidence): number {
  const k = given - 1;
  const word = words[k] ?? '';
  if (k < 1 || joiners.has(words[k - 1] ?? '') || !/^\p{Lu}\p{Ll}+$/u.test(word)) return given;
  const rest = words.slice(given).join(' ');
  if (marksPost(word, rest, evidence) || !evidence.onlyBefore?.(word, rest)) return given;
  return k;
}
