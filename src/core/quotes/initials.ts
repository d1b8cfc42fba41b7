// A body's initials given in brackets with its name ("Dale Rail Agency (DRA)", "DRA (Dale Rail Agency)"):
// the initials written alone later stand for that name, the fullest form the article gives.
import { hasWholeWord } from '../text/whole-word.ts';
import type { NameIndex } from './name-index.ts';
import type { NameRun } from './name-runs.ts';
import type { Token } from './tokens.ts';

/** Small words a body's initials may pass over ("Bank of Dale" -> "BD" or "BoD"). */
const joiners = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&', 'de', 'du', 'des', 'la', 'le']);
/** Initials as written: a capital, then letters or "&", two capitals at least ("DRA", "AfCFTA"). */
const initialsShape = /^\p{Lu}[\p{L}&]*\p{Lu}[\p{L}&]*$/u;

/**
 * The words at the end of `name` whose first letters spell the capitals of `initials`, small joining
 * words passed over or counted; null when they do not spell them. A post or place before the body's
 * own name is left out ("Director of the Dale Rail Agency (DRA)" -> "Dale Rail Agency").
 */
export function spelledName(name: string, initials: string): string | null {
  const capitals = [...initials].filter((c) => /\p{Lu}/u.test(c));
  const words = name.split(' ');
  let c = capitals.length - 1;
  let k = words.length - 1;
  for (; k >= 0 && c >= 0; k--) {
    const word = words[k] as string;
    const spells = lettersOf(word).find(
      (l) => l.length <= c + 1 && capitals.slice(c - l.length + 1, c + 1).join('') === l,
    );
    if (spells) c -= spells.length;
    else if (!joiners.has(word.toLowerCase())) return null;
  }
  if (c >= 0) return null;
  const spelled = words.slice(k + 1);
  return spelled.length >= 2 ? spelled.join(' ') : null;
}

/**
 * Every body a paragraph names with its initials in brackets, as [initials, name]: read from the tokens
 * and name runs `indexParagraph` has already made of it.
 */
export function bracketedInitials(tokens: readonly Token[], runs: readonly NameRun[]): [string, string][] {
  const found: [string, string][] = [];
  for (const [r, run] of runs.entries()) {
    if (run.possessive || tokens[run.last + 1]?.text !== '(') continue;
    const inside = runs[r + 1];
    if (!inside || inside.first !== run.last + 2 || tokens[inside.last + 1]?.text !== ')') continue;
    const [short, long] = run.name.includes(' ') ? [inside.name, run.name] : [run.name, inside.name];
    const name = bracketed(short, long) ? spelledName(long, short) : null;
    if (name) found.push([short, name]);
  }
  return found;
}

/** Records "initials -> name" aliases for the bodies found with their initials, once every paragraph is read. */
export function aliasInitials(index: NameIndex, fullText: string): void {
  for (const [short, name] of index.initials) {
    // ("WHO" is no alias of a word the article writes in lowercase, "who")
    if (!hasWholeWord(fullText, short.toLowerCase())) index.aliases.set(short.toLowerCase(), name);
  }
}

/** True when `short` has the shape of initials and `long` is a name of several words. */
function bracketed(short: string, long: string): boolean {
  return initialsShape.test(short) && !short.includes(' ') && long.includes(' ');
}

/** The letters a word may give its body's initials, most first: "U.S." -> US, "Anti-Doping" -> AD or A. */
function lettersOf(word: string): string[] {
  const first = word[0]?.toUpperCase() ?? '';
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return [word.replaceAll('.', ''), first];
  if (word.includes('-'))
    return [
      word
        .split('-')
        .map((p) => p[0]?.toUpperCase() ?? '')
        .join(''),
      first,
    ];
  return [first];
}
