// Whether a sentence can stand alone as a bullet: it must not open with a connective that leans on a
// missing sentence ("But", "However,") nor with a pronoun whose person no earlier key point names.

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
  if (personPronouns.has(first) && !earlier.some(namesSomebody)) return 'pronoun';
  return null;
}

/** A capitalised word that is not the sentence's first: a name, roughly. */
function namesSomebody(sentence: string): boolean {
  return /\s[A-Z][a-z]+/.test(sentence.replace(/[.!?]\s+[A-Z]/g, ' '));
}
