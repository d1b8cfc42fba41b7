// The fullest form the article gives a speaker's name: "M. Daley" where it also writes "William M. Daley",
// "Brooke Rollins" where it writes "Brooke L. Rollins", "Lee James" where every "Lee James" follows
// "Deborah", "KCNA" where it writes "Korean Central News Agency (KCNA)". Only initials and given names
// written nowhere else are taken in, so a place or a post before the name ("London Sadiq Khan") is not.
import { hasWholeWord, wholeWordOffsets, writtenOnlyBefore } from '../text/whole-word.ts';
import { fromGivenName } from './given-name-start.ts';
import { isGivenName } from './given-names.ts';
import { isOrgLike } from './mentions.ts';
import { nameSuffix } from './name-run-words.ts';

/** Capitalised words and initials running up to the end of a text. */
const runBefore = /(?:\p{Lu}[\p{L}\p{M}'’-]*\.?[ \u00a0]+)+$/u;
const initial = /^\p{Lu}\.$/u;
/** A word that makes the capitalised words after it a post's or a body's complement ("of", "from the"). */
const joinerBefore = /(?:^|[^\p{L}])(?:of|for|to|from|at|in|on|the|and)\s+$/iu;
/** How many places the surname is read at; a huge article is not read to its end for each name. */
const maxReads = 50;

/**
 * The one longer name the article writes that holds every word of `name` in order, its other words being
 * initials or a given name written only before the name; `name` itself when there is none or several.
 */
export function fullestForm(name: string, text: string): string {
  if (/^\p{Lu}{2,6}$/u.test(name)) return spelledOut(name, text);
  if (/^\p{Lu}\p{Ll}+$/u.test(name)) return withSurname(name, text);
  const words = name.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length < 2 || !/^\p{Lu}/u.test(name) || nameSuffix.test(last) || !hasWholeWord(text, last))
    return name;
  if (isOrgLike(words.map((w) => w.toLowerCase()))) return name;
  const found = new Set<string>();
  let reads = 0;
  for (const at of wholeWordOffsets(text, last)) {
    if (++reads > maxReads) break;
    const window = text.slice(Math.max(0, at - 120), at);
    const before = runBefore.exec(window)?.[0];
    if (before === undefined) continue;
    // "U.S. Justice Department": a run that starts inside an abbreviation is no name's.
    const lead = window.slice(0, window.length - before.length);
    if (/[\p{L}\p{N}.]$/u.test(lead)) continue;
    // "Archbishop of Dale Justin Wells": after "of" the run's first word ends the post's phrase.
    const runWordsBefore = before.trim().split(/[ \u00a0]+/);
    if (joinerBefore.test(lead)) runWordsBefore.shift();
    const run = fromGivenName([...runWordsBefore, last].join(' '), text);
    const runWords = run.split(' ');
    if (runWords.length <= words.length) continue;
    let k = 0;
    const extra: string[] = [];
    for (const w of runWords) {
      if (k < words.length && w === words[k]) k++;
      else extra.push(w);
    }
    if (k < words.length) continue;
    const first = words[0] as string;
    if (extra.every((w) => initial.test(w) || (isGivenName(w) && writtenOnlyBefore(text, w, first))))
      found.add(run);
  }
  return found.size === 1 ? ([...found][0] as string) : name;
}

/**
 * "Norrie" where the article writes "Aitchison's father Norrie" and once "Norrie Aitchison": a one-word name
 * the article never writes after another capitalised word (so a given name, not a surname), followed in one
 * place only by a surname the article also writes alone; the name itself otherwise.
 */
function withSurname(given: string, text: string): string {
  const found = new Set<string>();
  let reads = 0;
  for (const at of wholeWordOffsets(text, given)) {
    if (++reads > maxReads) return given;
    if (/\p{Lu}[\p{L}\p{M}'’.-]*[ \u00a0]+$/u.test(text.slice(Math.max(0, at - 40), at))) return given;
    const next = /^[ \u00a0]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}'’-]|[ \u00a0]+\p{Lu})/u.exec(
      text.slice(at + given.length, at + given.length + 40),
    )?.[1];
    if (next === undefined) continue;
    if (isOrgLike([next.toLowerCase()]) || isGivenName(next)) return given;
    found.add(next);
  }
  const surname = [...found][0];
  if (found.size !== 1 || surname === undefined) return given;
  // The surname stands alone elsewhere ("Aitchison's father", "Aitchison said"): a family's name.
  let alone = false;
  for (const at of wholeWordOffsets(text, surname))
    if (!text.startsWith(`${given} `, at - given.length - 1)) alone = true;
  return alone ? `${given} ${surname}` : given;
}

/** Small words a body's name keeps that its initials skip ("Catholic Bishops' Conference of the Philippines"). */
const skipped = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&', 'de', 'du', 'des', 'la', 'le']);
const nameWord = "(?:\\p{Lu}[\\p{L}'’.-]*|of|the|and|for|on|in|&)";

/**
 * "KCNA" where the article writes "Korean Central News Agency (KCNA)": the one name written right before
 * the initials in brackets whose capitalised words they spell; the initials themselves otherwise.
 */
function spelledOut(initials: string, text: string): string {
  if (!text.includes(`(${initials})`)) return initials;
  const found = new Set<string>();
  const before = new RegExp(`(${nameWord}(?:[ \\u00a0]+${nameWord}){1,9})[ \\u00a0]*\\(${initials}\\)`, 'gu');
  for (const m of text.matchAll(before)) {
    const words = (m[1] as string).split(/[ \u00a0]+/);
    for (let from = words.length - 1; from >= 0; from--) {
      const tail = words.slice(from);
      if (skipped.has(tail[0] as string)) continue;
      const spelled = tail
        .filter((w) => !skipped.has(w))
        .map((w) => (w[0] as string).toUpperCase())
        .join('');
      if (spelled === initials) {
        found.add(tail.join(' '));
        break;
      }
    }
  }
  return found.size === 1 ? ([...found][0] as string) : initials;
}

/**
 * The name a speaker the rules found is shown by: cut at its first given name (given-name-start.ts), then
 * the fullest form the article writes of it.
 */
export function speakerNameIn(name: string, text: string): string {
  return fullestForm(fromGivenName(name, text), text);
}
