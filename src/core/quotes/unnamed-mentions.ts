// Whether the article introduces someone unnamed ("a witness", "the victim's mother") whom a later
// "the witness" can point back to.
import { escapeRegExp } from './name-words.ts';

/** True when `text` introduces an unnamed person by the head noun of `phrase` ("a witness" for "the witness"). */
export function searchUnnamed(text: string, phrase: string): boolean {
  const head = /(\p{L}+)$/u.exec(phrase)?.[1];
  if (!head) return false;
  // Both patterns below need the head noun written as it is or in lowercase: without it, nothing to read.
  if (!text.includes(head) && !text.includes(head.toLowerCase())) return false;
  const h = escapeRegExp(head);
  // "a witness": the noun itself, lowercase, with at most two modifiers and no name after it (not
  // "A statement from Detective Chris Copeland", not "a witness, Jo Hart,").
  const between = '(?:(?!(?:from|of|for|with|by|to|at|in|on|and|or)\\s)[\\p{Ll}-]+\\s+){0,2}';
  if (
    new RegExp(`(?<![\\p{L}])[Aa]n?\\s+${between}${h.toLowerCase()}(?![\\p{L}])(?!,?\\s+\\p{Lu})`, 'u').test(
      text,
    )
  )
    return true;
  // "the victim's mother": a relation of someone unnamed, unnamed too unless a name stands next to it.
  const owned = new RegExp(`(?<![\\p{L}])\\p{Ll}+['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${h}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(owned)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (/^,?\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}[\p{L}'’-]*,\s+[\p{L}'’ -]*$/u.test(before)) continue;
    return true;
  }
  return false;
}
