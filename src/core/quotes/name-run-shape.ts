// Turns a span of capitalised tokens into a NameRun: titles and descriptors ("Lisbon-born") split off,
// quoted nicknames and sentence-opening words dropped, a person told from the body named before them.
import { orgWords, personalTitles, titles } from './lexicon.ts';
import {
  adjacent,
  closingMarks,
  leadWords,
  nameSuffix,
  nobleTitles,
  openingMarks,
  suffixWord,
} from './name-run-words.ts';
import type { NameRun } from './name-runs.ts';
import { isCapitalised, stripPossessive, type Token } from './tokens.ts';

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

/**
 * True when the words before token `k` are a title then "of the", "for the" or "to the" ("Minister of the",
 * "Ambassador to the United Nations Ann Lee": an envoy's post names where they are sent).
 */
function afterTitleOf(tokens: readonly Token[], k: number): boolean {
  const [title, of, the] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]];
  if (!title || !of || !the || !adjacent(title, of) || !adjacent(of, the) || !adjacent(the, tokens[k]))
    return false;
  return (
    (of.text === 'of' || of.text === 'for' || of.text === 'to') &&
    the.text === 'the' &&
    titles.has(title.text.toLowerCase().replace(/\.$/, ''))
  );
}

/** True when the run at `k` follows a capitalised title and "of" ("Guests of", "Chief of"). */
function endsTitleOf(tokens: readonly Token[], k: number): boolean {
  const [title, of] = [tokens[k - 2], tokens[k - 1]];
  if (!title || of?.text !== 'of' || !adjacent(title, of) || !isCapitalised(title.text)) return false;
  const w = title.text.toLowerCase();
  return titles.has(w) || (w.endsWith('s') && titles.has(w.slice(0, -1)));
}

/**
 * "Secretary of the Navy for Acquisition Ann Lee": the run at `k` opens after "for" that follows a post
 * and its body, all capitalised; the run is the remit, then the person.
 */
function afterRemitFor(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== 'for' || !adjacent(tokens[k - 1] as Token, tokens[k])) return false;
  for (let j = k - 2; j >= Math.max(0, k - 10); j--) {
    const word = tokens[j]?.text ?? '';
    if (titles.has(word.toLowerCase())) return j < k - 2;
    if (!/^\p{Lu}/u.test(word) && word !== 'of' && word !== 'the') return false;
  }
  return false;
}

/**
 * Where the person's name starts in `kept`, the end of a post's run: the last two words, three with a
 * middle initial, a suffix ("III", "Jr.") counted with them; `least` words must stand before the initial.
 */
function nameFrom(kept: readonly string[], least: number): number {
  let end = kept.length;
  while (end > 3 && nameSuffix.test(kept[end - 1] ?? '')) end--;
  const initial = /^\p{Lu}[.\u2024]$/u.test(kept[end - 2] ?? '') && end >= least;
  return (initial ? -3 : -2) - (kept.length - end);
}

/** A word of a person's name after an organisation's; an initial may stand inside it ("Civil Division Ann B. Lee"). */
function isPersonWordOf(w: string, k: number, rest: readonly string[]): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w) || (k > 0 && k < rest.length - 1 && /^\p{Lu}[.\u2024]$/u.test(w));
}

export function makeRun(tokens: readonly Token[], first: number, last: number): NameRun | null {
  // An initial after a first name or before one keeps its full stop ("Jose A. Almodovar", "Mariana C.",
  // "D. James Baker"); titles ("Mr.") and other words lose it.
  // "Martin Luther King, Jr.": the comma before a suffix joined to the run is no word of the name.
  const slice = tokens.slice(first, last + 1);
  const named = slice.some((t) => t.text === ',') ? slice.filter((t) => t.text !== ',') : slice;
  const words = withoutNicknames(named).map((t, k, all) =>
    !t.text.endsWith('.') ||
    suffixWord.test(t.text) ||
    (/^\p{Lu}[.\u2024]$/u.test(t.text) &&
      all.length > 1 &&
      (k > 0 || /^\p{Lu}\p{Ll}/u.test(all[1]?.text ?? ''))) ||
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
  // "Guests of Honour Ann Lee", "Chief of Staff Tom Park": after a capitalised title and "of", the run's
  // first word ends the title.
  if (start === 0 && words.length >= 2 && endsTitleOf(tokens, first)) {
    titleWords.push((words[0] ?? '').toLowerCase());
    nameStart = 1;
  }
  for (let k = start; k < words.length - 1; k++) {
    if (titleBeforeName(words, k)) {
      for (const x of words.slice(nameStart, k + 1)) titleWords.push(x.toLowerCase());
      nameStart = k + 1;
    }
  }
  let kept = words.slice(nameStart);
  // "Director in Charge Ann Lee": the post's "in" phrase is the title's too.
  if (kept[0] === 'in' && titleWords.length > 0 && kept.length >= 3) {
    titleWords.push('in', (kept[1] ?? '').toLowerCase());
    kept = kept.slice(2);
  }
  // "The Minister for Health said": a post with nobody named in it is the post, whole.
  if ((kept[0] === 'of' || kept[0] === 'for') && kept.length <= 3 && titleWords.length > 0) {
    kept = [...titleWords.map((w) => words.find((x) => x.toLowerCase() === w) ?? w), ...kept];
    titleWords.length = 0;
  }
  // "Minister of the Navy Ann Lee": the post's capitalised end stands before the name, after "of the".
  // A suffix after the name ("Ann B. Lee III") is counted with it. A run ending in a body's word ("vice
  // president of the Dale National Rescue Party") is the body, whole.
  if (
    nameStart === start &&
    kept.length >= 3 &&
    (afterTitleOf(tokens, first + start) || afterRemitFor(tokens, first + start)) &&
    !orgWords.has((kept[kept.length - 1] ?? '').toLowerCase())
  ) {
    const end = nameFrom(kept, 4);
    // ("Secretary General of the Dale Community Wagner": a body's word is no given name)
    const from = end + (orgWords.has((kept.at(end) ?? '').toLowerCase()) ? 1 : 0);
    // ("delegate to the House of Representatives": a body's "of" phrase is no person's name)
    if (kept.slice(from).every((w) => /^\p{Lu}/u.test(w))) {
      for (const x of kept.slice(0, from)) titleWords.push(x.toLowerCase());
      kept = kept.slice(from);
    }
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
