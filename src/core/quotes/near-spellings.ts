// Names spelt one letter apart ("Klinsmann" and "Klinsman", "DONOGHUE:" over "John Donaghue"): the
// same person misspelt, read as one.
import { isShouted, type Mentions } from './mentions.ts';

/** True when one word becomes the other by adding or dropping one letter ("klinsmann", "klinsman"). */
export function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** True when two words of the same length differ in exactly one letter ("donoghue", "donaghue"). */
export function oneLetterChanged(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/**
 * "DONOGHUE:" over a quote in a story that names "John Donaghue": a transcript label the story never
 * writes in its own case, one letter off the surname of exactly one full name, is that person. A surname
 * written alone in the story's case ("said Shultz" where it names "Samantha Schultz"), in no full name
 * of its own, is too when a letter is added or dropped (a changed letter may be another family: "Hanson"),
 * also from five letters ("said Dunne" for "Kay Dunnes"). A surname written only after a title, two
 * letters off, is that person too (titledAlone).
 */
export function misspeltLabel(mentions: Mentions, key: string): string | null {
  if (key.length < 5) return null;
  const shouted = mentions.withWord(key).every((m) => isShouted(m.name));
  const found = new Set<string>();
  for (const m of mentions.all) {
    const surname = m.words[m.words.length - 1] ?? '';
    if (m.words.length < 2 || m.words.length > 3 || isShouted(m.name) || surname.length < 6) continue;
    if (oneLetterApart(key, surname) || (shouted && key.length >= 6 && oneLetterChanged(key, surname)))
      found.add(m.name);
  }
  if (found.size === 0 && titledAlone(mentions, key)) {
    for (const m of mentions.all) {
      const surname = m.words[m.words.length - 1] ?? '';
      if (m.words.length < 2 || m.words.length > 3 || isShouted(m.name)) continue;
      if (key.length >= 7 && surname[0] === key[0] && twoLettersApart(key, surname)) found.add(m.name);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * "Ms Buchtman" where the story introduced "Lydia Buchtmann": a surname written only after a title
 * ("Ms", "Dr"), with no full name of its own, presupposes a person the story introduced in full.
 */
function titledAlone(mentions: Mentions, key: string): boolean {
  const own = mentions.withWord(key);
  return own.length > 0 && own.every((m) => m.words.length === 1) && own.some((m) => m.gender !== null);
}

/** True when one letter dropped from each word, or from one word twice, leaves the same letters. */
export function twoLettersApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 2) return false;
  const drops = (w: string) => [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
  if (a.length === b.length) {
    const fromB = new Set(drops(b));
    return drops(a).some((x) => fromB.has(x));
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return drops(long).some((x) => oneLetterApart(x, short) || x === short);
}
