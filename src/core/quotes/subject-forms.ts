// Shapes of the words before a speech verb that decide who its subject is: two names joined by "and",
// a document and its sender, a person before a post-modifier, an outlet that carried a document.
import { documentNouns, titles } from './lexicon.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';
import { statementOwner } from './noun-phrases.ts';
import { isPostOnly, isTitleWord } from './posts.ts';
import { nameRef, postModifiers, type SpeakerRef } from './speaker-ref.ts';
import { isCapitalised, isWord, stripPossessive, type Token } from './tokens.ts';
import { looksLikeVerb } from './verb-shapes.ts';

/**
 * "The World Organization for Animal Health (OIE) and the Food and Agriculture Organization have
 * stated": two names joined by "and" speak together, kept as written (never one of them alone).
 */
export function jointSubject(
  tokens: readonly Token[],
  runs: NameRun[],
  at: number,
  from: number,
): SpeakerRef | null {
  const run = runs[at] as NameRun;
  let k = from + run.first - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'and') return null;
  let end = k - 1;
  // "... Animal Health (OIE) and": an acronym in brackets after the first name.
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
  const prev = runs.slice(0, at).find((r) => from + r.last === end);
  if (!prev || prev.possessive) return null;
  // "Incoming Majority Whip and Assistant Speaker Ann Holt": two posts of one person, who is named last.
  if (isPostOnly(prev) && run.titleWords.length > 0) return null;
  // "Senators Ann Roe and Bill Tate": the title shared by both is not part of their names.
  let start = from + prev.first;
  while (start < end && prev.titleWords.includes(tokens[start]?.text.toLowerCase() ?? '')) start++;
  const words = tokens.slice(start, from + run.last + 1);
  const phrase = words
    .map((t, i) => (i > 0 && words[i - 1]?.end !== t.start ? ` ${t.text}` : t.text))
    .join('');
  return { kind: 'document', phrase };
}

/**
 * "A letter from Ann Lee to the board said": a document and its sender, not the last noun before the
 * verb; the sender speaks.
 */
export function documentBefore(
  tokens: readonly Token[],
  j: number,
  from: number,
  base: number,
): SpeakerRef | null {
  for (let k = j - 1; k >= from && k >= j - 10; k--) {
    const word = tokens[k]?.text ?? '';
    if (!isWord(tokens[k]) || (looksLikeVerb(word) && !documentNouns.has(word))) return null;
    if (!documentNouns.has(word.toLowerCase()) || !/^(?:from|by)$/.test(tokens[k + 1]?.text ?? '')) continue;
    const owner = statementOwner(tokens, k, base);
    return owner.kind === 'unknown' ? null : owner;
  }
  return null;
}

/**
 * "Ann Lee of the northern Dale province wrote", "Ann Lee from the local council said": the person
 * named before a post-modifier that ends in lowercase words.
 */
export function personBeforeModifier(
  tokens: readonly Token[],
  j: number,
  from: number,
  base: number,
): SpeakerRef | null {
  for (let k = j - 1; k > from && k >= j - 6; k--) {
    const word = tokens[k]?.text ?? '';
    if (!isWord(tokens[k]) || looksLikeVerb(word)) return null;
    if (!postModifiers.has(word)) continue;
    const runs = findNameRuns(tokens.slice(from, k));
    const run = runs[runs.length - 1];
    if (!run || run.last !== k - 1 - from || run.possessive || run.name.split(' ').length < 2) return null;
    if (afterPreposition(tokens, from + run.first)) return null;
    return nameRef(run, tokens, from, base);
  }
  return null;
}

/** "statement carried by X", "the letter, obtained by X,": X passed a document on, at token `first`. */
export function carrierOfDocument(tokens: readonly Token[], first: number, from: number): boolean {
  const by = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  if (
    tokens[by]?.text !== 'by' ||
    !/^\p{Ll}+(?:ed|en|ied)$|^(?:carried|seen|sent)$/u.test(tokens[by - 1]?.text ?? '')
  )
    return false;
  const doc = tokens[by - 2]?.text === ',' ? by - 3 : by - 2;
  return doc >= from && documentNouns.has(stripPossessive(tokens[doc]?.text ?? '').word.toLowerCase());
}

/** "students about to start school in the U.S. asked": a name after a preposition is not the subject. */
export function afterPreposition(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  // "Ambassador to the Dale Union Ann Lee said": a post's own preposition leads on to its holder's name.
  if (titles.has((tokens[before - 1]?.text ?? '').toLowerCase().replace(/\.$/, ''))) return false;
  return /^(?:in|at|on|from|to|into|near|across|inside|outside|throughout)$/.test(tokens[before]?.text ?? '');
}

/**
 * The words before the comma at `k` describe the name after it: they end in a common word ("Labour's
 * shadow chancellor, Rachel Reeves,") or in "of"/"for"/"at" and a proper name ("the prime minister of
 * Spain, Jose Luis Rodriguez Zapatero,": the person, not the country).
 */
export function describesBefore(tokens: readonly Token[], k: number): boolean {
  // "The general secretary of the RMT union (National Union of ...), Mick Cash,": a bracketed expansion
  // or aside before the comma leaves the words before it describing the name.
  if (tokens[k - 1]?.text === ')') {
    const open = tokens.findLastIndex((t, n) => n < k - 1 && t.text === '(');
    return open > 0 && describesBefore(tokens, open);
  }
  if (/^\p{Ll}/u.test(tokens[k - 1]?.text ?? '')) return true;
  // "Nigerian Army Chief, Lieutenant General Ann Lee,": a capitalised post before the name.
  if (titles.has((tokens[k - 1]?.text ?? '').toLowerCase())) return true;
  if (/^(?:of|for|at|from)$/.test(tokens[k - 2]?.text ?? '') && /^\p{Ll}/u.test(tokens[k - 3]?.text ?? ''))
    return true;
  // "The chairman of Wikimedia Deutschland, Kurt Jansson,": a post at a body named in several words.
  // "Vice-President for Trade and Ports, Ann Lee,": "and" may join the post's capitalised words.
  let m = k - 1;
  while (
    m > k - 9 &&
    m > 0 &&
    (isCapitalised(tokens[m]?.text ?? '') ||
      /^(?:and|&)$/.test(tokens[m]?.text ?? '') ||
      // "delegate to the House of Representatives, Ann Lee,": "of" inside the body's own name, before a
      // full name (a single word after "the University of Dale," is the campus's town).
      (tokens[m]?.text === 'of' &&
        isCapitalised(tokens[k + 2]?.text ?? '') &&
        isCapitalised(tokens[m - 1]?.text ?? '') &&
        isCapitalised(tokens[m + 1]?.text ?? '')))
  )
    m--;
  // "A Republican Assemblywoman, Jill Tolles,": an indefinite article never opens a name, only a description.
  if (/^(?:a|an)$/i.test(tokens[m + 1]?.text ?? '') || /^(?:a|an)$/i.test(tokens[m]?.text ?? '')) return true;
  if (tokens[m]?.text === 'the') m--;
  const post = (tokens[m - 1]?.text ?? '').toLowerCase();
  return (
    /^(?:of|for|at|from|to)$/.test(tokens[m]?.text ?? '') &&
    (isTitleWord(post) || /^\p{Ll}/u.test(tokens[m - 1]?.text ?? ''))
  );
}
