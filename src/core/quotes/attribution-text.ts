// An article's text read once for the speaker check (attribution-features.ts): where each word stands,
// which spans are inside quote marks, where each paragraph starts, and per speaker where the name stands.
// Every lookup a quote makes is a binary search or a walk over one name's own mentions, never a scan of the
// text, so a story of a hundred thousand quotes is read in time proportional to its length.
import { orgWords, speechVerbBase, titles } from './lexicon.ts';
import { firstAtOrAfter } from './mentions.ts';

/** What the text says about one speaker's name, found once however many quotes it is given. */
export interface NameFacts {
  /** Where the full name or (for a name of several words) its last word stands, outside quote marks, in order. */
  outside: number[];
  /** Whether it stands anywhere at all, quoted or not. */
  named: boolean;
  /** Where the full name stands, word-bounded. */
  full: number[];
  /** Every full mention sits inside a longer run of capitalised words ("Nations Nikki Haley"). */
  runLonger: boolean;
  /** A given name or an initial stands right before every full mention ("Deborah Lee James" read as "Lee James"). */
  givenBefore: boolean;
  /** The name without its first word stands somewhere on its own ("Advocate James Wolffe" and "James Wolffe"). */
  restAlone: boolean;
  /** The first word of the name is also written in lowercase in the story ("Interior Ken Salazar", "the interior"). */
  firstWordCommon: boolean;
}

/** A capitalised run of words outside quote marks: a person or body who might have said the words instead. */
export interface Rival {
  at: number;
  words: string[];
  /** A speech verb stands within a few words of it. */
  speaks: boolean;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
/** Quote marks the reading treats as opening or closing a quoted span. */
export const quoteMarks = /[“”"«»]/g;
const capitalRun =
  /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|la|le|del)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)+/gu;

export class AttributionText {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly quoted: [number, number][];
  private readonly quotedStarts: number[];
  private readonly words = new Map<string, number[]>();
  private readonly facts = new Map<string, NameFacts>();
  private readonly rivals = new Map<number, Rival[]>();

  constructor(paragraphs: readonly string[]) {
    let at = 0;
    for (const p of paragraphs) {
      this.starts.push(at);
      at += p.length + 2;
    }
    this.text = paragraphs.join('\n\n');
    this.quoted = quotedSpans(this.text);
    this.quotedStarts = this.quoted.map((span) => span[0]);
    for (const m of this.text.matchAll(wordPattern)) {
      const list = this.words.get(m[0]);
      if (list) list.push(m.index);
      else this.words.set(m[0], [m.index]);
    }
  }

  /** Index of the paragraph holding `at`. */
  paragraphOf(at: number): number {
    return Math.max(0, upperBound(this.starts, at) - 1);
  }

  /** [start, end) of a paragraph in the text. */
  paragraphSpan(index: number): [number, number] {
    const start = this.starts[index] ?? 0;
    const next = this.starts[index + 1];
    return [start, next === undefined ? this.text.length : next - 2];
  }

  /** True when `at` lies inside quote marks. */
  inQuotes(at: number): boolean {
    const span = this.quoted[upperBound(this.quotedStarts, at - 1) - 1];
    return span !== undefined && at > span[0] && at < span[1];
  }

  /** True when the word is written anywhere in the text exactly so. */
  hasWord(word: string): boolean {
    return this.words.has(word);
  }

  /** Where `name` stands in full, word-bounded, found from the places of its rarest word. */
  fullForms(name: string): number[] {
    let rarest: { offset: number; places: number[] } | null = null;
    for (const m of name.matchAll(wordPattern)) {
      const places = this.words.get(m[0]) ?? [];
      if (rarest === null || places.length < rarest.places.length) rarest = { offset: m.index, places };
    }
    if (rarest === null) return [];
    const { offset, places } = rarest;
    return places
      .map((i) => i - offset)
      .filter((i) => i >= 0 && this.text.startsWith(name, i) && isWordAt(this.text, i, name.length));
  }

  /** The facts about one speaker's name (see NameFacts), found on first ask. */
  factsOf(name: string): NameFacts {
    let facts = this.facts.get(name);
    if (facts) return facts;
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    const full = this.fullForms(name);
    const all = new Set(full);
    if (words.length > 1 && /^\p{Lu}/u.test(last) && last.length >= 3)
      for (const i of this.fullForms(last)) all.add(i);
    const rest = words.slice(1).join(' ');
    const first = words[0] ?? '';
    const firstLetters = (/[\p{L}\p{M}]+/u.exec(first)?.[0] ?? '').toLowerCase();
    facts = {
      outside: [...all].filter((i) => !this.inQuotes(i)).sort((a, b) => a - b),
      named: all.size > 0,
      full,
      runLonger: full.length > 0 && full.every((i) => gluedAt(this.text, i, name.length)),
      givenBefore: full.length > 0 && full.every((i) => givenBefore(this.text, i)),
      restAlone:
        words.length >= 3 &&
        /^\p{Lu}/u.test(rest) &&
        this.fullForms(rest).some(
          (i) => !this.text.slice(Math.max(0, i - first.length - 1), i).startsWith(first),
        ),
      firstWordCommon: words.length >= 2 && firstLetters.length > 2 && this.hasWord(firstLetters),
    };
    this.facts.set(name, facts);
    return facts;
  }

  /** The capitalised runs outside quote marks in a paragraph, found once per paragraph, in order. */
  rivalsIn(paragraph: number): Rival[] {
    let found = this.rivals.get(paragraph);
    if (found) return found;
    const [from, to] = this.paragraphSpan(paragraph);
    found = [];
    for (const m of this.text.slice(from, to).matchAll(capitalRun)) {
      const at = from + m.index;
      if (this.inQuotes(at)) continue;
      const words = m[0].split(/\s+/);
      if (words.every((w) => titles.has(w.toLowerCase()) || orgWords.has(w.toLowerCase()))) continue;
      const around = this.text.slice(Math.max(0, at - 25), at + m[0].length + 25);
      found.push({ at, words, speaks: hasSpeechVerb(around) });
    }
    this.rivals.set(paragraph, found);
    return found;
  }
}

/** The mention in `sorted` nearest to the span [start, end] (one inside it first), or null. */
export function nearestTo(sorted: readonly number[], start: number, end: number): number | null {
  const k = upperBound(sorted, start - 1);
  const before = sorted[k - 1];
  const after = sorted[k];
  if (after !== undefined && after <= end) return after;
  if (before === undefined) return after ?? null;
  if (after === undefined) return before;
  return start - before <= after - end ? before : after;
}

/** The entries of a sorted list of rivals that stand between `from` and `to`. */
export function rivalsBetween(rivals: readonly Rival[], from: number, to: number): Rival[] {
  const out: Rival[] = [];
  for (let j = firstAtOrAfter(rivals, from); j < rivals.length && (rivals[j] as Rival).at <= to; j++)
    out.push(rivals[j] as Rival);
  return out;
}

/** True when a speech verb ("said", "told", "according") is among the words. */
export function hasSpeechVerb(text: string): boolean {
  for (const w of text.match(/\p{Ll}+/gu) ?? [])
    if (w === 'according' || speechVerbBase(w) !== null) return true;
  return false;
}

/** How many entries of a sorted list are at most `value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a given name or an initial stands right before the name ("Deborah Lee James" read as "Lee James"). */
function givenBefore(text: string, i: number): boolean {
  const m = /(?:^|[\s(])(\p{Lu}[\p{Ll}\p{M}'’-]+|\p{Lu}\.)\s$/u.exec(text.slice(Math.max(0, i - 25), i));
  if (!m?.[1]) return false;
  const word = m[1].replace(/\.$/, '').toLowerCase();
  if (titles.has(word) || orgWords.has(word)) return false;
  return !/[.!?]["”’]?\s+\S+\s$/u.test(text.slice(Math.max(0, i - 30), i)) || m[1].endsWith('.');
}

/** True when the name at `i` is part of a longer run of capitalised words ("Nations Nikki Haley"). */
function gluedAt(text: string, i: number, length: number): boolean {
  const before = /(\p{Lu}[\p{L}\p{M}.'’-]*)\s+$/u.exec(text.slice(Math.max(0, i - 30), i));
  const after = /^\s+\p{Lu}/u.test(text.slice(i + length, i + length + 3));
  return (before !== null && !/[.!?]["”’]?\s+$/u.test(text.slice(Math.max(0, i - 32), i))) || after;
}

function isWordAt(text: string, i: number, length: number): boolean {
  const before = text[i - 1];
  const after = text[i + length];
  return (
    (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
    (after === undefined || !/[\p{L}\p{N}]/u.test(after))
  );
}

/** Spans between an opening and a closing mark ([open, close] offsets), paired in order. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let straightOpen = false;
  for (const m of text.matchAll(quoteMarks)) {
    const at = m.index;
    const c = m[0];
    if (c === '“' || c === '«') open = at;
    else if ((c === '”' || c === '»') && open >= 0) {
      spans.push([open, at]);
      open = -1;
    } else if (c === '"') {
      if (straightOpen && open >= 0) {
        spans.push([open, at]);
        open = -1;
      } else open = at;
      straightOpen = !straightOpen;
    }
  }
  return spans;
}
