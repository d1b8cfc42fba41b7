// Nationality and regional adjectives ("Indian", "Cuban", "African"): capitalised like names and written
// before a noun ("an Indian doctor", "of Cuban descent"), but never anyone who speaks. Told by their
// shape and by the article's own words, not by a list of nations.
import { hasWholeWord, wholeWordOffsets } from '../text/whole-word.ts';

/** "Cuban", "Iranian", "Chinese", "Scottish", "Iraqi"; not "-man" ("Newman", "Chapman"), a surname ending. */
const shape = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|i)$/u;

/** True for one word shaped like a nationality adjective. */
export function demonymShape(word: string): boolean {
  return shape.test(word) && !word.endsWith('man');
}

/** The places a nationality word may come from: "Cuban" <- "Cuba", "Iranian" <- "Iran", "Chinese" <- "China". */
function placesOf(word: string): string[] {
  const places = [word.slice(0, -1)];
  if (word.endsWith('ian')) places.push(word.slice(0, -3));
  else if (word.endsWith('an')) places.push(word.slice(0, -2));
  if (word.endsWith('ese')) places.push(word.slice(0, -3), `${word.slice(0, -3)}a`);
  if (word.endsWith('ish')) places.push(word.slice(0, -3), `${word.slice(0, -3)}land`);
  return places.filter((p) => p.length >= 3);
}

/**
 * True when the article shows a one-word "name" to be a nationality adjective: it has the shape, and the
 * article (or its headline) names the place it comes from ("Cuba" for "Cuban"), or writes it after the
 * indefinite article ("an Indian doctor"), where a person's name never stands.
 */
export function isDemonym(word: string, text: string, headline: string): boolean {
  if (!demonymShape(word)) return false;
  if (placesOf(word).some((p) => hasWholeWord(text, p) || hasWholeWord(headline, p))) return true;
  for (const at of wholeWordOffsets(text, word)) {
    const next = text.slice(at + word.length, at + word.length + 2);
    if (/^ \p{Ll}/u.test(next) && /(?:^|[^\p{L}])[Aa]n? $/u.test(text.slice(Math.max(0, at - 4), at)))
      return true;
  }
  return false;
}
