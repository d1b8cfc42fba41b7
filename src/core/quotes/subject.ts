// The subject of a narrative sentence, read past opening phrases ("Prior to the verdict, ...") and
// descriptions ("Her husband, Ben Carter, ..."): who an unattributed quote or "he" most likely points to.
import { documentNouns, isGroupNoun, personPronouns, productNouns } from './lexicon.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';
import { commonSubject, npStops } from './noun-phrases.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { isCapitalised, isWord, type Token, tokenizeWithOffsets } from './tokens.ts';
import { looksLikeVerb } from './verb-shapes.ts';

/** "The countdown by Ann Lee's fans": a name after one of these is the object, not the subject. */
const objectPrepositions = /^(?:by|for|about|over|against|under|into|through|between|among|like)$/;

/** Whether run `k` follows, by "of", "the" or "for" alone, a chain of runs reaching back to token `i`. */
function chained(tokens: readonly Token[], all: readonly NameRun[], k: number, i: number): boolean {
  for (let j = k; j > 0; j--) {
    const run = all[j] as NameRun;
    const before = all[j - 1] as NameRun;
    const between = tokens.slice(before.last + 1, run.first);
    if (before.possessive || between.length === 0 || between.length > 2) return false;
    if (!between.every((t) => /^(?:of|the|for)$/.test(t.text))) return false;
    if (before.first <= i + 5) return before.first >= i;
  }
  return false;
}

/** Words that open a subject's description ("the", "his"; "Former First Lady Ann Lee", capitalised or not). */
const determinerWords = 'the|a|an|his|her|their|its|our|my|former|ex|late|outgoing|incoming|acting|retired';
const subjectDeterminer = new RegExp(`^(?:${determinerWords})$`, 'i');
/** "Another doctor, Lin Wu, was": "another" opens a description only of a name set off by commas. */
const apposedDeterminer = new RegExp(`^(?:${determinerWords}|another)$`, 'i');

/** The subject of a sentence: a pronoun or a name, after any opening phrase and descriptors. */
export function sentenceSubject(sentence: string, base: number): SpeakerRef {
  const tokens = tokenizeWithOffsets(sentence);
  let i = 0;
  for (let hops = 0; hops < 3; hops++) {
    while (
      /^(?:and|but|so|yet|or|meanwhile|however|now|then|also)$/i.test(tokens[i]?.text ?? '') ||
      tokens[i]?.text === ','
    )
      i++;
    if (!opensWithPhrase(tokens, i)) break;
    const comma = tokens.findIndex((t, k) => k > i && k < i + 20 && t.text === ',');
    if (comma < 0) return firstNameBeforeVerb(tokens, base);
    i = comma + 1;
  }
  if (/^(?:indeed|here|again|still|thus|instead|once|now|then)$/i.test(tokens[i]?.text ?? '')) {
    if (personPronouns.has(tokens[i + 1]?.text.toLowerCase() ?? '')) i++;
  }
  const lead = tokens[i];
  if (!lead) return { kind: 'unknown' };
  if (personPronouns.has(lead.text.toLowerCase())) return { kind: 'pronoun', word: lead.text.toLowerCase() };
  if (
    !isCapitalised(lead.text) ||
    /^(?:the|a|an|his|her|their|its|our|my|up|some|several|many|most|two|three)$/i.test(lead.text)
  ) {
    const common = commonSubject(tokens, i, base);
    if (common.kind !== 'unknown') return common;
  }
  // "Assistant Secretary of the Navy for Acquisition Ann Lee said": a titled run chained on by "of the"
  // or "for" belongs to the subject however far the chain reaches.
  const runs = findNameRuns(tokens).filter(
    (r, k, all) =>
      r.first >= i && (r.first <= i + 5 || (r.titleWords.length > 0 && chained(tokens, all, k, i))),
  );
  let gap = runs[0] ? tokens.slice(i, runs[0].first) : [];
  // "Her husband, Ben Carter, runs ...": the name set off by commas after a description is the subject.
  const apposed =
    gap.length > 1 &&
    gap[gap.length - 1]?.text === ',' &&
    tokens[(runs[0] as NameRun).last + 1]?.text === ',';
  if (apposed) gap = gap.slice(0, -1);
  // "Former First Lady Ann Lee said": a word that dates a title opens the subject, capitalised or not.
  const determiner = apposed ? apposedDeterminer : subjectDeterminer;
  const descriptor = (t: Token) =>
    isWord(t) &&
    (determiner.test(t.text) ||
      (!isCapitalised(t.text) &&
        !looksLikeVerb(t.text.replace(/['’]s$/u, '')) &&
        !npStops.has(t.text) &&
        !objectPrepositions.test(t.text) &&
        t.text !== 'of'));
  if (!gap.every(descriptor)) {
    return { kind: 'unknown' };
  }
  // "A Republican, Ann Lee, has said": after "a"/"an", a capitalised description set off by a comma is
  // followed by the name in apposition, which is the subject.
  const second = runs[1];
  if (
    /^(?:a|an)$/i.test(gap[0]?.text ?? '') &&
    runs[0] &&
    !runs[0].possessive &&
    tokens[runs[0].last + 1]?.text === ',' &&
    second?.first === runs[0].last + 2 &&
    !second.possessive &&
    tokens[second.last + 1]?.text === ','
  )
    return nameAt(second, tokens, base);
  // "An official government Dale account made the announcement": after "a"/"an", a name followed by a
  // lowercase noun only qualifies that noun; the subject is something the article does not name.
  const head = runs[0] ? tokens[runs[0].last + 1]?.text : undefined;
  if (
    !apposed &&
    /^(?:a|an)$/i.test(gap[0]?.text ?? '') &&
    !runs[0]?.possessive &&
    head !== undefined &&
    /^\p{Ll}+$/u.test(head) &&
    !looksLikeVerb(head)
  )
    return { kind: 'nobody' };
  const owned =
    runs[0]?.possessive && runs[0].first === i
      ? apposedAfterOwner(
          tokens,
          findNameRuns(tokens).filter((r) => r.first >= i),
          i,
        )
      : null;
  if (owned) return nameAt(owned, tokens, base);
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as NameRun;
    // "Adam Curry's pressing ahead": 's is "is" or "has" here, not a possessive.
    const contracted = run.possessive && /^\p{Ll}+(?:ing|ed|en)$/u.test(tokens[run.last + 1]?.text ?? '');
    // "The Dale Council's statement read": the owner of the statement speaks.
    if (run.possessive && documentNouns.has(tokens[run.last + 1]?.text ?? ''))
      return nameAt(run, tokens, base);
    if (run.possessive && !contracted) return { kind: 'unknown' };
    // "The new Orion X2 phone promises", "The Orion app told him": a product, not a speaker.
    if (productNouns.has(tokens[run.last + 1]?.text ?? '')) return { kind: 'nobody' };
    // "Clause 12 of the charter states": a numbered part of a text, which names nobody who speaks.
    if (
      k === 0 &&
      run.first === i &&
      !run.name.includes(' ') &&
      /^\d+[a-z]?$/.test(tokens[run.last + 1]?.text ?? '')
    )
      return { kind: 'nobody' };
    // "Officials in Beijing said", "Residents of Dale said": an unnamed group, not the place after it.
    if (k === 0 && run.first === i && run.name.split(' ').length === 1 && isGroupNoun(run.name))
      return { kind: 'nobody' };
    // "EU Research, Science and Innovation Commissioner Ann Lee has said": a post listing its fields
    // with commas; the person at its end is the subject.
    const listedPost = postAfterList(tokens, runs, k);
    if (listedPost) return nameAt(listedPost, tokens, base);
    const next = runs[k + 1];
    const between = next ? tokens.slice(run.last + 1, next.first) : [];
    // "Ann Cole and Mary Dunn run bakeries": two people together, neither alone the subject.
    if (
      next &&
      between.length === 1 &&
      between[0]?.text === 'and' &&
      run.name.includes(' ') &&
      next.name.includes(' ') &&
      !next.possessive &&
      followedByPredicate(tokens, next)
    )
      return { kind: 'nobody' };
    // "Ann Lee of Oxfam said", "Ann Lee from the council": the person, not the body after them.
    if (
      next &&
      run.name.includes(' ') &&
      /^(?:of|from|at|with)$/.test(between[0]?.text ?? '') &&
      followedByPredicate(tokens, next)
    )
      return nameAt(run, tokens, base);
    if (
      next &&
      between.length <= 2 &&
      between.every((t) => isWord(t) && !isCapitalised(t.text) && !looksLikeVerb(t.text))
    ) {
      continue;
    }
    // "The White House statement read": a document named for its issuer speaks as written.
    const noun = tokens[run.last + 1]?.text ?? '';
    if (!run.possessive && documentNouns.has(noun) && /^the$/i.test(tokens[run.first - 1]?.text ?? ''))
      return {
        kind: 'document',
        phrase: tokens
          .slice(run.first - 1, run.last + 2)
          .map((t) => t.text)
          .join(' '),
      };
    return followedByPredicate(tokens, run) ? nameAt(run, tokens, base) : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/** True when a sentence opens with a phrase before its subject ("Responding to X, ...", "In Seoul, ..."). */
function opensWithPhrase(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i]?.text.toLowerCase() ?? '';
  const next = tokens[i + 1]?.text ?? '';
  if (
    /^(?:in|on|at|for|with|after|before|during|by|from|under|despite|although|though|if|until|while|when|as|since|because|once|unlike|like|amid|following|over|without|whilst|according|later|earlier|today|yesterday|last|this|speaking|asked|prior|outside|inside|throughout|within|across|near|around|upon|among|between|behind|beyond|against)$/.test(
      first,
    )
  ) {
    return true;
  }
  return /^\p{L}{3,}(?:ing|ly)$/u.test(first) && /^\p{Ll}/u.test(next) && !/[^s]s$/.test(next);
}

/** "On that day's programme Mr Johnson was asked": the first non-possessive name before a verb. */
function firstNameBeforeVerb(tokens: readonly Token[], base: number): SpeakerRef {
  for (const run of findNameRuns(tokens)) {
    if (
      run.possessive ||
      npStops.has(tokens[run.first - 1]?.text ?? '') ||
      tokens[run.first - 1]?.text === 'of'
    )
      continue;
    const next = tokens[run.last + 1];
    if (next && looksLikeVerb(next.text)) return nameAt(run, tokens, base);
  }
  return { kind: 'unknown' };
}

/**
 * The titled name closing a post written as a list after run `k` ("Research, Science and Innovation
 * Commissioner Ann Lee"): runs joined only by commas and "and", the first comma right after run `k`.
 */
function postAfterList(tokens: readonly Token[], runs: readonly NameRun[], k: number): NameRun | null {
  const run = runs[k] as NameRun;
  if (tokens[run.last + 1]?.text !== ',' || run.possessive) return null;
  for (let m = k + 1; m < runs.length && m <= k + 4; m++) {
    const prev = runs[m - 1] as NameRun;
    const cur = runs[m] as NameRun;
    const between = tokens.slice(prev.last + 1, cur.first);
    if (between.length === 0 || !between.every((t) => t.text === ',' || t.text === 'and')) return null;
    if (cur.titleWords.length > 0)
      return cur.name.includes(' ') && followedByPredicate(tokens, cur) ? cur : null;
  }
  return null;
}

function followedByPredicate(tokens: readonly Token[], run: NameRun): boolean {
  const follower = tokens[run.last + 1];
  return (
    follower !== undefined && (follower.text === ',' || (isWord(follower) && !isCapitalised(follower.text)))
  );
}

function nameAt(run: NameRun, tokens: readonly Token[], base: number): SpeakerRef {
  return { kind: 'name', name: run.name, offset: base + (tokens[run.first] as Token).start };
}

/**
 * "Britain's largest retail union, Usdaw, questioned": after an owner's description, the name set off by
 * commas is the subject, not the owner.
 */
function apposedAfterOwner(tokens: readonly Token[], runs: NameRun[], i: number): NameRun | null {
  const [owner, named] = runs;
  if (!owner?.possessive || owner.first !== i || !named) return null;
  const between = tokens.slice(owner.last + 1, named.first);
  if (between.length < 2 || between.length > 7 || between[between.length - 1]?.text !== ',') return null;
  if (tokens[named.last + 1]?.text !== ',' || named.possessive) return null;
  const words = between.slice(0, -1);
  return words.every((t) => isWord(t) && !isCapitalised(t.text) && !looksLikeVerb(t.text)) ? named : null;
}
