// A title standing alone ("the Queen", "the President", "the Prime Minister") is no name, unless the
// article writes it as the end of a longer one ("Jason King", "the Minister of State").
import { cached } from './cached.ts';
import { titles } from './lexicon.ts';
import type { Mentions } from './mentions.ts';

/** Words that qualify a title into one of two words ("Prime Minister", "Vice President"). */
const titleQualifiers = new Set(['prime', 'vice', 'deputy', 'foreign', 'chief', 'first']);

/** True for a title standing alone, read against the article's mentions; `cache` keeps each answer by key. */
export function isBareTitleIn(mentions: Mentions, name: string, cache: Map<string, boolean>): boolean {
  // "President", and a title of two words whose first only qualifies it ("Prime Minister").
  const words = name.toLowerCase().split(' ');
  const w = words[words.length - 1] as string;
  if (words.length > 2 || !titles.has(w)) return false;
  if (words.length === 2 && !titleQualifiers.has(words[0] as string)) return false;
  // Not when the article uses it as the end of a longer name ("the Minister of State").
  const key = words.join(' ');
  return cached(
    cache,
    key,
    () =>
      !mentions
        .withWord(w)
        .some(
          (m) =>
            m.words.length > words.length &&
            m.words[m.words.length - 1] === w &&
            !(words.length === 2 && m.words[m.words.length - 2] === words[0]),
        ),
  );
}
