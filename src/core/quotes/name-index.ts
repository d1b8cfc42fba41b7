// Reads each paragraph's capitalised names into the article's name index: who is mentioned where, who is
// surely a person, a company or a place, who speaks, who is given an age, and which names are aliases.
import { genderCue, genderOfWord } from './gender.ts';
import { bracketedInitials } from './initials.ts';
import { companyNouns, personalTitles, speechVerbBase } from './lexicon.ts';
import { isOrgLike, type Mentions, positionOf } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import { capitalisedAfter, capitalisedBefore, trimName } from './name-words.ts';
import { oneLetterApart } from './near-spellings.ts';
import { tokenizeWithOffsets } from './tokens.ts';

/** A speech verb that attributes words ("said", "told"), not one of conversation ("spoke with"). */
function attributes(word: string): boolean {
  const base = speechVerbBase(word);
  return base !== null && base !== 'speak' && base !== 'talk';
}

const agePattern = /^,\s*(?:aged\s+)?(\d{1,3}),/;
/** The words between two names that make one an alias of the other; the names are read by walking words. */
const aliasLink = /,? (?:also known as|better known as|known as|aka|a\.k\.a\.) /g;

/** What reading the article's paragraphs records about its names; the collections are filled in place. */
export interface NameIndex {
  /** Every name mention, in article order. */
  mentions: Mentions;
  /** Names known to be people's (titled, aged, introduced as kin, or an alias's full form). */
  persons: Set<string>;
  /** Names a company noun stands right before ("the firm Acme"). */
  companies: Set<string>;
  /** One-word names introduced as kin ("his wife Ann"). */
  kinNames: Set<string>;
  /** Where each name is written right before or after a speech verb ("Ann Lee said", "said Ann Lee"). */
  speakingAt: Map<string, number[]>;
  /** Each short name to the longer one it is an alias of. */
  aliases: Map<string, string>;
  /** How often each name is written after a place preposition ("in", "at the") and otherwise. */
  placeUses: Map<string, { place: number; other: number }>;
  /** The names the article gives each age ("Ann Lee, 28," -> "28"). */
  ages: Map<string, Set<string>>;
  /** Bodies named with their initials in brackets, [initials, name] in article order (initials.ts). */
  initials: [string, string][];
}

/** Records the names paragraph `p` writes in `index`: mentions, persons, kin, places, speakers, ages and aliases. */
export function indexParagraph(index: NameIndex, text: string, p: number): void {
  const tokens = tokenizeWithOffsets(text);
  const runs = findNameRuns(tokens);
  if (text.includes('(')) index.initials.push(...bracketedInitials(tokens, runs));
  for (const [r, run] of runs.entries()) {
    const first = tokens[run.first];
    const last = tokens[run.last];
    if (!first || !last) continue;
    const words = run.name.toLowerCase().split(' ');
    if (
      run.titleWords.length === 0 &&
      run.name.split(' ').length === 1 &&
      personalTitles.has(words[0] ?? '')
    ) {
      continue;
    }
    const kin =
      words.length === 1 &&
      run.titleWords.length === 0 &&
      genderOfWord(tokens[run.first - 1]?.text ?? '') !== null &&
      /^(?:his|her|their|my|our)$/i.test(tokens[run.first - 2]?.text ?? '');
    // "his wife Ann": a person, though named by one word.
    if (kin) {
      index.kinNames.add(run.name.toLowerCase());
      index.persons.add(run.name.toLowerCase());
    }
    const key = run.name.toLowerCase();
    const uses = index.placeUses.get(key) ?? { place: 0, other: 0 };
    // "at Tom Hale's home" is a person's place: only a bare name after the preposition is a place.
    if (run.titleWords.length === 0 && !run.possessive && afterPlaceWord(tokens, run.first, words.length))
      uses.place++;
    else uses.other++;
    index.placeUses.set(key, uses);
    const after = tokens[run.last + 1]?.text ?? '';
    if (
      (!run.possessive && /^\p{Ll}/u.test(after) && attributes(after)) ||
      attributes(tokens[run.first - 1]?.text ?? '')
    )
      index.speakingAt.set(key, [...(index.speakingAt.get(key) ?? []), positionOf(p, first.start)]);
    const gender = genderCue(tokens, run, runs[r + 1]);
    const mention = { name: run.name, words, at: positionOf(p, first.start), gender, kin };
    index.mentions.add(mention);
    const before = text.slice(Math.max(0, first.start - 14), first.start);
    const descriptor = tokens[run.first - 1]?.text ?? '';
    const rest = text.slice(last.end);
    // "Acme Foods Norway posted on its page": a name whose own verb is followed by "its" is a body.
    if (run.titleWords.length === 0 && companyNouns.has(descriptor))
      index.companies.add(run.name.toLowerCase());
    // "Acme Foods Norway posted on its page": a name whose own verb is followed by "its" is a body.
    if (!run.possessive && bodyCue.test(rest)) index.companies.add(run.name.toLowerCase());
    const age = agePattern.exec(rest)?.[1] ?? /(\d{1,3})-year-old\s+$/.exec(before)?.[1];
    if (age) index.ages.set(age, (index.ages.get(age) ?? new Set()).add(run.name));
    if (
      run.titled ||
      agePattern.test(rest) ||
      // ("a student from Ghana who studies": "who" is the student, not the place)
      (/^,?\s+who\b/.test(rest) && !afterPlaceWord(tokens, run.first, words.length)) ||
      /\d+-year-old\s+$/.test(before) ||
      // "Turkish president Erdoğan called": a name right after a title written in lowercase is a person's.
      (personalTitles.has(descriptor) && !isOrgLike(words))
    ) {
      index.persons.add(run.name.toLowerCase());
    }
  }
  for (const m of text.matchAll(aliasLink)) {
    const a = trimName(capitalisedBefore(text, m.index));
    const b = trimName(capitalisedAfter(text, m.index + m[0].length));
    if (!a || !b) continue;
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    index.aliases.set(short.toLowerCase(), long);
    index.persons.add(long.toLowerCase());
  }
}

/**
 * "Jurgen Klinsmann" then "Jurgen Klinsman": a later full name that differs from an earlier one only by
 * one letter of a long surname is the same person, shown as first written.
 */
export function aliasSpellings(index: NameIndex): void {
  const firstForm = new Map<string, string>();
  for (const m of index.mentions.all) {
    if (m.words.length < 2 || m.words.length > 4) continue;
    const key = m.name.toLowerCase();
    if (index.aliases.has(key)) continue;
    const head = m.words.slice(0, -1).join(' ');
    const earlier = firstForm.get(head);
    if (earlier === undefined) {
      firstForm.set(head, m.name);
      continue;
    }
    const a = earlier.toLowerCase().split(' ').pop() ?? '';
    const b = m.words[m.words.length - 1] ?? '';
    if (a !== b && a.length >= 5 && b.length >= 5 && oneLetterApart(a, b)) index.aliases.set(key, earlier);
  }
}

/** Prepositions of place: a name right after one (or after one and "the") is where, not who. */
const placeWords = /^(?:in|at|into|near|across|throughout|inside|outside|within|around)$/;

function afterPlaceWord(tokens: readonly { text: string }[], first: number, length: number): boolean {
  const k = tokens[first - 1]?.text === 'the' ? first - 2 : first - 1;
  const word = tokens[k]?.text ?? '';
  // "a student from Ghana": one word after "from" is where somebody comes from ("a letter from Ann
  // Lee" names a person, in two words).
  return placeWords.test(word) || (word === 'from' && length === 1);
}

/** A verb in the past tense and a preposition, then "its" ("posted on its", "apologised in its"). */
const bodyCue = /^\s+\p{Ll}+ed\s+(?:on|in|to|from)\s+its\b/u;
