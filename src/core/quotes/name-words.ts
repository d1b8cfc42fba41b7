// Reading a capitalised name that stands right before or after a phrase ("her husband, Ben Carter",
// "Ben Carter, her husband", "X, also known as Y") by walking words: linear on any input, where a
// regex of repeated optional words backtracks without end on a long capitalised word.

/** Most words a name read next to a phrase may have. */
const maxNameWords = 4;
/** A word of a name: a capital, then letters, dots, apostrophes or hyphens. */
const nameWord = /^\p{Lu}[\p{L}.’'-]*/u;

/** The capitalised words (up to 4) that end at `end` in `text`, separated by single spaces; '' if none. */
export function capitalisedBefore(text: string, end: number): string {
  const words: string[] = [];
  let stop = end;
  while (words.length < maxNameWords && stop > 0) {
    const space = text.lastIndexOf(' ', stop - 1);
    const word = text.slice(space + 1, stop);
    if (nameWord.exec(word)?.[0] !== word) break;
    words.unshift(word);
    if (space < 0) break;
    stop = space;
  }
  return words.join(' ');
}

/** The capitalised words (up to 4) that start at `start` in `text`; a word cut by punctuation ends it. */
export function capitalisedAfter(text: string, start: number): string {
  const words: string[] = [];
  let from = start;
  while (words.length < maxNameWords && from < text.length) {
    const space = text.indexOf(' ', from);
    const word = text.slice(from, space < 0 ? text.length : space);
    const name = nameWord.exec(word)?.[0];
    if (!name) break;
    words.push(name);
    if (name !== word || space < 0) break;
    from = space + 1;
  }
  return words.join(' ');
}

/** A name read next to a phrase, without the dots, commas or apostrophes that end a sentence or clause. */
export function trimName(name: string): string {
  let end = name.length;
  while (end > 0 && ".,’'".includes(name[end - 1] as string)) end--;
  return name.slice(0, end).trim();
}

/**
 * The name a relation phrase stands for in the text: "her husband, Ben Carter" (after it) or "Ben
 * Carter, her husband" (before it), the first place the text gives one; null when it never does.
 */
export function relationName(text: string, phrase: string): string | null {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'giu');
  const places = [...text.matchAll(pattern)];
  for (const m of places) {
    const at = m.index + m[0].length;
    const gap = /^,? /.exec(text.slice(at, at + 2))?.[0];
    const name = gap ? trimName(capitalisedAfter(text, at + gap.length)) : '';
    if (name) return name;
  }
  for (const m of places) {
    if (text.slice(Math.max(0, m.index - 2), m.index) !== ', ') continue;
    const name = trimName(capitalisedBefore(text, m.index - 2));
    if (name) return name;
  }
  return null;
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
