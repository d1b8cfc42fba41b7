// Tokens with offsets for the quote extractor: words, initialisms and punctuation marks, whether a word
// is capitalised, and a possessive's stripping ("Xi's" -> "Xi").

/** One token of narrative text: a word, an initialism or a single punctuation mark. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Offset of its first character in the text it came from. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}

const abbreviations =
  'Mr|Mrs|Ms|Dr|Cllr|St|Gen|Sen|Rep|Prof|Jr|Sr|Mt|Lt|Col|Sgt|Capt|Gov|Rev|Fr|No|Maj|Brig|Adm|Cmdr|Supt|Insp|Det|Cpl|Pvt|Hon|Amb|Atty|Spc|Pfc|Ssg|Sfc|Cpt|Ltc';
// An initial keeps its stop before a capital, a comma or the end ("Ann B., a nurse"), written as a full
// stop or as the one-dot leader (U+2024) some sites print in its place.
const tokenPattern = new RegExp(
  `@[\\p{L}\\p{N}_]{2,}|(?:\\p{L}\\.){2,}|\\p{Lu}[.\\u2024](?=\\s+\\p{Lu}|,|\\s*$)|(?:${abbreviations})\\.|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}’'\\-.&]*[\\p{L}\\p{N}])?|\\S`,
  'gu',
);

/** Recent tokenizations: the extractor reads the same sentence several times (names, quotes, speakers). */
const tokenCache = new Map<string, readonly Token[]>();
const tokenCacheSize = 2048;

/**
 * Lists handed out by tokenizeWithOffsets, shared by every reader of their text. They are readonly by
 * type, not frozen: V8 slices, iterates and searches a frozen array on slow paths (15-30 times slower).
 */
const sharedLists = new WeakSet<readonly Token[]>();

/** True for a list tokenizeWithOffsets handed out (shared, so what is read from it may be kept). */
export function isSharedTokens(tokens: readonly Token[]): boolean {
  return sharedLists.has(tokens);
}

/** Splits text into word and punctuation tokens with offsets (shared: the list and its tokens are readonly). */
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
  sharedLists.add(out);
  tokenCache.set(text, out);
  return out;
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

function apostrophe(c: string | undefined): boolean {
  return c === "'" || c === '’';
}

/** True when the word ends in a possessive ("Xi's", "players'"): stripPossessive's answer, with nothing allocated. */
export function isPossessive(word: string): boolean {
  const last = word[word.length - 1];
  const before = word[word.length - 2];
  const cut = last === 's' && apostrophe(before) ? 2 : apostrophe(last) && before === 's' ? 1 : 0;
  return cut > 0 && word.length > cut;
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
