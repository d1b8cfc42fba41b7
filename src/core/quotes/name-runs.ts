// Capitalised name runs ("South Korean President Lee Jae Myung") for the quote extractor: names are what
// quotes are attributed to, so they are found here once, titles split off and possessives noted.
import { monthNames, weekdayNames } from '../text/calendar.ts';
import { orgWords, titles } from './lexicon.ts';
import { makeRun } from './name-run-shape.ts';
import {
  adjacent,
  closingMarks,
  isNameToken,
  leadWords,
  ofHeads,
  onHeads,
  openingMarks,
  particles,
  suffixWord,
} from './name-run-words.ts';
import { isPossessive, isSharedTokens, type Token } from './tokens.ts';

/** A run of capitalised words that may name a person, organisation or place (readonly: runs are shared). */
export interface NameRun {
  /** Name tokens with titles and a possessive 's removed ("Xi Jinping"). */
  readonly name: string;
  /** The run as written, titles included ("President Xi Jinping's"). */
  readonly raw: string;
  /** Index of the run's first token (title included) in the token list. */
  readonly first: number;
  /** Index of the run's last token in the token list. */
  readonly last: number;
  /** True when a personal title preceded the name ("Mr", "President"). */
  readonly titled: boolean;
  /** The title words that were stripped, lowercase. */
  readonly titleWords: readonly string[];
  /** True when the run ends in a possessive ("Xi's"). */
  readonly possessive: boolean;
}

/**
 * Runs already found in a shared token list (one from `tokenizeWithOffsets`): a story's sentence is read
 * for names by the cast, its subject and its mentions. Kept while the token list is.
 */
const runsOfShared = new WeakMap<readonly Token[], readonly NameRun[]>();

/** Finds the capitalised name runs in a token list, titles split off and possessives noted. */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  if (!isSharedTokens(tokens)) return scanNameRuns(tokens);
  let runs = runsOfShared.get(tokens);
  if (!runs) {
    runs = scanNameRuns(tokens);
    runsOfShared.set(tokens, runs);
  }
  return [...runs];
}

function scanNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    let sawOf = false;
    // Whether token j is a date is known from the step before, which asked it of j + 1.
    let dateAtJ = isDateWord(tokens, j);
    while (j + 1 < tokens.length && !isPossessive(tokens[j]?.text ?? '')) {
      const mid = tokens[j + 1]?.text;
      if (mid === 'of' || mid === 'for' || mid === 'on') sawOf = true;
      const next = tokens[j + 1];
      // "Mariana C. Then ...": after an initial, a sentence's opening word starts a new sentence.
      if (isInitial(tokens[j]?.text ?? '') && leadWords.has(next?.text.toLowerCase() ?? '')) break;
      // "Nicolas Sarkozy Monday said", "Ann Lee January 5": a date is never part of a name.
      if (dateAtJ) break;
      const dateNext = isDateWord(tokens, j + 1);
      if (dateNext) break;
      const from = j;
      if (isNameToken(next) && adjacent(tokens[j], next)) j++;
      // "Martin Luther King, Jr.": a generational suffix after a comma closes the name.
      else if (next?.text === ',' && suffixWord.test(tokens[j + 2]?.text ?? '') && j > i) j += 2;
      else if (joinsNames(tokens, j, sawOf)) j += 2;
      // "Ann van der Berg", "Luis de la Cruz": two particles between given name and surname.
      else if (twoParticles(tokens, j)) j += 3;
      else if (nicknameAfter(tokens, j) > 0) j = nicknameAfter(tokens, j);
      else break;
      dateAtJ = j === from + 1 ? dateNext : isDateWord(tokens, j);
    }
    const run = makeRun(tokens, i, j);
    if (run) runs.push(run);
    i = j + 1;
  }
  return runs;
}

/**
 * `Nemat “Minouche” Shafik`: a quoted nickname of one or two capitalised words between a first name
 * and a surname; the index of the surname, or 0 when none stands after token `j`.
 */
function nicknameAfter(tokens: readonly Token[], j: number): number {
  // "Ann (Annie) B. Cole": a nickname in brackets, one word with lowercase letters (not "(NATO)").
  if (
    tokens[j + 1]?.text === '(' &&
    tokens[j + 3]?.text === ')' &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 2]?.text ?? '')
  )
    return isNameToken(tokens[j + 4]) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]?.text ?? '') ? j + 4 : 0;
  if (!openingMarks.has(tokens[j + 1]?.text ?? '')) return 0;
  for (let k = j + 2; k <= j + 3; k++) {
    if (!isNameToken(tokens[k])) return 0;
    if (closingMarks.has(tokens[k + 1]?.text ?? '')) return isNameToken(tokens[k + 2]) ? k + 2 : 0;
  }
  return 0;
}

/**
 * A weekday, or a month followed by a day or year ("January 5"): a month alone may be a name ("Theresa
 * May", "June Ross").
 */
function isDateWord(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.text ?? '';
  if (weekdayNames.has(word)) return true;
  return monthNames.has(word) && /^\d/.test(tokens[k + 1]?.text ?? '');
}

/** An initial with its stop ("C.", "C\u2024"); only a word of two or three code units can be one. */
function isInitial(word: string): boolean {
  return (word.length === 2 || word.length === 3) && /^\p{Lu}[.\u2024]$/u.test(word);
}

/** "Bank of England", "Department for Work and Pensions", "Ursula von der Leyen", "Marks & Spencer": joiners. */
function joinsNames(tokens: readonly Token[], j: number, sawOf: boolean): boolean {
  const [cur, mid, next] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!cur || !mid || !next || !adjacent(cur, mid) || !adjacent(mid, next) || !isNameToken(next))
    return false;
  if (particles.has(mid.text) || mid.text === '&') return true;
  // "Assistant Director in Charge Ann Lee", "Editor in Chief Tom Hale": a post's "in", a name after it.
  if (mid.text === 'in' && titles.has(cur.text.toLowerCase()) && isNameToken(tokens[j + 3])) return true;
  if ((mid.text === 'of' || mid.text === 'for') && ofHeads.has(cur.text.toLowerCase())) return true;
  // "Commission on Religious Freedom", never "Commission on Monday".
  if (mid.text === 'on' && onHeads.has(cur.text.toLowerCase())) return !isDateWord(tokens, j + 2);
  // "Secretary of Farming Ann L. Berg and Secretary of the Treasury Tom Hale": two people, not one body.
  if (titles.has(next.text.toLowerCase())) return false;
  return mid.text === 'and' && (sawOf || endsInOrgWord(tokens, j + 2));
}

/** True when two particles and a capitalised word follow token `j`, all adjacent ("van der Berg"). */
function twoParticles(tokens: readonly Token[], j: number): boolean {
  const [cur, a, b, next] = [tokens[j], tokens[j + 1], tokens[j + 2], tokens[j + 3]];
  if (!particles.has(a?.text ?? '') || !particles.has(b?.text ?? '') || !isNameToken(next)) return false;
  return adjacent(cur, a) && adjacent(a, b) && adjacent(b, next);
}

/** "Food and Agriculture Organization": capitalised words from `k` that close with an organisation word. */
function endsInOrgWord(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 4 && isNameToken(tokens[n]); n++) {
    if (orgWords.has((tokens[n]?.text ?? '').toLowerCase())) return true;
    if (!adjacent(tokens[n], tokens[n + 1])) return false;
  }
  return false;
}
