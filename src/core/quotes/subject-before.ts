// The speaker named before a speech verb ("Mr Smith, 52, said"), read back past adverbs, dates,
// appositives, posts and relative clauses.
import { monthWord, weekdayWord } from '../text/calendar.ts';
import { commonNounPhrase } from './common-noun-phrase.ts';
import { documentNouns, otherPronouns, personPronouns } from './lexicon.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';
import { nounPhraseAfter, relatesToPerson } from './noun-phrases.ts';
import {
  holderBeforeRemit,
  personBeforeAppositive,
  personBeforePost,
  personBeforeUnclosedPost,
} from './posts.ts';
import { nameRef, postModifiers, type SpeakerRef } from './speaker-ref.ts';
import {
  afterPreposition,
  carrierOfDocument,
  describesBefore,
  documentBefore,
  jointSubject,
  personBeforeModifier,
} from './subject-forms.ts';
import { isCapitalised, isWord, type Token } from './tokens.ts';
import { looksLikeVerb } from './verb-shapes.ts';

const skippable = new Set(
  'has have had is was are were also later then once previously again repeatedly reportedly recently would will already first just simply'.split(
    ' ',
  ),
);
const relativeWords = /^(?:who|which|whose|whom|where)$/i;
/** Last words of the names of blogs, columns and publications ("Tallboy's Diary", "Ann's Corner"). */
const publicationWords = new Set(
  'blog blogs diary diaries corner watch journal notebook notes view views voice voices report review digest daily weekly monitor chronicle gazette herald tribune observer insider times post column letter letters musings ramblings'.split(
    ' ',
  ),
);

/** A lowercase word that may describe a body before its name ("the", "victim group"), not a verb or a preposition. */
function describing(word: string): boolean {
  if (/^the$/i.test(word)) return true;
  return (
    /^\p{Ll}+$/u.test(word) &&
    !postModifiers.has(word) &&
    !looksLikeVerb(word) &&
    !/^(?:and|or|but|to|by|in|on)$/.test(word)
  );
}

/** A unit's code in capitals, digits allowed ("HHC", "2BSB", "1CDSB"). */
const unitCode = /^(?=[\p{Lu}\d]*\p{Lu}[\p{Lu}\d]*\p{Lu})[\p{Lu}\d]{2,8}$/u;

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
  const posted =
    personBeforePost(tokens, j, from) ??
    holderBeforeRemit(tokens, j, from) ??
    personBeforeUnclosedPost(tokens, j, from);
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
  // "Ann Lee of the Green Party said": "the" may stand between the preposition and the body; an
  // outlet's own "The" too ("Ann Lee of The Daily Star told").
  // "Ann Lee of worldwide victim group Dale Watch said": lowercase words describing the body may stand
  // between the preposition and its name.
  const modifierAt = (run: NameRun) => {
    let k = from + run.first - 1;
    for (let n = 0; n < 4 && k > from && describing(tokens[k]?.text ?? ''); n++) k--;
    return k;
  };
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
  if (tokens[of]?.text === 'of' && of - 1 >= from && /^\p{Ll}/u.test(tokens[of - 1]?.text ?? '')) {
    const head = commonNounPhrase(tokens, of - 1, from, base);
    // "The government of Dale Island said": the body is named with its place, as written.
    if (head.kind !== 'org' || run.possessive || run.titleWords.length > 0) return head;
    const place = tokens.slice(of, from + run.last + 1).map((t) => t.text);
    return { ...head, phrase: `${head.phrase} ${place.join(' ')}` };
  }
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
