// Speaker labels before a quote: a transcript's label in capitals (`JOE LIEBERMAN: "..."`), a broadcast
// script's cue (`TEASE (Piot) (:12)`) and a post's title before a name and a colon.
import type { Attribution } from './attribution.ts';
import { orgWords } from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import { isCapitalised, isWord, type Token } from './tokens.ts';

/**
 * A speaker label in capitals, the whole lead of a quote or its end after a colon or full stop:
 * `JOE LIEBERMAN: "..."`, `... and bird flu: HELGEN: "..."`.
 */
const capitalLabel = /(?:^|[:.…]\s+)(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}):\s*$/u;
/** A speaker cue of a broadcast script: a name in brackets, then a running time (`TEASE (Piot) (:12)`). */
const scriptCue = /\((\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})\)\s*\(\d*:\d+\)\s*$/u;

/**
 * A transcript names who speaks before the words instead of with a verb. A capitals label is shown in
 * the story's own case when it also writes the name ("Joe Lieberman"), else in title case ("Helgen").
 */
export function transcriptLabel(clause: string, base: number): Attribution | null {
  const label = capitalLabel.exec(clause);
  if (label?.[1]) {
    const name = label[1]
      .split(' ')
      .map((w) => `${w[0]}${w.slice(1).toLowerCase()}`)
      .join(' ');
    return {
      ref: { kind: 'name', name, offset: base + label.index + label[0].indexOf(label[1]) },
      distance: 0,
      naming: false,
    };
  }
  const cue = scriptCue.exec(clause);
  if (cue?.[1])
    return { ref: { kind: 'name', name: cue[1], offset: base + cue.index }, distance: 0, naming: false };
  return null;
}

/** Lowercase words a post's title may hold ("Director for Enforcement and Compliance of the Region"). */
const titleJoiners = new Set(['for', 'of', 'the', 'and', 'on', 'in']);

/**
 * A press release lists its officials each with a title and a colon, no verb: `Michigan Environment,
 * Great Lakes & Energy Director Ann Lee: "..."`. The titled person named last (not a body) speaks.
 */
export function titledLabel(tokens: readonly Token[], base: number): Attribution | null {
  if (tokens[tokens.length - 1]?.text !== ':' || tokens.length < 3) return null;
  const words = tokens.slice(0, -1);
  if (
    !words.every((t) => !isWord(t) || isCapitalised(t.text) || /^\d/.test(t.text) || titleJoiners.has(t.text))
  )
    return null;
  // `Ann Lee of the Justice Department's Civil Division:`: the person, not the body after "of".
  const run = findNameRuns(words).findLast(
    (r) =>
      !r.possessive &&
      r.name.includes(' ') &&
      !orgWords.has(r.name.slice(r.name.lastIndexOf(' ') + 1).toLowerCase()) &&
      r.titleWords.length > 0,
  );
  // `Ivan Sorokin: "..."` in a meeting transcript: a person's full name alone is the label too.
  const alone = findNameRuns(words).find(
    (r) =>
      r.first === 0 &&
      r.last === words.length - 1 &&
      !r.possessive &&
      /^\p{Lu}\p{Ll}+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(r.name) &&
      !isOrgLike(r.name.toLowerCase().split(' ')),
  );
  const label = run ?? alone;
  if (!label) return null;
  const first = tokens[label.first] as Token;
  return { ref: { kind: 'name', name: label.name, offset: base + first.start }, distance: 0, naming: false };
}
