// Fuller forms a short name may stand for, each read one way: the one who spoke beside the nearest full
// name, the full name the headline writes, a person whose surname the article also writes as one word.
import { hasWholeWord } from '../text/whole-word.ts';
import { titles } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { tokenizeWithOffsets } from './tokens.ts';

/**
 * "Spokesman Kim Ho-jin said the test comes before the birthday of the founder Kim Il Sung. ... said
 * Kim": when the nearest full name is only mentioned in a paragraph where another one spoke, before
 * `at`, the one who spoke is meant.
 */
export function speakerBeside(
  speakingAt: ReadonlyMap<string, number[]>,
  nearest: string,
  names: string[],
  candidates: Map<string, { at: number }[]>,
  at: number,
): string | null {
  const last = (candidates.get(nearest) ?? []).filter((m) => m.at < at).pop();
  if (!last) return null;
  const paragraph = Math.floor(last.at / 2 ** 32);
  const spokeThere = (n: string) =>
    (speakingAt.get(n.toLowerCase()) ?? []).some((x) => x < at && Math.floor(x / 2 ** 32) === paragraph);
  if (spokeThere(nearest)) return null;
  const speaking = names.filter((n) => n !== nearest && spokeThere(n));
  return speaking.length === 1 ? (speaking[0] as string) : null;
}

/**
 * The person's name the headline writes with the surname `key` ("Trade Secretary Dana Pell Opens ..."
 * -> "Dana Pell"): the one capitalised word before it that is no title, an initial taken with the word
 * before it; null when the headline has no such name or more than one.
 */
export function headlineName(
  headline: string,
  fullText: string,
  key: string,
  isPerson: (name: string) => boolean,
): string | null {
  if (!headline) return null;
  const tokens = tokenizeWithOffsets(headline).map((t) => t.text);
  const found = new Set<string>();
  tokens.forEach((word, k) => {
    if (word.toLowerCase() !== key || k === 0) return;
    const before = tokens[k - 1] ?? '';
    const initial = /^\p{Lu}[.\u2024]$/u.test(before);
    const first = initial ? (tokens[k - 2] ?? '') : before;
    // ("Refugees Say Myanmar ...": a word the body writes in lowercase is no first name)
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || titles.has(first.toLowerCase())) return;
    if (hasWholeWord(fullText, first.toLowerCase())) return;
    found.add(initial ? `${first} ${before} ${word}` : `${first} ${word}`);
  });
  const name = [...found][0];
  return found.size === 1 && name && isPerson(name) ? name : null;
}

/** "MacDonald" for "Heather Mac Donald": the last two words of each name of three or more, written as one, to the name. */
export function joinedSurnames(mentions: readonly Mention[]): Map<string, string> {
  const joined = new Map<string, string>();
  for (const m of mentions) {
    const n = m.words.length;
    const one = `${m.words[n - 2]}${m.words[n - 1]}`;
    if (n >= 3 && !joined.has(one)) joined.set(one, m.name);
  }
  return joined;
}
