// Datelines at the start of a story ("Gyeongju— ", "SEOUL, Nov 1 (Reuters) - "): the place is
// metadata, not part of the first sentence, so it is lifted out and the sentence kept verbatim after it.

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** The place, in the article's spelling ("Gyeongju"; all-caps wire places become "Seoul"). */
  place: string;
  /** Agency named in brackets ("Reuters"), if any. */
  agency: string | null;
  /** The paragraph without the dateline. */
  rest: string;
}

const separator = /^([^—–:\n]{2,80}?)(\s*)(—|–|--| - |:)\s*/u;
const agencyAtEnd = /\s*\(([^()]{2,40})\)\s*$/;
const month =
  '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?';
const weekday = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const dateAtEnd = new RegExp(`,\\s*(?:${month}|${weekday})\\s*$`);
const placeLinking = new Set(['of', 'de', 'del', 'la', 'el', 'am', 'upon', 'on', 'da', 'al']);

/** Finds a dateline at the start of a paragraph, or null when the paragraph opens with prose. */
export function extractDateline(paragraph: string): Dateline | null {
  const m = separator.exec(paragraph);
  if (!m) return null;
  const [whole, rawPrefix = '', spaceBefore = '', mark = ''] = m;
  const rest = paragraph.slice(whole.length);
  if (!/^[\p{L}\p{N}"“‘']/u.test(rest)) return null;
  let prefix = rawPrefix.trim();
  const agency = agencyAtEnd.exec(prefix);
  if (agency) prefix = prefix.slice(0, agency.index);
  const date = dateAtEnd.exec(prefix);
  if (date) prefix = prefix.slice(0, date.index);
  const place = prefix.trim();
  if (!isPlace(place)) return null;
  const shouting = place === place.toUpperCase();
  const attached = spaceBefore === '' && mark !== ':' && mark !== ' - ';
  const oneWord = !/\s/.test(place) && /^[\p{Lu}]/u.test(rest);
  const region = place.includes(',');
  const convincing = mark === ':' ? shouting : shouting || agency || date || attached || oneWord || region;
  if (!convincing) return null;
  return { place: shouting ? titleCase(place) : place, agency: agency?.[1]?.trim() ?? null, rest };
}

function isPlace(place: string): boolean {
  const words = place.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (!/^[\p{Lu}]/u.test(place)) return false;
  return words.every((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w) || placeLinking.has(w));
}

function titleCase(place: string): string {
  return place.replace(/[\p{L}'’-]+/gu, (w, at: number) =>
    w.length <= 1 || place[at + w.length] === '.' ? w : w[0] + w.slice(1).toLowerCase(),
  );
}
