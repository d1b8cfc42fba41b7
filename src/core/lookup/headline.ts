// Matching what someone types into the `article` option against a headline: every typed word
// must begin a word of the headline ("ferr str" finds "Harbour ferry strike"), or the typed text
// must be part of the slug. Cheap enough to run over a thousand headlines per keystroke.
import { words } from './match.ts';

/** A headline prepared once for matching: its words and its slug. */
export interface HeadlineKey {
  words: string[];
  slug: string;
}

/** Prepares a headline and slug for `matchesHeadline`. */
export function headlineKey(title: string, slug: string): HeadlineKey {
  return { words: words(title), slug };
}

/** Typed text prepared once per request: its words and its lowercase form. */
export interface TypedHeadline {
  words: string[];
  lower: string;
}

/** Prepares typed text; null when nothing was typed (everything matches). */
export function typedHeadline(typed: string): TypedHeadline | null {
  const lower = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  return lower ? { words: words(lower), lower } : null;
}

/** True when every typed word begins a headline word, or the typed text is part of the slug. */
export function matchesHeadline(typed: TypedHeadline | null, key: HeadlineKey): boolean {
  if (!typed) return true;
  if (key.slug.includes(typed.lower.replace(/ /g, '-'))) return true;
  if (typed.words.length === 0) return false;
  return typed.words.every((w) => key.words.some((k) => k.startsWith(w)));
}
