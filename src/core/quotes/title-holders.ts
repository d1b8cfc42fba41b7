// A title given as the speaker ("the Tánaiste said", "said Commanding Officer, Cmdr. Ann Lee") stands
// for the person the article gives that title to: "Tánaiste and Minister for Roads, Ann Lee TD, ...",
// "Commanding Officer, Cmdr. Ann Lee", "Recovery Coordinator for Ostmark Ann B. Lee". Read by how the
// article writes the title right before a name, not by a list of posts; with no holder, or two, the
// title is kept as written.
import { wholeWordOffsets } from '../text/whole-word.ts';
import { isOrgLike } from './mentions.ts';
import { nameSuffix, particles } from './name-run-words.ts';
import { isTitleWord } from './posts.ts';

/** A capitalised word of a name: a capital, then letters, apostrophes or hyphens; or an initial. */
const nameWord = /^(?:\p{Lu}[\p{Ll}'’-][\p{L}'’-]*|\p{Lu}\.)$/u;

/** The words of the capitalised run starting the text (particles and suffixes included), at most 8. */
function runAt(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(' ')) {
    if (words.length >= 8) break;
    const word = raw.replace(/[,;:]$/, '');
    const bare = /^\p{Lu}[.\u2024]$/u.test(word) ? word : word.replace(/\.$/, '');
    const ok =
      nameWord.test(bare) ||
      nameSuffix.test(word) ||
      /^\p{Lu}{2,5}$/u.test(word) ||
      (words.length > 0 && particles.has(word)) ||
      isTitleWord(word.replace(/\.$/, ''));
    if (!ok) break;
    // A full stop ends the sentence unless it closes an initial, a rank or a suffix.
    const stop =
      word.endsWith('.') && !/^\p{Lu}[.\u2024]$/u.test(word) && !isTitleWord(word.replace(/\.$/, ''));
    words.push(stop && !nameSuffix.test(word) ? word.slice(0, -1) : word);
    if (word !== raw || stop) break;
  }
  return words;
}

/** The person's name in a run after a title: ranks before it and post-nominals after it dropped. */
function personIn(words: string[], afterPlace: boolean): string | null {
  let from = 0;
  while (from < words.length && isTitleWord((words[from] ?? '').replace(/\.$/, ''))) from++;
  let end = words.length;
  while (end > from && /^\p{Lu}{2,5}$/u.test(words[end - 1] ?? '') && !nameSuffix.test(words[end - 1] ?? ''))
    end--;
  let name = words.slice(from, end);
  if (afterPlace) {
    // "for Ostmark Ann B. Lee": the place, then the name's last two words (three with an initial).
    let last = name.length;
    while (last > 2 && nameSuffix.test(name[last - 1] ?? '')) last--;
    const from2 = /^\p{Lu}[.\u2024]$/u.test(name[last - 2] ?? '') ? last - 3 : last - 2;
    if (from2 < 1) return null;
    name = name.slice(from2);
  }
  const core = name.filter((w) => !nameSuffix.test(w));
  if (core.length < 2 || core.length > 4 || !/^\p{Lu}\p{Ll}/u.test(core[0] ?? '')) return null;
  if (!/^\p{Lu}\p{Ll}/u.test(core[core.length - 1] ?? '')) return null;
  if (core.some((w) => isTitleWord(w.replace(/\.$/, '')))) return null;
  // "the Doris Day Show ... the Doris Day Animal Foundation": a body named after a person holds no title.
  if (isOrgLike(core.map((w) => w.toLowerCase()))) return null;
  return name.join(' ');
}

/**
 * The one person `title` is given to in `text`, or null: the title must read as one (its last word a
 * title, or written after "the", or followed by "for" a place and a name), and every place that names
 * a holder right after it must name the same one.
 */
export function holderOfTitle(title: string, text: string): string | null {
  const words = title.split(' ');
  if (words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  const titled =
    isTitleWord(words[words.length - 1] ?? '') ||
    text.includes(`the ${title}`) ||
    text.includes(`The ${title}`);
  const found = new Set<string>();
  for (const at of wholeWordOffsets(text, title)) {
    const after = text.slice(at + title.length, at + title.length + 160).split(/\n/)[0] ?? '';
    let holder: string | null = null;
    // "Commanding Officer, Cmdr. Ann Lee", "Tánaiste Ann Lee".
    const direct = /^,? (?=\p{Lu})/u.exec(after);
    if (direct) holder = personIn(runAt(after.slice(direct[0].length)), false);
    // "Tánaiste and Minister for Roads and Minister for Ports, Ann Lee TD,".
    const joined = titled ? /^ and [^.;:"“”\n]{3,90}?, (?=\p{Lu})/u.exec(after) : null;
    if (!holder && joined) holder = personIn(runAt(after.slice(joined[0].length)), false);
    // "Recovery Coordinator for Ostmark Ann B. Lee".
    const forPlace = /^ for (?=\p{Lu})/u.exec(after);
    if (!holder && forPlace) holder = personIn(runAt(after.slice(forPlace[0].length)), true);
    if (holder && (titled || forPlace)) found.add(holder);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
