// What the text says about who spoke, before it is resolved against the article, and how a name run
// becomes one; the post-modifiers ("of", "for", "at") that tie a person to a body.
import type { NameRun } from './name-runs.ts';
import type { Token } from './tokens.ts';

/** What the text says about who spoke, before it is resolved against the article. */
export type SpeakerRef =
  | { kind: 'name'; name: string; offset: number; proxy?: boolean }
  /** `opening` when the pronoun opens its sentence before the subject ("As he puts it, the plan is"). */
  | { kind: 'pronoun'; word: string; opening?: boolean }
  | { kind: 'role'; phrase: string }
  | { kind: 'org'; noun: string; modifiers: string[]; phrase: string; offset: number }
  /** The body last speaking; `role` when its unnamed spokesperson speaks ("a spokesperson said"). */
  | { kind: 'organisation'; role?: string }
  /** A source kept as the article words it: "the report said", "a spokesman for the prime minister". */
  | { kind: 'document'; phrase: string }
  | { kind: 'subject' }
  /**
   * Someone the article does not name; `one` when a single person ("a neighbour", "the mother of X");
   * `group` the plural title of "the senators", who may be people the article listed under it.
   */
  | { kind: 'nobody'; one?: boolean; group?: string }
  | { kind: 'unknown' };

/** Words that tie a person to a body after their name ("Ann Lee of the Council"). */
export const postModifiers = new Set(['of', 'at', 'from', 'for', 'with']);

/** A name run as a speaker: a lone post word ("President") is a role, else the name at its offset. */
export function nameRef(run: NameRun, tokens: readonly Token[], offset: number, base: number): SpeakerRef {
  if (
    run.name.split(' ').length === 1 &&
    run.titleWords.length === 0 &&
    /^(?:president|minister|chancellor|premier|senator|governor|mayor|spokesman|spokeswoman)$/i.test(run.name)
  ) {
    return { kind: 'role', phrase: run.raw };
  }
  return { kind: 'name', name: run.name, offset: base + (tokens[offset + run.first] as Token).start };
}
