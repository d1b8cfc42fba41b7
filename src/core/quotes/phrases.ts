// Noun phrases around a speech verb: the subject before it ("Mr Smith, 52,"), the phrase after it
// ("said the Observer's Philip French"), common nouns ("the ministry", "a spokesman for X", "his report").
import { monthWord, weekdayWord } from '../text/calendar.ts';
import { isStopword } from '../text/tokens.ts';
import {
  documentNouns,
  isGroupNoun,
  orgNouns,
  otherPronouns,
  personPronouns,
  speechVerbBase,
  spokesNouns,
  titles,
} from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import {
  holderBeforeRemit,
  isPostOnly,
  isTitleWord,
  personBeforeAppositive,
  personBeforePost,
  titledAfterList,
} from './posts.ts';
import { findNameRuns, isCapitalised, isWord, type NameRun, stripPossessive, type Token } from './tokens.ts';

/** What the text says about who spoke, before it is resolved against the article. */
export type SpeakerRef =
  | { kind: 'name'; name: string; offset: number; proxy?: boolean }
  /** `opening` when the pronoun opens its sentence before the subject ("As he puts it, the plan is"). */
  | { kind: 'pronoun'; word: string; opening?: boolean }
  | { kind: 'role'; phrase: string }
  | { kind: 'org'; noun: string; modifiers: string[]; phrase: string; offset: number }
  /** The body last speaking; `role` when its unnamed spokesperson speaks ("a spokesperson said"). */
  | { kind: 'organisation'; role?: string }
  /** A source kept as the article words it: "the report said", "a spokesman for the prime minister". */
  | { kind: 'document'; phrase: string }
  | { kind: 'subject' }
  /** Someone the article does not name; `one` when a single person ("a neighbour", "the mother of X"). */
  | { kind: 'nobody'; one?: boolean }
  | { kind: 'unknown' };

const skippable = new Set(
  'has have had is was are were also later then once previously again repeatedly reportedly recently would will already first just simply'.split(
    ' ',
  ),
);
/** Documents quoted as their own source rather than as someone's statement. */
const selfSpeakingDocuments = new Set(
  'report study survey ruling review analysis injunction law order verdict judgment judgement indictment bill treaty constitution decree directive petition lawsuit complaint'.split(
    ' ',
  ),
);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
/** Words that end a noun phrase read forward from a verb. */
export const npStops = new Set(
  'who which whose whom while when as after before during in on at to because and but with from that where since although'.split(
    ' ',
  ),
);
/** Nouns for a person that "the ..." can point back to ("the relieved father"), besides titles and roles. */
const personNouns = new Set(
  'man woman boy girl person son daughter wife husband brother sister uncle aunt grandson granddaughter child teenager youngster victim owner driver star veteran former expert specialist rival opponent colleague friend neighbour neighbor partner'.split(
    ' ',
  ),
);
const postModifiers = new Set(['of', 'at', 'from', 'for', 'with']);
/** The words for one who speaks for a body, kept with the body's name when they are unnamed. */
const spokesRole = /^spokes(?:man|woman|person)$/;
const stripThe = (name: string) => name.replace(/^the\s+/i, '');
const relativeWords = /^(?:who|which|whose|whom|where)$/i;

/** True for a lowercase speech verb ("said", "told", "added"). */
export function isSpeechVerb(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}/u.test(t.text) && speechVerbBase(t.text) !== null;
}

/** True for a lowercase word shaped like a finite verb ("hosted", "meets", "was"). */
export function looksLikeVerb(word: string): boolean {
  if (auxiliaries.test(word) || irregularPasts.has(word) || speechVerbBase(word) !== null) return true;
  return !isStopword(word) && /^\p{Ll}.*(?:ed|[^su]s)$/u.test(word);
}

const auxiliaries = /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does)$/;
const irregularPasts = new Set(
  'went came made took gave got saw met led won lost left kept held brought bought caught sent spent built began became ran sat stood fell felt knew grew drew threw wore shook broke chose rose hid read'.split(
    ' ',
  ),
);

/** The speaker named just before token `v` (a speech verb), looking back no further than `from`. */
export function subjectBefore(tokens: readonly Token[], v: number, from: number, base: number): SpeakerRef {
  // "X, who ... who ... said": each "who" moves the look-back; a loop, so no chain can exhaust the stack.
  let verb = v;
  for (;;) {
    const found = subjectOnce(tokens, verb, from, base);
    if (typeof found !== 'number') return found;
    verb = found;
  }
}

/**
 * The index before a date phrase ending at token `j` ("on Monday", "January 5", "last Friday",
 * "yesterday"), else `j`.
 */
function dateBefore(tokens: readonly Token[], j: number, from: number): number {
  let k = j;
  if (/^\d{1,4}$/.test(tokens[k]?.text ?? '') && monthWord.test(tokens[k - 1]?.text ?? '')) k -= 2;
  else if (weekdayWord.test(tokens[k]?.text ?? '')) k--;
  else if (/^(?:yesterday|today|tonight|overnight)$/.test(tokens[k]?.text ?? '')) return k - 1;
  else return j;
  if (k >= from && /^(?:on|last|this|next|early|late)$/i.test(tokens[k]?.text ?? '')) k--;
  return k;
}

/** One look back from token `v`: the speaker, or the index of a "who" to look back from again. */
function subjectOnce(tokens: readonly Token[], v: number, from: number, base: number): SpeakerRef | number {
  let j = v - 1;
  for (;;) {
    while (
      j >= from &&
      (skippable.has(tokens[j]?.text.toLowerCase() ?? '') || /^\p{Ll}+ly$/u.test(tokens[j]?.text ?? ''))
    )
      j--;
    // "Ann Lee Monday said", "Ann Lee on Tuesday told", "Ann Lee January 5 said": the date is no subject.
    const date = dateBefore(tokens, j, from);
    if (date === j) break;
    j = date;
  }
  // "Ann Lee, Commissioner for Trade, Ports and Customs, said": the person before a long post.
  const posted = personBeforePost(tokens, j, from) ?? holderBeforeRemit(tokens, j, from);
  if (posted) return nameRef(posted.run, tokens, posted.offset, base);
  for (let hops = 0; hops < 3 && j >= from && tokens[j]?.text === ','; hops++) {
    let k = j - 1;
    while (k >= from && tokens[k]?.text !== ',') k--;
    if (k < from) break;
    // "Labour's shadow chancellor, Rachel Reeves, said": the chunk is the name, the part before describes.
    // "Committee Chairman, the Rt Hon Ann Lee MP, said": a styled name after "the" is the name too.
    const open = tokens[k + 1]?.text === 'the' && isCapitalised(tokens[k + 2]?.text ?? '') ? k + 2 : k + 1;
    const chunk = findNameRuns(tokens.slice(open, j));
    const words = tokens.slice(open, j).filter((t) => t.text !== '.').length;
    if (
      chunk.length === 1 &&
      chunk[0]?.first === 0 &&
      chunk[0].last >= words - 1 &&
      (open === k + 1 || chunk[0].titleWords.length > 0) &&
      describesBefore(tokens, k)
    ) {
      return nameRef(chunk[0], tokens, open, base);
    }
    // "Carol Gahan, who lives in Alma Street, next to the site, told": hop over a relative clause too.
    let k2 = k - 1;
    while (k2 >= from && tokens[k2]?.text !== ',') k2--;
    // "Ann Lee, spokeswoman for the Green Party, which ran the survey, said": a relative clause after an
    // appositive hops on to the person, not the body the clause is about.
    const relativeAfterAppositive = k2 >= from && relativeWords.test(tokens[k + 1]?.text ?? '');
    j = relativeAfterAppositive || (k2 >= from && relativeWords.test(tokens[k2 + 1]?.text ?? '')) ? k : k - 1;
    // "Sgt. Ann Lee, supply officer, HHC, 2BSB, said": unit codes listed after the post are hopped too.
    if (j - 1 > from && tokens[j - 1]?.text === ',' && unitCode.test(tokens[j]?.text ?? '')) j--;
  }
  if (j >= from && tokens[j]?.text === ')') {
    while (j >= from && tokens[j]?.text !== '(') j--;
    j--;
  }
  // "Nicolas Sarkozy Monday, in a speech to parliament, stated": the date before the hopped clause.
  j = dateBefore(tokens, j, from);
  const t = tokens[j];
  if (!t || j < from || !isWord(t)) return { kind: 'unknown' };
  const lower = t.text.toLowerCase();
  if (personPronouns.has(lower)) return { kind: 'pronoun', word: lower };
  // "Stancil described himself as ... and said": a second verb shares the sentence's subject.
  if ((lower === 'and' || lower === 'but') && j > from) return { kind: 'subject' };
  if (lower === 'who' && j > from) {
    // "Ann Lee met Tom Hale, who said": the speech verb is the relative clause's own; "who" stands for
    // the name right before it, not the sentence's subject.
    if (tokens[j - 1]?.text === ',' && j - 2 >= from) {
      const runs = findNameRuns(tokens.slice(from, j - 1));
      const run = runs[runs.length - 1];
      const described = run ? personBeforeAppositive(tokens, from + run.first, from) : null;
      if (described) return nameRef(described.run, tokens, described.offset, base);
      if (run && run.last === j - 2 - from && !run.possessive) return nameRef(run, tokens, from, base);
    }
    return j;
  }
  // "they said in a joint statement": several people, never one of them; "I"/"we"/"you": the writer.
  if (otherPronouns.has(lower))
    return lower === 'it'
      ? { kind: 'organisation' }
      : lower === 'they'
        ? { kind: 'nobody' }
        : { kind: 'unknown' };
  if (!isCapitalised(t.text))
    return (
      documentBefore(tokens, j, from, base) ??
      personBeforeModifier(tokens, j, from, base) ??
      commonNounPhrase(tokens, j, from, base)
    );
  const runs = findNameRuns(tokens.slice(from, j + 1));
  let at = runs.length - 1;
  if (runs[at]?.last !== j - from) return { kind: 'unknown' };
  // "Paul Miller of Thames Valley Police said": the person, not the post-modifier; but "Voice of
  // America Director Ann Lee said" ends in a titled person, who is the subject.
  // "Ann Lee of the Green Party said": "the" may stand between the preposition and the body.
  const modifierAt = (run: NameRun) =>
    from + run.first - (tokens[from + run.first - 1]?.text === 'the' ? 2 : 1);
  while (
    at > 0 &&
    (runs[at] as NameRun).titleWords.length === 0 &&
    postModifiers.has(tokens[modifierAt(runs[at] as NameRun)]?.text ?? '')
  ) {
    const prev = runs[at - 1] as NameRun;
    if (from + prev.last !== modifierAt(runs[at] as NameRun) - 1) break;
    at--;
  }
  const run = runs[at] as NameRun;
  // "The new president of the Philippines has promised": the president, not the country.
  const of = tokens[from + run.first - 1]?.text === 'the' ? from + run.first - 2 : from + run.first - 1;
  // "The mother of Ann Lee said", "The lawyer for Tom Hale said": someone related to the person.
  if (
    of - 1 >= from &&
    /^\p{Ll}/u.test(tokens[of - 1]?.text ?? '') &&
    relatesToPerson(tokens, of) &&
    commonNounPhrase(tokens, of - 1, from, base).kind === 'role'
  )
    return { kind: 'nobody', one: true };
  if (tokens[of]?.text === 'of' && of - 1 >= from && /^\p{Ll}/u.test(tokens[of - 1]?.text ?? ''))
    return commonNounPhrase(tokens, of - 1, from, base);
  // "A statement from Ann Lee said": the sender, though a preposition stands before the name.
  // "An article in the Medical Journal said": the publication it appeared in.
  const prep = from + run.first - (tokens[from + run.first - 1]?.text === 'the' ? 2 : 1);
  const sender = tokens[prep - 1]?.text.toLowerCase() ?? '';
  if (
    !run.possessive &&
    ((/^(?:from|by)$/.test(tokens[from + run.first - 1]?.text ?? '') && documentNouns.has(sender)) ||
      (tokens[prep]?.text === 'in' && /^(?:article|editorial|paper|study|report)$/.test(sender)))
  )
    return nameRef(run, tokens, from, base);
  // "Tallboy's Diary says": a blog, column or publication named with its owner's possessive, as written.
  const owner = runs[at - 1];
  if (
    !run.possessive &&
    run.titleWords.length === 0 &&
    publicationWords.has(run.name.toLowerCase()) &&
    owner?.possessive &&
    owner.last === run.first - 1
  ) {
    const words = tokens.slice(from + owner.first, from + run.last + 1).map((x) => x.text);
    return { kind: 'document', phrase: words.join(' ') };
  }
  if (run.possessive || afterPreposition(tokens, from + run.first)) return { kind: 'unknown' };
  // "The statement carried by the Daily Post, claiming to be from Ann Lee, reads": the outlet that
  // carried a document is its channel; the sender named after "from" speaks, else nobody read.
  if (carrierOfDocument(tokens, from + run.first, from)) {
    const sender = tokens.findIndex((x, i) => i > from + run.last && i < v && x.text === 'from');
    const ref = sender > 0 ? nounPhraseAfter(tokens, sender + 1, base) : null;
    return ref?.kind === 'name' ? ref : { kind: 'unknown' };
  }
  return jointSubject(tokens, runs, at, from) ?? nameRef(run, tokens, from, base);
}

/**
 * "The World Organization for Animal Health (OIE) and the Food and Agriculture Organization have
 * stated": two names joined by "and" speak together, kept as written (never one of them alone).
 */
function jointSubject(
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
function documentBefore(tokens: readonly Token[], j: number, from: number, base: number): SpeakerRef | null {
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
function personBeforeModifier(
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

/**
 * "the lawyer for the family of Tom Hale", "the mother of Ann Lee": a person's name (two words or more,
 * no organisation's) within a few words after the post-modifier at `k`. The role before it is someone
 * related to that person, never the person.
 */
function relatesToPerson(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:of|for|to)$/.test(tokens[k]?.text ?? '')) return false;
  let end = k + 1;
  while (end < tokens.length && end < k + 8 && isWord(tokens[end])) end++;
  return findNameRuns(tokens.slice(k + 1, end)).some(
    (r) => r.name.includes(' ') && !r.possessive && !isOrgLike(r.name.toLowerCase().split(' ')),
  );
}

/** "students about to start school in the U.S. asked": a name after a preposition is not the subject. */
/** Last words of the names of blogs, columns and publications ("Tallboy's Diary", "Ann's Corner"). */
const publicationWords = new Set(
  'blog blogs diary diaries corner watch journal notebook notes view views voice voices report review digest daily weekly monitor chronicle gazette herald tribune observer insider times post column letter letters musings ramblings'.split(
    ' ',
  ),
);

/** A unit's code in capitals, digits allowed ("HHC", "2BSB", "1CDSB"). */
const unitCode = /^(?=[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,8}$/u;

/** "statement carried by X", "the letter, obtained by X,": X passed a document on, at token `first`. */
function carrierOfDocument(tokens: readonly Token[], first: number, from: number): boolean {
  const by = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  if (
    tokens[by]?.text !== 'by' ||
    !/^\p{Ll}+(?:ed|en|ied)$|^(?:carried|seen|sent)$/u.test(tokens[by - 1]?.text ?? '')
  )
    return false;
  const doc = tokens[by - 2]?.text === ',' ? by - 3 : by - 2;
  return doc >= from && documentNouns.has(stripPossessive(tokens[doc]?.text ?? '').word.toLowerCase());
}

function afterPreposition(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  return /^(?:in|at|on|from|to|into|near|across|inside|outside|throughout)$/.test(tokens[before]?.text ?? '');
}

/**
 * The words before the comma at `k` describe the name after it: they end in a common word ("Labour's
 * shadow chancellor, Rachel Reeves,") or in "of"/"for"/"at" and a proper name ("the prime minister of
 * Spain, Jose Luis Rodriguez Zapatero,": the person, not the country).
 */
function describesBefore(tokens: readonly Token[], k: number): boolean {
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
    (isCapitalised(tokens[m]?.text ?? '') || /^(?:and|&)$/.test(tokens[m]?.text ?? ''))
  )
    m--;
  if (tokens[m]?.text === 'the') m--;
  const post = (tokens[m - 1]?.text ?? '').toLowerCase();
  return (
    /^(?:of|for|at|from)$/.test(tokens[m]?.text ?? '') &&
    (isTitleWord(post) || /^\p{Ll}/u.test(tokens[m - 1]?.text ?? ''))
  );
}

/** A name or common noun phrase starting at token `i` (after an inverted verb, "according to", "by"). */
export function nounPhraseAfter(tokens: readonly Token[], i: number, base: number): SpeakerRef {
  const lead = tokens[i];
  if (!lead) return { kind: 'unknown' };
  if (personPronouns.has(lead.text.toLowerCase())) return { kind: 'pronoun', word: lead.text.toLowerCase() };
  let end = i;
  const stops = (k: number) =>
    npStops.has(tokens[k]?.text ?? '') ||
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
  const person = runs.find((r) => !r.possessive && postModifiers.has(slice[r.last + 1]?.text ?? ''));
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

function nameRef(run: NameRun, tokens: readonly Token[], offset: number, base: number): SpeakerRef {
  if (
    run.name.split(' ').length === 1 &&
    run.titleWords.length === 0 &&
    /^(?:president|minister|chancellor|premier|senator|governor|mayor|spokesman|spokeswoman)$/i.test(run.name)
  ) {
    return { kind: 'role', phrase: run.raw };
  }
  return { kind: 'name', name: run.name, offset: base + (tokens[offset + run.first] as Token).start };
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
    (j === i || !isCapitalised(tokens[j]?.text ?? '')) &&
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

/** The name opening the words at token `at` ("the" skipped), whatever follows it; null when none. */
function nameRightAfter(tokens: readonly Token[], at: number, base: number): SpeakerRef | null {
  const from = /^the$/i.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const run = findNameRuns(tokens.slice(from, from + 8))[0];
  return run?.first === 0 && !run.possessive ? nameRef(run, tokens, from, base) : null;
}

/** A lowercase noun phrase ending at token `j`: an organisation, a spokesperson, a document or a role. */
function commonNounPhrase(tokens: readonly Token[], j: number, from: number, base: number): SpeakerRef {
  const head = stripPossessive(tokens[j]?.text ?? '').word.toLowerCase();
  let k = j;
  while (
    k > from &&
    k > j - 5 &&
    isWord(tokens[k - 1]) &&
    !determiners.has(tokens[k]?.text.toLowerCase() ?? '')
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
    // "The ministry statement said": the body that issued it.
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
  if (isGroupNoun(head) && /s$/.test(head) && named && words.length <= 5) return { kind: 'document', phrase };
  // "the crowd chanted", "a witness said": someone spoke, but the article does not name them.
  const speakers = titles.has(head) || personNouns.has(head) || isGroupNoun(head);
  if (!speakers) return { kind: 'unknown' };
  return titles.has(head) || personNouns.has(head) ? { kind: 'nobody', one: true } : { kind: 'nobody' };
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
