// Given names people are commonly called by (the human-names package's lists: English, Dutch, French, German,
// Italian and Spanish), to tell where a person's name begins inside a run of capitalised words, and which
// gender a "he" or "she" may stand for when the article itself gives none.
import femaleDe from 'human-names/data/female-human-names-de.json' with { type: 'json' };
import femaleEn from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import femaleEs from 'human-names/data/female-human-names-es.json' with { type: 'json' };
import femaleFr from 'human-names/data/female-human-names-fr.json' with { type: 'json' };
import femaleIt from 'human-names/data/female-human-names-it.json' with { type: 'json' };
import femaleNl from 'human-names/data/female-human-names-nl.json' with { type: 'json' };
import maleDe from 'human-names/data/male-human-names-de.json' with { type: 'json' };
import maleEn from 'human-names/data/male-human-names-en.json' with { type: 'json' };
import maleEs from 'human-names/data/male-human-names-es.json' with { type: 'json' };
import maleFr from 'human-names/data/male-human-names-fr.json' with { type: 'json' };
import maleIt from 'human-names/data/male-human-names-it.json' with { type: 'json' };
import maleNl from 'human-names/data/male-human-names-nl.json' with { type: 'json' };
import type { Gender } from './gender.ts';
import { titles } from './lexicon.ts';

const female = [femaleDe, femaleEn, femaleEs, femaleFr, femaleIt, femaleNl].flat();
const male = [maleDe, maleEn, maleEs, maleFr, maleIt, maleNl].flat();
const givenNames = new Set<string>([...female, ...male]);

/**
 * True for a word written as a common given name ("Bernie", "Zoe"); case and accents as the list has them.
 * A title is none, though the lists hold a few ("Justice", "Prince", "Deacon").
 */
export function isGivenName(word: string): boolean {
  return givenNames.has(word) && !titles.has(word.toLowerCase());
}

/** A name without its accents ("Íngrid" -> "Ingrid"), as the lists mostly write them. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

const femaleFolded = new Set(female.map(folded));
const maleFolded = new Set(male.map(folded));

/**
 * The gender a given name is listed under ("Nancy" -> f, "Nicolas" -> m), accents aside; null for a name in
 * both lists ("Jean", "Kim") or in neither.
 */
export function genderOfGivenName(word: string): Gender | null {
  const key = folded(word);
  if (titles.has(key.toLowerCase())) return null;
  const f = femaleFolded.has(key);
  const m = maleFolded.has(key);
  return f === m ? null : f ? 'f' : 'm';
}
