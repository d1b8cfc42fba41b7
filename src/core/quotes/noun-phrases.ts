// Noun phrases read forward from a speech verb ("said the Observer's Philip French"), a common-noun
// subject, and who owns a statement; phrases read back from a common head noun are common-noun-phrase.ts.
import { commonNounPhrase, nameRightAfter } from './common-noun-phrase.ts';
import { orgNouns, personPronouns, speechVerbBase, titles } from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import { isPostOnly, titledAfterList } from './posts.ts';
import { nameRef, postModifiers, type SpeakerRef } from './speaker-ref.ts';
import { isCapitalised, isWord, stripPossessive, type Token } from './tokens.ts';
import { auxiliaries, irregularPasts } from './verb-shapes.ts';

/** Words that end a noun phrase read forward from a verb. */
export const npStops = new Set(
  'who which whose whom while when as after before during in on at to because and but with from that where since although per via'.split(
    ' ',
  ),
);

/**
 * "the lawyer for the family of Tom Hale", "the mother of Ann Lee": a person's name (two words or more,
 * no organisation's) within a few words after the post-modifier at `k`. The role before it is someone
 * related to that person, never the person.
 */
export function relatesToPerson(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:of|for|to)$/.test(tokens[k]?.text ?? '')) return false;
  let end = k + 1;
  while (end < tokens.length && end < k + 8 && isWord(tokens[end])) end++;
  return findNameRuns(tokens.slice(k + 1, end)).some(
    (r) => r.name.includes(' ') && !r.possessive && !isOrgLike(r.name.toLowerCase().split(' ')),
  );
}

/** "Director in Charge Ann Lee", "Editor in Chief Tom Hale": an "in" inside a post before a name. */
function postsIn(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text !== 'in' || !titles.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return false;
  return isCapitalised(tokens[k + 1]?.text ?? '') && isCapitalised(tokens[k + 2]?.text ?? '');
}

/** A name or common noun phrase starting at token `i` (after an inverted verb, "according to", "by"). */
export function nounPhraseAfter(tokens: readonly Token[], i: number, base: number): SpeakerRef {
  const lead = tokens[i];
  if (!lead) return { kind: 'unknown' };
  if (personPronouns.has(lead.text.toLowerCase())) return { kind: 'pronoun', word: lead.text.toLowerCase() };
  let end = i;
  const stops = (k: number) =>
    (npStops.has(tokens[k]?.text ?? '') && !postsIn(tokens, k)) ||
    (postModifiers.has(tokens[k]?.text ?? '') && /^\p{Ll}/u.test(tokens[k - 1]?.text ?? ''));
  while (end < tokens.length && end - i < 12) {
    if (isWord(tokens[end]) && !stops(end)) end++;
    // `said Chair “DJ” Penn`: a nickname in marks inside the name is read with it.
    else if (end > i && nicknameMarks(tokens, end)) end += 3;
    else break;
  }
  const slice = tokens.slice(i, end);
  const runs = findNameRuns(slice);
  // "Paul Hofheinz of the Lisbon Council", "Cara Diemont of IT firm Dimension Data": the person before
  // the post-modifier; else the name that ends the phrase ("the Observer's Philip French").
  // ("said Secretary General of the Dale Community Ann Lee": a post before "of" is nobody's name, when
  // a person's name closes the phrase)
  const tail = runs[runs.length - 1];
  const named =
    tail?.last === slice.length - 1 &&
    /^\p{Lu}\S*(?: \p{Lu}\S*)*$/u.test(tail.name) &&
    !isOrgLike(tail.name.toLowerCase().split(' '));
  const person = runs.find(
    (r) => !r.possessive && postModifiers.has(slice[r.last + 1]?.text ?? '') && !(named && isPostOnly(r)),
  );
  if (person) return nameRef(person, tokens, i, base);
  const lastRun = runs[runs.length - 1];
  // "said Ann Lee and Tom Park in a joint statement": both of them, kept as written, never one alone.
  if (lastRun && lastRun.last === slice.length - 1 && !lastRun.possessive && tokens[end]?.text === 'and') {
    const other = findNameRuns(tokens.slice(end + 1, end + 6))[0];
    // "said Incoming Majority Whip and Assistant Speaker Ann Holt": two posts of one person.
    if (other?.first === 0 && !other.possessive && isPostOnly(lastRun) && other.titleWords.length > 0)
      return nameRef(other, tokens, end + 1, base);
    if (other?.first === 0 && !other.possessive) {
      const words = tokens.slice(i + lastRun.first, end + 1 + other.last + 1).map((t) => t.text);
      return { kind: 'document', phrase: words.join(' ') };
    }
    // "said Ann Lee and her husband": the two together, one of them unnamed.
    if (/^(?:his|her|their|the|a|an|other|several|two|three)$/i.test(tokens[end + 1]?.text ?? ''))
      return { kind: 'nobody' };
  }
  // "said Assistant Secretary for Health, Dr. Ann Lee": a post, then the person in apposition.
  const after = tokens[end]?.text === ',' ? findNameRuns(tokens.slice(end + 1, end + 7))[0] : undefined;
  if (
    lastRun?.last === slice.length - 1 &&
    isPostOnly(lastRun) &&
    after?.first === 0 &&
    !after.possessive &&
    after.name.includes(' ')
  )
    return nameRef(after, tokens, end + 1, base);
  const listed = lastRun?.last === slice.length - 1 && isOrgLike(lastRun.name.toLowerCase().split(' '));
  const closing = listed ? titledAfterList(tokens, end) : null;
  if (closing) return nameRef(closing.run, tokens, closing.offset, base);
  if (lastRun && lastRun.last === slice.length - 1 && !lastRun.possessive)
    return nameRef(lastRun, tokens, i, base);
  // "said his lawyer, Jane Roe", "wrote the student newspaper, The State Press": the name in apposition.
  const from = tokens[end + 1]?.text === 'The' ? end + 2 : end + 1;
  const apposed = tokens[end]?.text === ',' ? findNameRuns(tokens.slice(from, from + 5))[0] : undefined;
  if (runs.length === 0 && apposed?.first === 0 && !apposed.possessive && end > i)
    return nameRef(apposed, tokens, from, base);
  if (end > i) {
    const phrase = commonNounPhrase(tokens, end - 1, i, base);
    // "said the lawyer for the family of Tom Hale": someone related to Tom Hale, not Tom Hale.
    return phrase.kind === 'role' && relatesToPerson(tokens, end) ? { kind: 'nobody', one: true } : phrase;
  }
  return { kind: 'unknown' };
}

/** True when tokens from `k` are a nickname in marks between capitalised words (`“DJ” Penn`). */
function nicknameMarks(tokens: readonly Token[], k: number): boolean {
  return (
    /^[“"‘]$/.test(tokens[k]?.text ?? '') &&
    isCapitalised(tokens[k + 1]?.text ?? '') &&
    /^[”"’]$/.test(tokens[k + 2]?.text ?? '') &&
    isCapitalised(tokens[k + 3]?.text ?? '') &&
    isCapitalised(tokens[k - 1]?.text ?? '')
  );
}

/**
 * A common-noun subject opening a clause at token `i` ("The victim's mother emerged", "up to 20
 * protesters demanded"): an organisation, a role or an unnamed person; unknown when a name or no verb follows.
 */
export function commonSubject(tokens: readonly Token[], i: number, base: number): SpeakerRef {
  // Plural nouns look like verbs ("protesters"), so only a clear verb ends the phrase.
  const verb = (w: string) =>
    auxiliaries.test(w) || irregularPasts.has(w) || speechVerbBase(w) !== null || /^\p{Ll}{2,}ed$/u.test(w);
  let j = i;
  while (
    j < i + 7 &&
    isWord(tokens[j]) &&
    (j === i || !isCapitalised(tokens[j]?.text ?? '') || namesBody(tokens, j, i)) &&
    !verb(tokens[j]?.text ?? '') &&
    !/^(?:who|which|whose|that|and|but|or|when|while|as|in|on|at|with|from)$/.test(tokens[j]?.text ?? '')
  )
    j++;
  // "A neighbour, who did not want to be named, disagreed": the verb after the relative clause.
  let v = j;
  if (tokens[j]?.text === ',' && /^(?:who|whose)$/.test(tokens[j + 1]?.text ?? '')) {
    v = j + 2;
    while (v < j + 20 && v < tokens.length && tokens[v]?.text !== ',') v++;
    v++;
  }
  if (j === i || !verb(tokens[v]?.text ?? '')) return { kind: 'unknown' };
  const ref = commonNounPhrase(tokens, j - 1, i, base);
  return ref.kind === 'nobody' || ref.kind === 'role' || ref.kind === 'org' ? ref : { kind: 'unknown' };
}

/** "The Dale committee cited": one capitalised word right before a body's lowercase noun, which it names. */
function namesBody(tokens: readonly Token[], j: number, i: number): boolean {
  const noun = tokens[j + 1]?.text ?? '';
  return orgNouns.has(noun) && (j - 1 === i || !isCapitalised(tokens[j - 1]?.text ?? ''));
}

/** "Pyongyang's recent declaration", "his warning", "claims from X": who owns a statement noun at `v`. */
export function statementOwner(tokens: readonly Token[], v: number, base: number): SpeakerRef {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k] as Token;
    const { word, possessive } = stripPossessive(t.text);
    if (possessive && isCapitalised(word)) {
      const run = findNameRuns(tokens.slice(0, k + 1)).find((r) => r.last === k);
      return { kind: 'name', name: run?.name ?? word, offset: base + t.start };
    }
    if (/^(?:his|her)$/i.test(t.text))
      return { kind: 'pronoun', word: t.text.toLowerCase() === 'his' ? 'he' : 'she' };
    if (/^its$/i.test(t.text)) return { kind: 'organisation' };
  }
  if (/^(?:by|of|from)$/.test(tokens[v + 1]?.text ?? '')) {
    const ref = nounPhraseAfter(tokens, v + 2, base);
    // "a statement from Mayor Ann Lee about the vote:": the name that opens the phrase.
    return ref.kind === 'unknown' ? (nameRightAfter(tokens, v + 2, base) ?? ref) : ref;
  }
  return { kind: 'unknown' };
}
