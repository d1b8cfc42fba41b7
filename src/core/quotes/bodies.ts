// A body referred back to by its kind ("the organisation said", "the embassy said in a statement"): the
// one body of that kind the article named before, when it named exactly one; else it stays as written.
import { type Mention, positionOf } from './mentions.ts';

/** Nouns for any body, whatever its name ("the organisation", "the charity", "the group"). */
const kindNouns = new Set(['organisation', 'organization', 'charity', 'group', 'ngo', 'body']);
/** Words that make a name a body's that "the organisation" may point back to ("Life Ministry", "Dale Trust"). */
const bodyWords = new Set(
  (
    'ministry department office agency foundation institute committee commission union federation ' +
    'league association council society church board bureau authority service trust charity fund ' +
    'organisation organization network alliance coalition movement ministries'
  ).split(' '),
);

/** The one body an article names from `from` on, until a second one is named at `until`. */
export interface SoleBody {
  name: string;
  from: number;
  until: number;
}

/** True for a noun naming any body ("the organisation"), which a body's name of any kind may answer. */
export function isKindNoun(noun: string): boolean {
  return kindNouns.has(noun.toLowerCase());
}

/** The body named first by a name with a body's word (`Life Ministry`, `Dale Trust`), read once. */
export function firstBodyNamed(
  mentions: readonly Mention[],
  resolve: (m: Mention) => string,
): SoleBody | null {
  let found: SoleBody | null = null;
  for (const m of mentions) {
    if (m.words.length < 2 || !m.words.some((w) => bodyWords.has(w))) continue;
    const name = resolve(m);
    if (!found) found = { name, from: m.at, until: Number.POSITIVE_INFINITY };
    else if (name !== found.name) return { ...found, until: m.at };
  }
  return found;
}

const cap = "\\p{Lu}[\\p{L}.'’-]*";
/** "the U.S. " right before the noun: "the" and one to three capitalised words. */
const describedBefore = new RegExp(`(?<![\\p{L}])[Tt]he\\s+((?:${cap}\\s+){1,3})$`, 'u');
/** " in Sudan" right after the noun, if any, and no letter after that. */
const describedAfter = new RegExp(`^(?:\\s+(?:in|of)\\s+${cap}(?:\\s+${cap}){0,2})?(?![\\p{L}])`, 'u');

/**
 * "... an employee of the U.S. embassy in Sudan. '...,' said the embassy": the first fuller description
 * of a noun (capitalised words before it, a place after "in" or "of"), with "the", read once.
 */
export function firstBodyDescribed(noun: string, paragraphs: readonly string[]): SoleBody | null {
  const word = noun.toLowerCase();
  if (!/^\p{Ll}+$/u.test(word)) return null;
  let found: SoleBody | null = null;
  for (const [p, text] of paragraphs.entries()) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      const before = describedBefore.exec(text.slice(Math.max(0, i - 60), i));
      const after = before ? describedAfter.exec(text.slice(i + word.length, i + word.length + 60)) : null;
      if (!before || !after) continue;
      const at = positionOf(p, i - before[0].length);
      const name = `the ${before[1]}${word}${after[0]}`;
      if (!found) found = { name, from: at, until: Number.POSITIVE_INFINITY };
      else if (name !== found.name) return { ...found, until: at };
    }
  }
  return found;
}

/** The sole body's name for a reference at `at`: named before it, and no second one yet. */
export function soleAt(body: SoleBody | null, at: number): string | null {
  return body && body.from < at && at <= body.until ? body.name : null;
}
