// A surname after a title that stands for a kin the article introduced by first name ("her husband,
// Bo, ... said Mr Lee" -> "Bo Lee"), read from the article's mentions and paragraphs.
import { genderOfWord } from './gender.ts';
import { personalTitles } from './lexicon.ts';
import type { Mention } from './mentions.ts';

/**
 * "Ann Lee left ... her husband, Bo, stayed ... said Mr Lee": a surname whose title gives the gender
 * of the one kin first name the article introduces before it, while the full name it would stand for
 * is never given that gender, is that kin ("Bo Lee").
 */
export function kinOfTitle(
  mentions: readonly Mention[],
  paragraphs: readonly string[],
  key: string,
  full: string,
  at: number,
): string | null {
  const here = mentions.find((m) => m.name.toLowerCase() === key && Math.abs(m.at - at) < 8);
  const surname = full.split(' ').pop() ?? '';
  if (!here?.gender || !full.includes(' ') || surname.toLowerCase() !== key) return null;
  const fullKey = full.toLowerCase();
  if (mentions.some((m) => m.name.toLowerCase() === fullKey && m.gender === here.gender)) return null;
  const kin = mentions.filter(
    (m) => m.words.length === 1 && m.at < at && m.gender === here.gender && kinBefore(paragraphs, m.at),
  );
  const names = new Set(kin.map((m) => m.name));
  if (names.size !== 1) return null;
  const first = [...names][0] as string;
  return full.startsWith(`${first} `) ? null : `${first} ${surname}`;
}

/** True when a kinship word stands right before position `at` ("her husband, Bo"). */
function kinBefore(paragraphs: readonly string[], at: number): boolean {
  const paragraph = paragraphs[Math.floor(at / 2 ** 32)] ?? '';
  const offset = at % 2 ** 32;
  const word = /(\p{Ll}+),? $/u.exec(paragraph.slice(Math.max(0, offset - 16), offset))?.[1];
  return word !== undefined && genderOfWord(word) !== null && !personalTitles.has(word);
}
