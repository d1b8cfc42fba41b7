// Common noun phrases read back from their head noun ("the ministry", "a spokesman for X", "his
// report", "the crowd"): a body, a spokesperson, a document or someone the article does not name.
import { isStopword } from '../text/tokens.ts';
import { documentNouns, isGroupNoun, orgNouns, spokesNouns, titles } from './lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { nounPhraseAfter } from './noun-phrases.ts';
import { nameRef, postModifiers, type SpeakerRef } from './speaker-ref.ts';
import { isCapitalised, isWord, stripPossessive, type Token } from './tokens.ts';

/** Documents quoted as their own source rather than as someone's statement. */
const selfSpeakingDocuments = new Set(
  'report study survey ruling review analysis injunction law order verdict judgment judgement indictment bill treaty constitution decree directive petition lawsuit complaint'.split(
    ' ',
  ),
);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
/** Nouns for a person that "the ..." can point back to ("the relieved father"), besides titles and roles. */
const personNouns = new Set(
  'man woman boy girl person son daughter wife husband brother sister uncle aunt grandson granddaughter child teenager youngster victim owner driver star veteran former expert specialist rival opponent colleague friend neighbour neighbor partner'.split(
    ' ',
  ),
);
/** The words for one who speaks for a body, kept with the body's name when they are unnamed. */
const spokesRole = /^spokes(?:man|woman|person)$/;
const stripThe = (name: string) => name.replace(/^the\s+/i, '');

/** The name opening the words at token `at` ("the" skipped), whatever follows it; null when none. */
export function nameRightAfter(tokens: readonly Token[], at: number, base: number): SpeakerRef | null {
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
