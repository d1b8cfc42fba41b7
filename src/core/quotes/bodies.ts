// A body referred back to by its kind ("the organisation said", "the embassy said in a statement"): the
// one body of that kind the article named before, when it named exactly one; else it stays as written.
import type { Mention } from './mentions.ts';

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

/**
 * "The organisation states ...": the one name with a body's word (`Life Ministry`, `Dale Trust`) the
 * article mentioned before `at`, given as `resolve` gives it; null for another noun or none or two.
 */
export function soleBodyNamed(
  noun: string,
  mentions: readonly Mention[],
  at: number,
  resolve: (m: Mention) => string,
): string | null {
  if (!kindNouns.has(noun.toLowerCase())) return null;
  let found: string | null = null;
  for (const m of mentions) {
    if (m.at >= at) break;
    if (m.words.length < 2 || !m.words.some((w) => bodyWords.has(w))) continue;
    const name = resolve(m);
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/**
 * "... an employee of the U.S. embassy in Sudan. '...,' said the embassy": the one fuller description
 * of that noun written before `at` (capitalised words before it, a place after "in" or "of"), with "the".
 */
export function soleDescribedBody(noun: string, paragraphs: readonly string[], at: number): string | null {
  const p = Math.floor(at / 2 ** 32);
  const noun_ = noun.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!noun_) return null;
  const cap = "\\p{Lu}[\\p{L}.'’-]*";
  const pattern = new RegExp(
    `(?<![\\p{L}])[Tt]he\\s+((?:${cap}\\s+){1,3}${noun_}(?:\\s+(?:in|of)\\s+${cap}(?:\\s+${cap}){0,2})?)(?![\\p{L}])`,
    'gu',
  );
  const found = new Set<string>();
  for (let k = 0; k <= p && k < paragraphs.length; k++) {
    const text = k === p ? (paragraphs[k] ?? '').slice(0, at % 2 ** 32) : (paragraphs[k] ?? '');
    for (const m of text.matchAll(pattern)) found.add(`the ${m[1]}`);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
