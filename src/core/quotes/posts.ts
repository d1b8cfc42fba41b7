// A person's post written as a long capitalised phrase: "Ann Lee, Commissioner for Trade, Ports and
// Customs, said", "Vice-President for Budgets and Social Affairs, also in charge of Banking Union, Bo
// Ek said". The post's words, commas and "and" inside it, are no name: the person is.
import { titles } from './lexicon.ts';
import { particles } from './name-run-words.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** Lowercase words a post's phrase may hold ("for", "of the", "responsible for", "also in charge of"). */
const postJoiners = new Set(
  'and & for of the responsible also in charge with currently portfolio portfolios'.split(' '),
);

/** True for a word that is a title ("Commissioner", "Vice-President", "Whip"). */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return titles.has(w) || (w.includes('-') && w.split('-').some((part) => titles.has(part)));
}

/** True when tokens `a`..`b` (inclusive) are only a post's words: capitalised words, joiners and commas. */
function postWords(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]?.text ?? '';
    if (t !== ',' && !isCapitalised(t) && !postJoiners.has(t)) return false;
  }
  return true;
}

/**
 * "Ann Lee, Commissioner for Trade, Ports and Customs, said": with the comma at `j` right before the
 * verb, the person named before a post that opens with a title and holds "for"/"of" or a comma; the
 * name run (of two words or more), else null.
 */
export function personBeforePost(
  tokens: readonly Token[],
  j: number,
  from: number,
): { run: NameRun; offset: number } | null {
  if (tokens[j]?.text !== ',') return null;
  for (let c = j - 2; c > from && c >= j - 40; c--) {
    const t = tokens[c]?.text ?? '';
    if (t !== ',' && !isCapitalised(t) && !postJoiners.has(t)) return null;
    if (t !== ',') continue;
    // The post opens right after this comma, with a title among its first capitalised words.
    let k = c + 1;
    let titled = false;
    for (; k < j && isCapitalised(tokens[k]?.text ?? ''); k++)
      if (isTitleWord(tokens[k]?.text ?? '')) titled = true;
    if (!titled || !postWords(tokens, c + 1, j - 1)) continue;
    const between = tokens.slice(c + 1, j).map((x) => x.text);
    if (!between.some((w) => w === 'for' || w === 'of' || w === ',')) continue;
    const named = personEndingAt(tokens, c - 1, from, 5);
    if (!named || !named.run.name.split(' ').every((w) => /^\p{Lu}/u.test(w))) continue;
    return named;
  }
  return null;
}

/**
 * The name run of two words or more that ends at token `end` (read from `reach` tokens back, not before
 * `from`), not possessive, none of its words a title; with its offset, or null.
 */
function personEndingAt(
  tokens: readonly Token[],
  end: number,
  from: number,
  reach: number,
): { run: NameRun; offset: number } | null {
  const start = Math.max(from, end - reach);
  const run = findNameRuns(tokens.slice(start, end + 1)).pop();
  if (!run || run.last !== end - start || run.possessive) return null;
  const words = run.name.split(' ');
  return words.length >= 2 && !words.some(isTitleWord) ? { run, offset: start } : null;
}

/** Prepositions that tie a post to its body or place ("chairwoman for ...", "secretary of ..."). */
const postPrepositions = new Set(['for', 'of', 'at', 'with', 'from', 'in']);

/**
 * "Ann Lee, 47, legal chairwoman for the Assembly for Human Rights La Plata said": an appositive post that
 * the writer never closed with a comma, ending at token `j` right before the verb in the body or place it
 * is for. The person named before the post's comma (an age between allowed), when the post opens in
 * lowercase and ties itself to a capitalised name by a preposition; the name run and its offset, or null.
 */
export function personBeforeUnclosedPost(
  tokens: readonly Token[],
  j: number,
  from: number,
): { run: NameRun; offset: number } | null {
  if (!isCapitalised(tokens[j]?.text ?? '')) return null;
  let c = j - 1;
  while (c > from && c >= j - 25 && tokens[c]?.text !== ',') c--;
  if (tokens[c]?.text !== ',' || c <= from) return null;
  const post = tokens.slice(c + 1, j + 1).map((t) => t.text);
  // The post opens with lowercase words ("legal chairwoman", "a spokeswoman", "secretary of").
  if (!/^\p{Ll}/u.test(post[0] ?? '')) return null;
  const tie = post.findIndex((w) => postPrepositions.has(w));
  if (tie < 1 || !post.slice(tie + 1).some((w) => isCapitalised(w))) return null;
  if (post.slice(0, tie).some((w) => !/^\p{Ll}+$/u.test(w))) return null;
  // "Ann Lee, 47, ...": an age set off by commas stands between the name and the post.
  let end = c - 1;
  if (/^\d{1,3}$/.test(tokens[end]?.text ?? '') && tokens[end - 1]?.text === ',') end -= 2;
  const named = personEndingAt(tokens, end, from, 6);
  if (!named) return null;
  const { run, offset } = named;
  // The name opens the clause: the sentence's start, or a comma, a colon or a quote mark before it.
  const before = tokens[offset + run.first - 1]?.text;
  if (offset + run.first > from && before !== undefined && !/^[,;:"“”]$/.test(before)) return null;
  return run.name.split(' ').every((w) => /^\p{Lu}/u.test(w) || particles.has(w)) ? named : null;
}

/**
 * True for a name run that is a post and nobody's name ("Incoming Majority Whip", "Assistant
 * Secretary for Health").
 */
export function isPostOnly(run: NameRun): boolean {
  const words = run.name.split(' ');
  if (isTitleWord(words[words.length - 1] ?? '')) return true;
  // "Assistant Secretary for Health", "Minister of Finance": a title, then what it is for.
  const k = words.findIndex((w) => !isTitleWord(w));
  return k > 0 && /^(?:for|of)$/.test(words[k] ?? '');
}

/**
 * "said Bureau of Forests, Rivers and Lakes (BFRL) Director Ann Lee", "said House Fisheries Subcommittee
 * on Ports, Rivers and Lakes Chair Ann Lee": a body's name with commas in it, read on from the comma
 * (or "on", "of", "for") at `end` to the titled person who closes it; the run and its offset, or null.
 */
export function titledAfterList(
  tokens: readonly Token[],
  end: number,
): { run: NameRun; offset: number } | null {
  if (!/^(?:,|on|of|for)$/.test(tokens[end]?.text ?? '')) return null;
  let k = end + 1;
  let closed = false;
  while (k < tokens.length && k < end + 24) {
    const t = tokens[k]?.text ?? '';
    if (t === 'and' || t === '&') closed = true;
    else if (t !== ',' && t !== '(' && t !== ')' && !isCapitalised(t)) break;
    k++;
  }
  if (!closed) return null;
  const run = findNameRuns(tokens.slice(end + 1, k)).pop();
  if (!run || run.last !== k - end - 2 || run.possessive || run.titleWords.length === 0) return null;
  return run.name.includes(' ') ? { run, offset: end + 1 } : null;
}

/** Words that open a clause giving a person's remit ("who holds responsibility for", "responsible for"). */
const remitOpeners = /^(?:who|responsible|also|charged|in)$/;

/**
 * "Ann Lee, who is responsible for Ports, Rivers and Lakes said", "Commissioner Lee, responsible for the
 * Internal Market said": the capitalised words at `j`, right before the verb, close a remit after "for"
 * or "of", opened after the comma that follows the person; the person's run and its offset, or null.
 */
export function holderBeforeRemit(
  tokens: readonly Token[],
  j: number,
  from: number,
): { run: NameRun; offset: number } | null {
  if (!isCapitalised(tokens[j]?.text ?? '')) return null;
  let k = j;
  while (k > from && /^(?:,|and|&|the)$|^\p{Lu}/u.test(tokens[k]?.text ?? '')) k--;
  if (!/^(?:for|of)$/.test(tokens[k]?.text ?? '')) return null;
  let c = k - 1;
  while (c > from && c > k - 12 && /^\p{Ll}/u.test(tokens[c]?.text ?? '')) c--;
  if (tokens[c]?.text !== ',' || !remitOpeners.test(tokens[c + 1]?.text ?? '')) return null;
  const start = Math.max(from, c - 7);
  const run = findNameRuns(tokens.slice(start, c)).pop();
  if (!run || run.last !== c - 1 - start || run.possessive) return null;
  return run.titleWords.length > 0 || run.name.includes(' ') ? { run, offset: start } : null;
}

/**
 * "Ann Lee, a spokesperson for the Dalmatian Embassy in Oslo, who said": the name at token `k` closes
 * an appositive ("a/an/the" and a lowercase noun) after a person's name and a comma; "who" is that
 * person. The person's run and its offset, else null.
 */
export function personBeforeAppositive(
  tokens: readonly Token[],
  k: number,
  from: number,
): { run: NameRun; offset: number } | null {
  let c = k - 1;
  while (c > from && c > k - 16 && tokens[c]?.text !== ',' && !/^[.;:!?"“”]$/.test(tokens[c]?.text ?? ''))
    c--;
  if (tokens[c]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[c + 1]?.text ?? '')) return null;
  if (!/^\p{Ll}/u.test(tokens[c + 2]?.text ?? '')) return null;
  const start = Math.max(from, c - 6);
  const run = findNameRuns(tokens.slice(start, c)).pop();
  if (!run || run.last !== c - 1 - start || run.possessive) return null;
  return run.titleWords.length > 0 || run.name.includes(' ') ? { run, offset: start } : null;
}
