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
 * of its own, is too when a letter is added or dropped (a changed letter may be another family: "Hanson").
 */
export function misspeltLabel(mentions: Mentions, key: string): string | null {
  if (key.length < 6) return null;
  const shouted = mentions.withWord(key).every((m) => isShouted(m.name));
  const found = new Set<string>();
  for (const m of mentions.all) {
    const surname = m.words[m.words.length - 1] ?? '';
    if (m.words.length < 2 || m.words.length > 3 || isShouted(m.name) || surname.length < 6) continue;
    if (oneLetterApart(key, surname) || (shouted && oneLetterChanged(key, surname))) found.add(m.name);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
