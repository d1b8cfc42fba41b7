// The person inside a long capitalised run, read against the article: name-core.ts proposes the core,
// and the article must show it to be a person's (a title right before it, or the surname written again
// on its own). Also a surname written without its accents resolves to the accented full name.
import { hasWholeWord, wholeWordOffsets, writtenOnlyBefore } from '../text/whole-word.ts';
import { isOrgLike } from './mentions.ts';
import { type CoreEvidence, nameCore, shortestCore } from './name-core.ts';
import { nameSuffix } from './name-run-words.ts';
import { isTitleWord } from './posts.ts';

/** "the " and at most one capitalised word, ending the text before a word. */
const theBefore = /\b[Tt]he (?:\p{Lu}\p{L}+ )?$/u;
/** A title or body, "for" or "of", and a capitalised list ending the text before a word. */
const postListBefore = /\p{Lu}\p{L}+ (?:for|of) (?:\p{Lu}[\p{L}-]*,? (?:and |& )?){0,8}$/u;

/** What `fullText` shows about the words before a name's core; each look-up reads only near the word. */
function evidenceIn(fullText: string): CoreEvidence {
  return {
    writtenLower: (word) => hasWholeWord(fullText, word),
    usedApart: (word, rest) => {
      const next = ` ${rest.split(' ')[0] ?? ''}`;
      for (const at of wholeWordOffsets(fullText, word)) {
        const before = fullText.slice(Math.max(0, at - 240), at);
        const after = fullText.slice(at + word.length, at + word.length + rest.length + 2);
        // "the Lord Advocate said", "the American": the word after "the" (and one capitalised word), alone.
        if (
          theBefore.test(before.slice(-40)) &&
          !(after.startsWith(next) && !/^\p{L}/u.test(after.slice(next.length)))
        )
          return true;
        // "Minister for Trade, Ports and Science Ann Lee": the last of a post's capitalised list.
        if (after.startsWith(` ${rest}`) && postListBefore.test(before)) return true;
      }
      return false;
    },
    onlyBefore: (word, rest) => writtenOnlyBefore(fullText, word, rest),
  };
}

/** How often `part` is written in `text`. */
function count(text: string, part: string): number {
  let n = 0;
  if (part !== '')
    for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

/**
 * The person's name inside `name` when the article shows the core to be a person's, else `name`:
 * "Housing and Planning Minister Ann Lee" -> "Ann Lee"; "Prevent Child Sexual Abuse" stays whole (the
 * article writes "sexual" in lowercase), as does a body ("Church of Scientology").
 */
export function personCoreIn(name: string, fullText: string): string {
  const fuller = secondGivenIn(name, fullText);
  if (fuller !== null) return fuller;
  // The cheap tests first, on the shortest core the name may have: no person's, no need to read on.
  const shortest = shortestCore(name);
  if (shortest === null || isOrgLike(shortest.toLowerCase().split(' '))) return name;
  if (hasWholeWord(fullText, (shortest.split(' ')[0] ?? '').toLowerCase())) return name;
  const core = nameCore(name, evidenceIn(fullText));
  if (core === name || isOrgLike(core.toLowerCase().split(' '))) return name;
  if (hasWholeWord(fullText, (core.split(' ')[0] ?? '').toLowerCase())) return name;
  const before =
    name
      .slice(0, name.length - core.length)
      .trim()
      .split(' ')
      .pop() ?? '';
  const surname =
    core
      .split(' ')
      .filter((w) => !nameSuffix.test(w))
      .pop() ?? '';
  const again = count(fullText, surname) > count(fullText, name);
  return isTitleWord(before) || again ? core : name;
}

/** A post's run of "Title of (the) Body" ending right before a name ("Secretary of the Air Force "). */
const postOfBefore = /\p{Lu}[\p{L}.]* (?:of|for) (?:the )?(?:\p{Lu}[\p{L}.'’-]* ){2,5}$/u;

/**
 * "Secretary of the Air Force Ann Marie Holt", which the run cuts to its last two words ("Marie Holt"):
 * the name with the given name before it when the article writes the name only after that post's run
 * and the word before it reads as a second given name (name-core.ts); null otherwise.
 */
function secondGivenIn(name: string, fullText: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !/^\p{Lu}\p{Ll}/u.test(words[0] ?? '')) return null;
  let found: string | null = null;
  let read = 0;
  for (const at of wholeWordOffsets(fullText, name)) {
    // The first places the name is written decide; a huge article is not read to its end for each name.
    if (++read > 50) break;
    const run = postOfBefore.exec(fullText.slice(Math.max(0, at - 120), at))?.[0];
    if (run === undefined) return null;
    const core = nameCore(`${run}${name}`, evidenceIn(fullText));
    if (!core.endsWith(` ${name}`) || core.split(' ').length !== words.length + 1) return null;
    // "President of the European Commission Ann Lee": a body's own word is no given name.
    if (isOrgLike([(core.split(' ')[0] ?? '').toLowerCase()])) return null;
    if (found !== null && found !== core) return null;
    found = core;
  }
  return found;
}

/** A word without its accents, lowercase ("Hernández" -> "hernandez"). */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * "Hernandez" where the article names "Ann Hernández": a surname written without accents resolves to
 * the one full name whose surname differs from it only by accents; null when none or several.
 */
export function accentedSurname(
  key: string,
  mentions: readonly { words: string[]; name: string }[],
): string | null {
  if (!/^[a-z]{3,}$/.test(key)) return null;
  const found = new Set<string>();
  for (const m of mentions) {
    const last = m.words[m.words.length - 1] ?? '';
    if (m.words.length >= 2 && m.words.length <= 4 && last !== key && folded(last) === key) found.add(m.name);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
