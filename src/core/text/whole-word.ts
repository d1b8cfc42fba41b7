// Whole-word look-ups in an article's text by plain string search: the same answers as a regular
// expression built for each word with letter look-arounds, without compiling one per word.

const letter = /\p{L}/u;

/** True when the code point is a letter (Unicode category L). */
function isLetter(code: number | undefined): boolean {
  if (code === undefined) return false;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letter.test(String.fromCodePoint(code));
}

/** The code point that ends just before `index`, a surrogate pair read whole; undefined at the start. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The offsets where `text` holds `word` (case-sensitive) with no letter right before or after it. */
export function* wholeWordOffsets(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isLetter(codePointBefore(text, at)) && !isLetter(text.codePointAt(at + word.length))) yield at;
  }
}

/**
 * True when `text` holds `word` (case-sensitive) with no letter right before or after it: the answer
 * of `/(?<!\p{L})word(?!\p{L})/u`.
 */
export function hasWholeWord(text: string, word: string): boolean {
  if (word === '') return /(?<!\p{L})(?!\p{L})/u.test(text);
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isLetter(codePointBefore(text, at)) && !isLetter(text.codePointAt(at + word.length))) return true;
  }
  return false;
}

/**
 * True when `text` holds `word` after a space that follows a letter, comma or semicolon, with no letter
 * right after it ("said, Officers"): the answer of `/[\p{L},;] word(?!\p{L})/u`.
 */
export function hasWordMidSentence(text: string, word: string): boolean {
  const spaced = ` ${word}`;
  for (let at = text.indexOf(spaced); at !== -1; at = text.indexOf(spaced, at + 1)) {
    const before = codePointBefore(text, at);
    if (before === undefined || !(isLetter(before) || before === 44 || before === 59)) continue;
    if (!isLetter(text.codePointAt(at + spaced.length))) return true;
  }
  return false;
}

/**
 * True when every time `text` writes `word` as a whole word, a space and `rest` follow it ("Deborah" only in
 * "Deborah Lee James").
 */
export function writtenOnlyBefore(text: string, word: string, rest: string): boolean {
  for (const at of wholeWordOffsets(text, word))
    if (!text.startsWith(` ${rest}`, at + word.length)) return false;
  return true;
}
