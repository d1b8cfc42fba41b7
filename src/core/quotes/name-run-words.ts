// The words name runs are read with: sentence openers that never start a name, noble titles, name
// particles ("von der"), heads of "of" names ("Bank of"), nickname marks, and what counts as a name token.
import { isCapitalised, isWord, type Token } from './tokens.ts';

/** Capitalised only because they start a sentence or clause: never the first word of a name. */
export const leadWords = new Set(
  // (and participles opening a sentence: "Born in 1950 in Lagos, Ann Lee ...")
  (
    'born raised based educated trained founded located upon ' +
    'the a an and but or nor in on at for of to from by with as if when while after before since during though although because so then yet this that these those it he she they we i you his her their our its my there here meanwhile however also both all some many most no not now once only still even just instead indeed today yesterday tomorrow responding speaking asked according later earlier afterwards finally recently currently separately former ex prior outside inside despite amid following throughout within one another'
  ).split(' '),
);
/** Titles that are part of how a person is named when no surname is given ("Prince William"). */
export const nobleTitles = new Set([
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
/** A suffix that ends a personal name: "Jr.", "Sr.", a roman numeral. */
export const nameSuffix = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

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
/** Heads that "of" or "for" joins to the capitalised words after them ("Bank of England"). */
export const ofHeads = new Set(
  'ministry department organization organisation bank university college institute secretary minister office board chamber court house museum church society association federation union league academy school committee commission agency bureau republic kingdom duke earl council state states archbishop bishop mayor governor president chancellor administrator director commissioner'.split(
    ' ',
  ),
);

/** Heads of bodies named for what they work on ("Project on Dale Oversight", "Council on Dale Relations"). */
export const onHeads = new Set(
  'project commission committee subcommittee council center centre institute panel conference forum'.split(
    ' ',
  ),
);

/** A generational suffix after a surname ("Jr.", "Sr."). */
export const suffixWord = /^(?:Jr|Sr)\.$/;

/** Marks that open a quoted nickname inside a name (`Chair “DJ” Penn`). */
export const openingMarks = new Set(['“', '"', '‘']);
/** Marks that close a quoted nickname inside a name. */
export const closingMarks = new Set(['”', '"', '’']);

/** "al-Sadr", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name. */
export const particleName = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;

/** True for a token that can be part of a name: a capitalised word, a handle, "al-Sadr". */
export function isNameToken(token: Token | undefined): boolean {
  if (token === undefined || !isWord(token)) return false;
  const t = token.text;
  if (isCapitalised(t)) return !/^\p{N}/u.test(t);
  // "tweeted @ann_lee": a social media handle names its writer.
  if (t[0] === '@') return true;
  // "al-Sadr", "el-Sisi", "bin-Salman": a lowercase particle joined to a capitalised name.
  return (t[2] === '-' || t[3] === '-') && particleName.test(t);
}

/** True when token `b` follows token `a` after exactly one character. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && b.start - a.end === 1;
}
