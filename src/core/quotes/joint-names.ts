// People named together under one plural title ("Senators Ada Roe and Bill Tate", "U.S. Senators A
// (D-Ore.) and B (R-Mont.)", "Reps. A, B and C"): members' joint releases then quote "the senators",
// who are those people together, written as the article lists them.
import { titles } from './lexicon.ts';
import { positionOf } from './mentions.ts';

/** One listing: where it is, the plural title it was made under, and the people as one speaker. */
export interface JointNaming {
  at: number;
  group: string;
  names: string;
}

/** Abbreviated plural titles, as the plural noun a later reference uses. */
const abbreviations: Record<string, string> = { 'sens.': 'senators', 'reps.': 'representatives' };
/** Nouns a legislature's members are referred back to by, whatever title they were listed under. */
const legislators = new Set(['senators', 'representatives', 'congressmen', 'congresswomen', 'councillors']);

const person = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}`;
/** A party and state, or another short aside, after a member's name: "(D-Ore.)". */
const aside = String.raw`(?:\s*\([^()\n]{1,30}\))?`;
/**
 * A comma-delimited segment after a member: another member, or their post ("Ranking Member of ...").
 * One shape for both, sorted out afterwards: two alternatives that match the same words would let a
 * failed match retry every mix of them, which a long list from a stranger's text makes endless.
 */
const segment = String.raw`,\s*[^,;\n]{1,140}?`;
const listing = new RegExp(
  String.raw`(?<![\p{L}.])(\p{Lu}\p{Ll}+s|Sens\.|Reps\.)\s+(${person})${aside}((?:${segment}){0,8}),?\s+and\s+(${person})${aside}`,
  'gu',
);
const wholePerson = new RegExp(`^${person}$`, 'u');
const asideOnly = /\s*\([^()\n]{1,30}\)/gu;

/** Every listing of two or more people under one plural title, in article order. */
export function jointNamings(paragraphs: readonly string[]): JointNaming[] {
  const found: JointNaming[] = [];
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(listing)) {
      const title = (m[1] as string).toLowerCase();
      const group = abbreviations[title] ?? title;
      if (!titles.has(group.replace(/s$/, ''))) continue;
      // "A (D-NH), Ranking Member of the committee, and B": the posts between the members are not members.
      const middle = (m[3] as string)
        .replace(asideOnly, '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => wholePerson.test(s) && !s.split(' ').some((w) => titles.has(w.toLowerCase())));
      const people = [m[2] as string, ...middle];
      const names = `${people.join(', ')} and ${m[4]}`;
      found.push({ at: positionOf(p, m.index ?? 0), group, names });
    }
  });
  return found;
}

/** The people last listed before `at` under the plural title `group` ("senators"), or null. */
export function jointBefore(namings: readonly JointNaming[], group: string, at: number): string | null {
  const wanted = group.toLowerCase();
  let best: JointNaming | null = null;
  for (const n of namings) {
    if (n.at >= at) break;
    if (n.group === wanted || (wanted === 'lawmakers' && legislators.has(n.group))) best = n;
  }
  return best?.names ?? null;
}
