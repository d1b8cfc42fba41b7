// Tokens with offsets and capitalised name runs ("South Korean President Lee Jae Myung") for the
// quote extractor: names are what quotes are attributed to, so they are found here once.
import { monthWord, weekdayWord } from '../text/calendar.ts';
import { orgWords, personalTitles, titles } from './lexicon.ts';

/** One token of narrative text: a word, an initialism or a single punctuation mark. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Offset of its first character in the text it came from. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

/** A run of capitalised words that may name a person, organisation or place. */
export interface NameRun {
  /** Name tokens with titles and a possessive 's removed ("Xi Jinping"). */
  name: string;
  /** The run as written, titles included ("President Xi Jinping's"). */
  raw: string;
  /** Index of the run's first token (title included) in the token list. */
  first: number;
  /** Index of the run's last token in the token list. */
  last: number;
  /** True when a personal title preceded the name ("Mr", "President"). */
  titled: boolean;
  /** The title words that were stripped, lowercase. */
  titleWords: string[];
  /** True when the run ends in a possessive ("Xi's"). */
  possessive: boolean;
}

const abbreviations =
  'Mr|Mrs|Ms|Dr|Cllr|St|Gen|Sen|Rep|Prof|Jr|Sr|Mt|Lt|Col|Sgt|Capt|Gov|Rev|Fr|No|Maj|Brig|Adm|Cmdr|Supt|Insp|Det|Cpl|Pvt|Hon|Amb|Atty|Spc|Pfc|Ssg|Sfc|Cpt|Ltc';
const tokenPattern = new RegExp(
  `@[\\p{L}\\p{N}_]{2,}|(?:\\p{L}\\.){2,}|\\p{Lu}\\.(?=\\s+\\p{Lu}|\\s*$)|(?:${abbreviations})\\.|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}’'\\-.&]*[\\p{L}\\p{N}])?|\\S`,
  'gu',
);

/** Recent tokenizations: the extractor reads the same sentence several times (names, quotes, speakers). */
const tokenCache = new Map<string, readonly Token[]>();
const tokenCacheSize = 2048;

/** Splits text into word and punctuation tokens with offsets (shared: the list is frozen, tokens are readonly). */
export function tokenizeWithOffsets(text: string): readonly Token[] {
  const cached = tokenCache.get(text);
  if (cached) return cached;
  const out: Token[] = [];
  // exec on the one global pattern, not matchAll (which copies the pattern on every call); every
  // alternative takes at least one character, so the loop always moves on.
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m !== null; m = tokenPattern.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  if (tokenCache.size >= tokenCacheSize) tokenCache.clear();
  const frozen = Object.freeze(out);
  tokenCache.set(text, frozen);
  return frozen;
}

/** True for a word token (has a letter or digit). */
export function isWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const c = token.text.charCodeAt(0);
  // ASCII letters and digits answer at once; anything else is read by the Unicode classes.
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return wordChar.test(token.text);
}

const wordChar = /[\p{L}\p{N}]/u;

/** True when the word starts with a capital letter or is an initialism. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII: A-Z (an initialism "U.S." starts with one too)
  return /^\p{Lu}/u.test(word);
}

/** Capitalised only because they start a sentence or clause: never the first word of a name. */
const leadWords = new Set(
  // (and participles opening a sentence: "Born in 1950 in Lagos, Ann Lee ...")
  (
    'born raised based educated trained founded located upon ' +
    'the a an and but or nor in on at for of to from by with as if when while after before since during though although because so then yet this that these those it he she they we i you his her their our its my there here meanwhile however also both all some many most no not now once only still even just instead indeed today yesterday tomorrow responding speaking asked according later earlier afterwards finally recently currently separately former ex prior outside inside despite amid following throughout within one another'
  ).split(' '),
);
/** Titles that are part of how a person is named when no surname is given ("Prince William"). */
const nobleTitles = new Set([
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'duke',
  'duchess',
  'lord',
  'lady',
  'sir',
  'dame',
  'emperor',
  'empress',
  'sheikh',
  'saint',
]);
/** Lowercase words inside personal names ("Ursula von der Leyen", "Jean de Villiers"). */
export const particles = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'del',
]);
const ofHeads = new Set(
  'ministry department organization organisation bank university college institute secretary minister office board chamber court house museum church society association federation union league academy school committee commission agency bureau republic kingdom duke earl council state states archbishop bishop mayor governor president chancellor administrator director commissioner'.split(
    ' ',
  ),
);

function apostrophe(c: string | undefined): boolean {
  return c === "'" || c === '’';
}

/** Strips a trailing possessive ("Xi's", "players'") and reports it. */
export function stripPossessive(word: string): { word: string; possessive: boolean } {
  // Read from the end, not with a lazy regex: a lazy `^(.*?)...$` is quadratic on a very long word.
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  let cut = 0;
  if (last === 's' && apostrophe(before)) cut = 2;
  else if (apostrophe(last) && before === 's') cut = 1;
  return cut > 0 && word.length > cut
    ? { word: word.slice(0, -cut), possessive: true }
    : { word, possessive: false };
}

/**
 * Runs already found in a shared token list (one from `tokenizeWithOffsets`, frozen): a story's sentence
 * is read for names by the cast, its subject and its mentions. Kept while the token list is.
 */
const runsOfShared = new WeakMap<readonly Token[], readonly NameRun[]>();

/** Finds the capitalised name runs in a token list, titles split off and possessives noted. */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  if (!Object.isFrozen(tokens)) return scanNameRuns(tokens);
  let runs = runsOfShared.get(tokens);
  if (!runs) {
    runs = Object.freeze(scanNameRuns(tokens).map(freezeRun));
    runsOfShared.set(tokens, runs);
  }
  return [...runs];
}

function freezeRun(run: NameRun): NameRun {
  Object.freeze(run.titleWords);
  return Object.freeze(run);
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
    while (j + 1 < tokens.length && !stripPossessive(tokens[j]?.text ?? '').possessive) {
      const mid = tokens[j + 1]?.text;
      if (mid === 'of' || mid === 'for') sawOf = true;
      const next = tokens[j + 1];
      // "Mariana C. Then ...": after an initial, a sentence's opening word starts a new sentence.
      const initial = /^\p{Lu}\.$/u.test(tokens[j]?.text ?? '');
      if (initial && leadWords.has(next?.text.toLowerCase() ?? '')) break;
      // "Nicolas Sarkozy Monday said", "Ann Lee January 5": a date is never part of a name.
      if (isDateWord(tokens, j) || isDateWord(tokens, j + 1)) break;
      if (isNameToken(next) && adjacent(tokens[j], next)) j++;
      // "Martin Luther King, Jr.": a generational suffix after a comma closes the name.
      else if (next?.text === ',' && suffixWord.test(tokens[j + 2]?.text ?? '') && j > i) j += 2;
      else if (joinsNames(tokens, j, sawOf)) j += 2;
      // "Ann van der Berg", "Luis de la Cruz": two particles between given name and surname.
      else if (twoParticles(tokens, j)) j += 3;
      else if (nicknameAfter(tokens, j) > 0) j = nicknameAfter(tokens, j);
      else break;
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
  if (weekdayWord.test(word)) return true;
  return monthWord.test(word) && /^\d/.test(tokens[k + 1]?.text ?? '');
}

/** A generational suffix after a surname ("Jr.", "Sr."). */
const suffixWord = /^(?:Jr|Sr)\.$/;

const openingMarks = new Set(['“', '"', '‘']);
const closingMarks = new Set(['”', '"', '’']);

const particleName = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;

function isNameToken(token: Token | undefined): boolean {
  if (token === undefined || !isWord(token)) return false;
  const t = token.text;
  if (isCapitalised(t)) return !/^\p{N}/u.test(t);
  // "tweeted @ann_lee": a social media handle names its writer.
  if (t[0] === '@') return true;
  // "al-Sadr", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name.
  return (t[2] === '-' || t[3] === '-') && particleName.test(t);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start - a.end === 1;
}

/** "Bank of England", "Department for Work and Pensions", "Ursula von der Leyen", "Marks & Spencer": joiners. */
function joinsNames(tokens: readonly Token[], j: number, sawOf: boolean): boolean {
  const [cur, mid, next] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!cur || !mid || !next || !adjacent(cur, mid) || !adjacent(mid, next) || !isNameToken(next))
    return false;
  if (particles.has(mid.text) || mid.text === '&') return true;
  if ((mid.text === 'of' || mid.text === 'for') && ofHeads.has(cur.text.toLowerCase())) return true;
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

/**
 * True when word `k` of a run describes the person named after it: a title ("Minister"), also
 * hyphenated ("Lieutenant-Colonel") or plural ("Researchers Ann Lee and Bo Li"), or a plural people
 * word ("Americans Kay and Larry Day"); not when an organisation word follows ("Justice Department").
 */
function titleBeforeName(words: readonly string[], k: number): boolean {
  const w = (words[k] ?? '').toLowerCase();
  const titled =
    titles.has(w) ||
    (w.endsWith('s') && (titles.has(w.slice(0, -1)) || /^\p{L}{3,}(?:ian|ean|can)s$/u.test(w))) ||
    (w.includes('-') && w.split('-').some((part) => titles.has(part)));
  // "Martin Luther King Jr.": a word right before a generational suffix is a surname, not a title.
  const next = words[k + 1] ?? '';
  return titled && !orgWords.has(next.toLowerCase()) && !suffixWord.test(next);
}

/** The tokens of a run without a quoted nickname and its marks. */
function withoutNicknames(run: readonly Token[]): readonly Token[] {
  if (!run.some((t) => openingMarks.has(t.text) || t.text === '(')) return run;
  const out: Token[] = [];
  let inside = false;
  for (const [k, t] of run.entries()) {
    // `Chair “DJ” Penn`: a nickname right after a title stands for the first name and is kept.
    const forFirstName = openingMarks.has(t.text) && titles.has((run[k - 1]?.text ?? '').toLowerCase());
    if (forFirstName) {
      out.push(...run.slice(k + 1).filter((x) => !openingMarks.has(x.text) && !closingMarks.has(x.text)));
      return out;
    }
    if (!inside && (openingMarks.has(t.text) || t.text === '(')) inside = true;
    else if (inside && (closingMarks.has(t.text) || t.text === ')')) inside = false;
    else if (!inside) out.push(t);
  }
  return out;
}

/** "Lisbon-born", "Ohio-based": a place or adjective joined to a word of origin or base. */
const descriptorWord = /^\p{Lu}\p{L}+-(?:born|based|bred|raised|educated|trained)$/u;

/** True when the words before token `k` are a title then "of the" or "for the" ("Minister of the"). */
function afterTitleOf(tokens: readonly Token[], k: number): boolean {
  const [title, of, the] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  if (!title || !of || !the || !adjacent(title, of) || !adjacent(of, the) || !adjacent(the, tokens[k]))
    return false;
  return (
    (of.text === 'of' || of.text === 'for') &&
    the.text === 'the' &&
    titles.has(title.text.toLowerCase().replace(/\.$/, ''))
  );
}

/** A suffix that ends a personal name. */
const nameSuffix = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * Where the person's name starts in `kept`, the end of a post's run: the last two words, three with a
 * middle initial, a suffix ("III", "Jr.") counted with them; `least` words must stand before the initial.
 */
function nameFrom(kept: readonly string[], least: number): number {
  let end = kept.length;
  while (end > 3 && nameSuffix.test(kept[end - 1] ?? '')) end--;
  const initial = /^\p{Lu}\.$/u.test(kept[end - 2] ?? '') && end >= least;
  return (initial ? -3 : -2) - (kept.length - end);
}

/** A word of a person's name after an organisation's; an initial may stand inside it ("Civil Division Ann B. Lee"). */
function isPersonWordOf(w: string, k: number, rest: readonly string[]): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w) || (k > 0 && k < rest.length - 1 && /^\p{Lu}\.$/u.test(w));
}

function makeRun(tokens: readonly Token[], first: number, last: number): NameRun | null {
  // An initial after a first name or before one keeps its full stop ("Jose A. Almodovar", "Mariana C.",
  // "D. James Baker"); titles ("Mr.") and other words lose it.
  // "Martin Luther King, Jr.": the comma before a suffix joined to the run is no word of the name.
  const slice = tokens.slice(first, last + 1);
  const named = slice.some((t) => t.text === ',') ? slice.filter((t) => t.text !== ',') : slice;
  const words = withoutNicknames(named).map((t, k, all) =>
    !t.text.endsWith('.') ||
    suffixWord.test(t.text) ||
    (/^\p{Lu}\.$/u.test(t.text) && all.length > 1 && (k > 0 || /^\p{Lu}\p{Ll}/u.test(all[1]?.text ?? ''))) ||
    /^(?:\p{L}\.){2,}$/u.test(t.text)
      ? t.text
      : t.text.slice(0, -1),
  );
  let start = 0;
  while (start < words.length && leadWords.has((words[start] ?? '').toLowerCase())) start++;
  // "The", "He", "But": a sentence's opening word alone names nobody.
  if (start === words.length) return null;
  // "Sgt. 1st Class Ann Lee": the rank's ordinal breaks the run, and "Class" ends the rank.
  if (words[start] === 'Class' && /^\d+(?:st|nd|rd|th)$/.test(tokens[first - 1]?.text ?? '')) start++;
  // "Lisbon-born Ann Lee", "Ohio-based Tom Park": a descriptor of origin or base is not part of the name.
  if (words.length - start >= 3 && descriptorWord.test(words[start] ?? '')) start++;
  let nameStart = start;
  const titleWords: string[] = [];
  for (let k = start; k < words.length - 1; k++) {
    if (titleBeforeName(words, k)) {
      for (const x of words.slice(nameStart, k + 1)) titleWords.push(x.toLowerCase());
      nameStart = k + 1;
    }
  }
  let kept = words.slice(nameStart);
  // "The Minister for Health said": a post with nobody named in it is the post, whole.
  if ((kept[0] === 'of' || kept[0] === 'for') && kept.length <= 3 && titleWords.length > 0) {
    kept = [...titleWords.map((w) => words.find((x) => x.toLowerCase() === w) ?? w), ...kept];
    titleWords.length = 0;
  }
  // "Minister of the Navy Ann Lee": the post's capitalised end stands before the name, after "of the".
  // A suffix after the name ("Ann B. Lee III") is counted with it.
  if (nameStart === start && kept.length >= 3 && afterTitleOf(tokens, first + start)) {
    const from = nameFrom(kept, 4);
    for (const x of kept.slice(0, from)) titleWords.push(x.toLowerCase());
    kept = kept.slice(from);
  }
  // "Minister of Information Jamal Jarrah", "Secretary of State Antony Blinken": the name is the end.
  if ((kept[0] === 'of' || kept[0] === 'for') && titleWords.length > 0 && kept.length >= 4) {
    // ...keeping the first name before a middle initial ("Secretary of Commerce Ann B. Lee").
    const from = nameFrom(kept, 5);
    for (const x of kept.slice(0, from)) titleWords.push(x.toLowerCase());
    kept = kept.slice(from);
  }
  // "Public Service Judith Collins" (after "Minister for the"): an organisation's name, then a person's.
  let lastOrg = -1;
  kept.forEach((w, k) => {
    if (orgWords.has(w.toLowerCase())) lastOrg = k;
  });
  const rest = kept.slice(lastOrg + 1);
  // ...but "Columbia University Apartheid Divest" is a group of the university, not a person.
  const hostsGroups = /^(?:university|college|school|academy|institute)$/i.test(kept[lastOrg] ?? '');
  if (lastOrg >= 0 && !hostsGroups && rest.length >= 2 && rest.every(isPersonWordOf)) {
    start = nameStart + lastOrg + 1;
    kept = rest;
  }
  // "Mary Bousted NEU", "Tom Hart MP": an acronym after a person's name is their body, not their name.
  if (
    kept.length >= 3 &&
    /^\p{Lu}{2,5}$/u.test(kept[kept.length - 1] ?? '') &&
    !/^(?:II|III|IV|VI)$/.test(kept[kept.length - 1] ?? '')
  ) {
    if (kept.slice(0, -1).every((w) => /^\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u.test(w))) kept = kept.slice(0, -1);
  }
  if (kept.length === 0) return null;
  // "@Ann Lee": a name written with the handle's sign; a handle alone ("@ann_lee") keeps it.
  if (kept.length > 1 && kept[0]?.startsWith('@')) kept[0] = kept[0].slice(1);
  const lastTitle = words[nameStart - 1];
  if (kept.length === 1 && lastTitle && nobleTitles.has(lastTitle.toLowerCase())) kept.unshift(lastTitle);
  const tail = stripPossessive(kept[kept.length - 1] ?? '');
  kept[kept.length - 1] = tail.word;
  const raw = tokens
    .slice(first + start, last + 1)
    .map((t) => t.text)
    .join(' ');
  return {
    name: kept.join(' '),
    raw,
    first: first + start,
    last,
    titled: titleWords.some((w) => personalTitles.has(w)),
    titleWords,
    possessive: tail.possessive,
  };
}
