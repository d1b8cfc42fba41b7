// Whether a sentence can stand alone as a bullet: it must not open with a connective that leans on a
// missing sentence ("But", "However,") nor with a pronoun whose person no earlier key point names, whether
// the pronoun comes first or just after a short opening phrase ("At 97, she ...", "After college he ...").

import { calendarWordStart } from '../text/calendar.ts';

/** Connectives that, opening a sentence, lean on the sentence before it. */
const leaningConnectives = new Set([
  'but',
  'however',
  'and',
  'yet',
  'so',
  'still',
  'also',
  'instead',
  'meanwhile',
  'nevertheless',
  'nonetheless',
  'moreover',
  'furthermore',
  'besides',
  'thus',
  'therefore',
  'otherwise',
  'then',
  'hence',
  'consequently',
]);

/** Pronouns that stand for a person named elsewhere. */
const personPronouns = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'him', 'them']);

/** Words that open a phrase put before the subject: "At 97, she", "After college he", "In her grief, she". */
const frontingWords = new Set([
  'at',
  'in',
  'on',
  'after',
  'before',
  'since',
  'when',
  'while',
  'as',
  'for',
  'like',
  'during',
  'despite',
  'though',
  'although',
  'if',
  'once',
  'until',
  'by',
  'with',
  'without',
  'from',
  'now',
  'today',
  'recently',
  'last',
  'earlier',
  'later',
  'years',
]);

/** How far into a sentence an opening phrase is looked through for a pronoun. */
const OPENING_WORDS = 9;

/** Why a sentence cannot stand alone, or null when it can. */
export type Leaning = 'connective' | 'pronoun' | null;

/**
 * How `sentence` leans when read after `earlier` (the key points before it): a leaning connective, or a
 * person pronoun while no earlier key point names anybody (a capitalised word past its first).
 */
export function leaningOpener(sentence: string, earlier: readonly string[]): Leaning {
  const first = /^[\s"“‘'(]*([A-Za-z]+)/.exec(sentence)?.[1]?.toLowerCase();
  if (first === undefined) return null;
  if (leaningConnectives.has(first)) return 'connective';
  if ((personPronouns.has(first) || pronounAfterOpening(sentence, first)) && !earlier.some(namesSomebody))
    return 'pronoun';
  return null;
}

/**
 * A person pronoun inside or just after a short opening phrase, before any name: "At age 85 she won",
 * "In her grief, she remains". A name soon after the pronoun is the person it points ahead to ("During
 * her address, Mrs May said"), so that sentence stands alone.
 */
function pronounAfterOpening(sentence: string, first: string): boolean {
  if (!frontingWords.has(first)) return false;
  const words = sentence.replace(/^[\s"“‘'(]+/, '').split(/\s+/);
  const isName = (w: string) => /^[A-Z]/.test(w) && !calendarWordStart.test(w) && w !== 'I';
  for (let i = 1; i < Math.min(words.length, OPENING_WORDS); i++) {
    const word = words[i] ?? '';
    if (isName(word)) return false;
    if (!personPronouns.has(word.toLowerCase().replace(/[^a-z]/g, ''))) continue;
    // Up to the end of the opening phrase (its comma) and three words on, a name would be the person.
    let end = i + 1;
    while (end < words.length && end < i + 8 && !/,$/.test(words[end - 1] ?? '')) end++;
    return !words.slice(i + 1, end + 3).some(isName);
  }
  return false;
}

/** A capitalised word that is not the sentence's first: a name, roughly. */
function namesSomebody(sentence: string): boolean {
  return /\s[A-Z][a-z]+/.test(sentence.replace(/[.!?]\s+[A-Z]/g, ' '));
}
