// Noun phrases read forward from a speech verb ("said the Observer's Philip French") or back from a
// head noun: common nouns ("the ministry", "a spokesman for X", "his report") and who owns a statement.
import { isStopword } from '../text/tokens.ts';
import {
  documentNouns,
  isGroupNoun,
  orgNouns,
  personPronouns,
  speechVerbBase,
  spokesNouns,
  titles,
} from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import { isPostOnly, titledAfterList } from './posts.ts';
import { nameRef, postModifiers, type SpeakerRef } from './speaker-ref.ts';
import { isCapitalised, isWord, stripPossessive, type Token } from './tokens.ts';
import { auxiliaries, irregularPasts } from './verb-shapes.ts';

/** Documents quoted as their own source rather than as someone's statement. */
const selfSpeakingDocuments = new Set(
  'report study survey ruling review analysis injunction law order verdict judgment judgement indictment bill treaty constitution decree directive petition lawsuit complaint'.split(
    ' ',
  ),
);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
/** Words that end a noun phrase read forward from a verb. */
export const npStops = new Set(
  'who which whose whom while when as after before during in on at to because and but with from that where since although per via'.split(
    ' ',
  ),
);
/** Nouns for a person that "the ..." can point back to ("the relieved father"), besides titles and roles. */
const personNouns = new Set(
  'man woman boy girl person son daughter wife husband brother sister uncle aunt grandson granddaughter child teenager youngster victim owner driver star veteran former expert specialist rival opponent colleague friend neighbour neighbor partner'.split(
    ' ',
  ),
);
/** The words for one who speaks for a body, kept with the body's name when they are unnamed. */
const spokesRole = /^spokes(?:man|woman|person)$/;
const stripThe = (name: string) => name.replace(/^the\s+/i, '');

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

/** The name opening the words at token `at` ("the" skipped), whatever follows it; null when none. */
function nameRightAfter(tokens: readonly Token[], at: number, base: number): SpeakerRef | null {
  const from = /^the$/i.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const run = findNameRuns(tokens.slice(from, from + 8))[0];
  return run?.first === 0 && !run.possessive ? nameRef(run, tokens, from, base) : null;
}

/** A lowercase noun phrase ending at token `j`: an organisation, a spokesperson, a document or a role. */
export function commonNounPhrase(
  tokens: readonly Token[],
  j: number,
  from: number,
  base: number,
): SpeakerRef {
  const head = stripPossessive(tokens[j]?.text ?? '').word.toLowerCase();
  let k = j;
  while (
    k > from &&
    k > j - 5 &&
    isWord(tokens[k - 1]) &&
    !determiners.has(tokens[k]?.text.toLowerCase() ?? '') &&
    // "a statement released by Ann Lee's office": a preposition opens this phrase; what stands before it
    // is another phrase's.
    // ("A Department for Education spokesperson": a preposition inside a capitalised name is the name's)
    !(
      /^(?:by|from|to|at|in|on|for|with)$/.test(tokens[k - 1]?.text ?? '') &&
      /^\p{Ll}/u.test(tokens[k - 2]?.text ?? '')
    )
  )
    k--;
  const words = tokens.slice(k, j + 1);
  const det = words[0]?.text.toLowerCase() ?? '';
  const owner = findNameRuns(words)[0];
  const offset = base + (tokens[k] as Token).start;
  const ownerRef = owner ? nameRef(owner, tokens, k, base) : null;
  if (spokesNouns.has(head)) {
    if (postModifiers.has(tokens[j + 1]?.text ?? '')) {
      let org = nounPhraseAfter(tokens, j + 2, base);
      // "a representative of the Riverside Tenants Union said": the body named right after "the".
      if (org.kind === 'unknown') org = nameRightAfter(tokens, j + 2, base) ?? org;
      // "a spokesman for the prime minister": the role as written, never the minister's name.
      if (org.kind === 'role')
        return {
          kind: 'document',
          phrase: `${words.map((t) => t.text).join(' ')} ${tokens[j + 1]?.text} ${org.phrase}`,
        };
      // "a spokesman for the Rail Agency": unnamed, so kept as "Rail Agency spokesman", not the body.
      if (org.kind === 'name' && spokesRole.test(head))
        return { kind: 'document', phrase: `${stripThe(org.name)} ${head}` };
      if (org.kind === 'name') return { ...org, proxy: true };
      if (org.kind !== 'unknown') return org;
    }
    // "a Downing Street spokesperson said"; "a spokesperson said" after a body: "<body> spokesperson".
    if (ownerRef?.kind === 'name' && spokesRole.test(head) && owner && !owner.possessive)
      return { kind: 'document', phrase: `${ownerRef.name} ${head}` };
    if (ownerRef?.kind === 'name') return { ...ownerRef, proxy: true };
    return spokesRole.test(head) ? { kind: 'organisation', role: head } : { kind: 'organisation' };
  }
  if (documentNouns.has(head)) {
    // "The White House statement read": the statement as written; "the White House's statement" is
    // the White House's.
    if (owner && !owner.possessive && owner.last === words.length - 2 && det === 'the')
      return { kind: 'document', phrase: words.map((t) => t.text).join(' ') };
    if (ownerRef) return ownerRef;
    if (det === 'his') return { kind: 'pronoun', word: 'he' };
    if (det === 'her') return { kind: 'pronoun', word: 'she' };
    // "the report said", "the ruling reads": the document is the source; "the statement said" is
    // whoever issued it (the organisation last speaking).
    if (det === 'the' && selfSpeakingDocuments.has(head))
      return { kind: 'document', phrase: words.map((t) => t.text).join(' ') };
    // "A statement said", "A government statement called them": a new source the article does not
    // name, never the organisation that spoke last.
    if (det === 'a' || det === 'an') return { kind: 'nobody' };
    // "The ministry statement said", "the foreign ministry's statement said": the body that issued it.
    const issuer = stripPossessive(tokens[j - 1]?.text.toLowerCase() ?? '').word;
    if (j - 1 >= k && orgNouns.has(issuer)) return commonNounPhrase(tokens, j - 1, from, base);
    return { kind: 'organisation' };
  }
  const phrase = words
    .map((t, i) => (i === words.length - 1 ? stripPossessive(t.text).word : t.text))
    .join(' ');
  if (orgNouns.has(head)) {
    const modifiers = words
      .slice(determiners.has(det) ? 1 : 0, -1)
      .filter((t) => isWord(t) && !stripPossessive(t.text).possessive)
      .map((t) => t.text.toLowerCase());
    return { kind: 'org', noun: head, modifiers, phrase, offset };
  }
  const definite = determiners.has(det) && det !== 'a' && det !== 'an';
  if (definite && (titles.has(head) || personNouns.has(head) || /-old$|(?:man|woman)$/.test(head))) {
    // "a spokesman for the prime minister said": the spokesman speaks, as the article names them.
    const spokes = tokens[k - 2]?.text.toLowerCase() ?? '';
    if (k - 2 >= from && /^(?:for|of)$/.test(tokens[k - 1]?.text ?? '') && spokesNouns.has(spokes)) {
      const d = determiners.has(tokens[k - 3]?.text.toLowerCase() ?? '') && k - 3 >= from ? k - 3 : k - 2;
      return {
        kind: 'document',
        phrase: tokens
          .slice(d, j + 1)
          .map((t) => t.text)
          .join(' '),
      };
    }
    return { kind: 'role', phrase };
  }
  // "Trump administration officials said", "British and EU officials say": an unnamed group the
  // article names by who they are, kept as written (never one of the people named elsewhere).
  const named = words
    .slice(0, -1)
    .some(
      (t) =>
        isCapitalised(t.text) && !isStopword(t.text.toLowerCase()) && !determiners.has(t.text.toLowerCase()),
    );
  // "The head of the internal investigators said", "one of the protesters said": one of the group.
  if (isGroupNoun(head) && oneOfGroup(tokens, k, from)) return { kind: 'nobody', one: true };
  if (isGroupNoun(head) && /s$/.test(head) && named && words.length <= 5) return { kind: 'document', phrase };
  // "the crowd chanted", "a witness said": someone spoke, but the article does not name them.
  const speakers = titles.has(head) || personNouns.has(head) || isGroupNoun(head);
  if (!speakers) return { kind: 'unknown' };
  if (titles.has(head) || personNouns.has(head)) return { kind: 'nobody', one: true };
  // "the senators said": people the article may have listed under that title ("Senators A and B").
  return definite && /s$/.test(head) ? { kind: 'nobody', group: head } : { kind: 'nobody' };
}

/** `the head of` / `one of` right before the group phrase opening at `k`: a single person of it. */
function oneOfGroup(tokens: readonly Token[], k: number, from: number): boolean {
  if (k - 2 < from || tokens[k - 1]?.text !== 'of') return false;
  const noun = tokens[k - 2]?.text ?? '';
  if (/^one$/i.test(noun)) return true;
  return /^\p{Ll}+$/u.test(noun) && !/s$/.test(noun) && /^(?:the|a|an)$/i.test(tokens[k - 3]?.text ?? '');
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
