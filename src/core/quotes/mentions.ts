// Every name mention of an article, indexed by word and position, so resolving a short form or an
// organisation noun is a lookup and a binary search, not a scan of the whole article per quote.
import type { Gender } from './gender.ts';
import { orgWords } from './lexicon.ts';
import { compassWords } from './places.ts';

/** A name as mentioned at one place in the article. */
export interface Mention {
  /** Name without titles or possessive. */
  name: string;
  /** Its words. */
  words: string[];
  /** Position in the article (paragraph * 2^32 + offset). */
  at: number;
  /** The gender its title, a kinship word or a following his/her gives, if any. */
  gender: Gender | null;
  /** A lone first name introduced by kinship ("his son Nick"): a person of its own, not a longer "Nick X". */
  kin: boolean;
}

/** Position of a character in the article: paragraph number and offset combined, comparable. */
export function positionOf(paragraph: number, offset: number): number {
  return paragraph * 2 ** 32 + offset;
}

/** The article's mentions in order, indexed by word; every lookup is cached per form. */
export class Mentions {
  /** Every mention, in article order. */
  readonly all: Mention[] = [];
  private readonly byWord = new Map<string, Mention[]>();
  private readonly candidateCache = new Map<string, Candidates>();
  private readonly orgCache = new Map<string, Mention[]>();

  /** Adds the next mention (in article order). */
  add(mention: Mention): void {
    this.all.push(mention);
    // Once per distinct word, so no list holds the same mention twice; "al-zawahiri" also as "zawahiri".
    for (const w of new Set([...mention.words, ...mention.words.map(bareWord)])) {
      const list = this.byWord.get(w);
      if (list) list.push(mention);
      else this.byWord.set(w, [mention]);
    }
  }

  /** Mentions with this (lowercase) word, in article order. */
  withWord(word: string): Mention[] {
    return this.byWord.get(word) ?? [];
  }

  /**
   * How the story writes a name given in another case ("Mcgovern" from a label "MCGOVERN:" ->
   * "McGovern"): its first mention in that spelling not in capitals only; null when there is none.
   */
  writtenForm(key: string): string | null {
    const words = key.split(' ');
    for (const m of this.byWord.get(words[0] ?? '') ?? []) {
      if (m.name.toLowerCase() === key && !isShouted(m.name)) return m.name;
    }
    return null;
  }

  /** Longer names containing a short form (and its kinship introductions), computed once per form. */
  longerNames(key: string, kin: boolean): Candidates {
    const cached = this.candidateCache.get(key);
    if (cached) return cached;
    const words = key.split(' ').map(bareWord);
    const candidates = new Map<string, Mention[]>();
    // "JOE LIEBERMAN:" (a transcript's label) and "Joe Lieberman" are one name, shown as the story writes it.
    const shown = new Map<string, string>();
    let fitting = (this.byWord.get(words[0] ?? '') ?? []).filter(
      (m) =>
        m.words.length > words.length &&
        (containsRun(m.words.map(bareWord), words) ||
          (words.length >= 2 && containsRun(withoutInitials(m.words.map(bareWord)), words))) &&
        (!(isOrgLike(m.words) && !isOrgLike(words)) || businessOf(m.words, words)),
    );
    // "Ford" for "Ford Motor Company" only when no other longer name (a person's) holds the word.
    if (fitting.some((m) => !businessOf(m.words, words)))
      fitting = fitting.filter((m) => !businessOf(m.words, words));
    for (const m of fitting) {
      const lower = m.name.toLowerCase();
      const earlier = shown.get(lower);
      if (earlier === undefined || (isShouted(earlier) && !isShouted(m.name))) shown.set(lower, m.name);
    }
    for (const m of fitting) {
      const name = shown.get(m.name.toLowerCase()) as string;
      const list = candidates.get(name) ?? [];
      list.push(m);
      candidates.set(name, list);
    }
    const names = [...candidates.keys()];
    const maximal = names.filter((n) => !names.some((o) => o !== n && containsRun(words2(o), words2(n))));
    const introduced = kin ? this.all.filter((m) => m.kin && m.name.toLowerCase() === key) : [];
    const found = { candidates, maximal, kin: introduced };
    this.candidateCache.set(key, found);
    return found;
  }

  /** The longer name with this noun and modifiers mentioned last before `at`, else first after it. */
  organisationNamed(noun: string, modifiers: string[], at: number): string | null {
    const head = noun.toLowerCase();
    const key = [head, ...modifiers].join(' ');
    let fitting = this.orgCache.get(key);
    if (!fitting) {
      fitting = (this.byWord.get(head) ?? []).filter(
        (m) => m.words.length >= 2 && modifiers.every((w) => m.words.includes(w)),
      );
      this.orgCache.set(key, fitting);
    }
    // The one mentioned last before `at`, else the first after it.
    const after = firstAtOrAfter(fitting, at);
    return (fitting[after - 1] ?? fitting[after])?.name ?? null;
  }
}

/** Words that close a business's name after what it is called ("Motor Company", "Holdings Ltd"). */
const businessEndings = new Set(
  'company co corporation corp incorporated inc limited ltd plc llc group holdings motor motors airlines airways'.split(
    ' ',
  ),
);

/** "Acme Motor Company" for "Acme": the short form, then only the words that close a business's name. */
function businessOf(longer: readonly string[], short: readonly string[]): boolean {
  if (longer.length <= short.length || !short.every((w, k) => longer[k] === w)) return false;
  const rest = longer.slice(short.length).map((w) => w.replace(/\.$/, ''));
  return rest.some((w) => w !== 'motor') && rest.every((w) => businessEndings.has(w));
}

function words2(name: string): string[] {
  return name.toLowerCase().split(' ').map(bareWord);
}

/** A word without a joined Arabic particle ("al-zawahiri" -> "zawahiri"), the form a short mention takes. */
export function bareWord(word: string): string {
  return /^(?:al|el|bin|ibn|abu)-\p{L}/u.test(word) ? word.slice(word.indexOf('-') + 1) : word;
}

/** True for a name written in capitals only ("JOE LIEBERMAN"), as transcripts label their speakers. */
export function isShouted(name: string): boolean {
  // ASCII names (most) are read by their character codes; any other by the Unicode classes.
  let capitals = 0;
  let two = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name);
    if (c >= 97 && c <= 122) return false;
    capitals = c >= 65 && c <= 90 ? capitals + 1 : 0;
    if (capitals >= 2) two = true;
  }
  return two;
}

/** "ann l. berg" -> "ann berg": a middle initial dropped, as a shorter mention of the name writes it. */
function withoutInitials(words: string[]): string[] {
  return words.filter((w, k) => k === 0 || k === words.length - 1 || !/^\p{L}\.?$/u.test(w));
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, k) => hay[i + k] === w)) return true;
  }
  return false;
}

/** True for an organisation's or a place's words ("Unification Ministry", "South Korea"). */
export function isOrgLike(words: string[]): boolean {
  return words.some((w) => orgWords.has(w)) || (words.length > 1 && compassWords.has(words[0] ?? ''));
}

/** Longer names that contain a short form, their mentions in article order, and kinship introductions. */
export interface Candidates {
  candidates: Map<string, Mention[]>;
  maximal: string[];
  kin: Mention[];
}

/** The name mentioned last before `at`, else the one mentioned first after it (mentions in article order). */
export function pickNearest(names: string[], candidates: Map<string, Mention[]>, at: number): string {
  let best: { name: string; at: number } | null = null;
  for (const name of names) {
    const list = candidates.get(name) ?? [];
    const after = firstAtOrAfter(list, at);
    for (const m of [list[after - 1], list[after]]) {
      if (!m) continue;
      if (m.at < at && (best === null || best.at > at || m.at > best.at)) best = { name, at: m.at };
      else if (m.at >= at && (best === null || (best.at >= at && m.at < best.at))) best = { name, at: m.at };
    }
  }
  return best?.name ?? (names[0] as string);
}

/** Index of the first entry at or after `at` in a list sorted by position (binary search). */
export function firstAtOrAfter(list: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { at: number }).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
