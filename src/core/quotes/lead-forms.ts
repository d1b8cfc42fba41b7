// Less common ways a narrative hands a quote to its speaker, read by attribution.ts: `"X" is how Ann
// Lee described it`, `a response from the lawyer, Owen Pratt:`, `One resident put it simply:`, and the
// verb an infinitive naming verb hangs on ("went on to characterise it as"), and `said a spokesman for
// the embassy, Tom Hale.`, `in the words of the prosecutor, Ann Lee,` and `According to the Post, a
// spokesman for the council expressed`.
import type { Attribution } from './attribution.ts';
import { namingVerbs, speechVerbBase } from './lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { subjectBefore } from './subject-before.ts';
import { isWord, type Token } from './tokens.ts';
import { isSpeechVerb, looksLikeVerb } from './verb-shapes.ts';

/** `"Courageous" is how Ann Lee described the work`, from token `from` (after "is how"). */
export function howDescribed(tokens: readonly Token[], from: number, base: number): Attribution | null {
  const v = tokens.findIndex(
    (t, k) =>
      k > from && k < from + 6 && (namingVerbs.has(speechVerbBase(t.text) ?? '') || /^puts?$/.test(t.text)),
  );
  const ref = v > 0 ? subjectBefore(tokens, v, from, base) : null;
  return ref && ref.kind !== 'unknown' ? { ref, distance: 0, naming: true } : null;
}

/** `drew a swift response from the defence lawyer, Owen Pratt:`: the one named right before the colon. */
export function responseFrom(tokens: readonly Token[], base: number): Attribution | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const from = tokens.findLastIndex(
    (t, k) => t.text === 'from' && responseNouns.test(tokens[k - 1]?.text ?? ''),
  );
  if (from < 0) return null;
  const run = findNameRuns(tokens.slice(from + 1, -1)).pop();
  if (!run || run.possessive || !run.name.includes(' ') || run.last !== tokens.length - from - 3) return null;
  const offset = base + (tokens[from + 1 + run.first] as Token).start;
  return { ref: { kind: 'name', name: run.name, offset }, distance: 0, naming: false };
}

const responseNouns = /^(?:response|reply|reaction|answer|rebuke|retort|warning|message|comment)s?$/i;

/** `One resident put it simply:`: whoever put it so, right before the colon. */
export function putItSo(tokens: readonly Token[], base: number): Attribution | null {
  const n = tokens.length;
  if (tokens[n - 1]?.text !== ':') return null;
  const it = tokens[n - 2]?.text === 'it' ? n - 2 : tokens[n - 3]?.text === 'it' ? n - 3 : -1;
  if (it < 1 || !/^puts?$/.test(tokens[it - 1]?.text ?? '')) return null;
  if (it === n - 3 && !/^\p{Ll}+ly$/u.test(tokens[n - 2]?.text ?? '')) return null;
  const ref = subjectBefore(tokens, it - 1, 0, base);
  return ref.kind === 'unknown' ? null : { ref, distance: 0, naming: false };
}

/** "He went on to characterise it as": the finite verb an infinitive speech verb at `v` hangs on. */
export function governing(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1]?.text !== 'to') return v;
  const from = Math.max(0, v - 4);
  const k = tokens.slice(from, v - 1).findLastIndex((t) => /^\p{Ll}/u.test(t.text) && looksLikeVerb(t.text));
  return k >= 0 ? from + k : v;
}

/**
 * `"...," said a spokesman for the embassy, Tom Hale.`, `said the city's mayor, Tom Hale.`: a description after the verb, then a comma and a
 * name that ends the sentence: the name is the speaker the description introduces.
 */
export function apposedName(tokens: readonly Token[], from: number, base: number): SpeakerRef | null {
  let end = from;
  while (end < tokens.length && end < from + 16 && !/^[.;!?]$/.test(tokens[end]?.text ?? '')) end++;
  if (end < tokens.length && !/^[.;!?]$/.test(tokens[end]?.text ?? '')) return null;
  let comma = end - 1;
  while (comma > from && tokens[comma]?.text !== ',') comma--;
  if (comma <= from) return null;
  // `said Leeds University's chancellor, Ann Lee`: a body's post, though the body opens with a capital.
  const owner = tokens.slice(from, comma).findLastIndex((t) => /['’]s$/.test(t.text));
  const post =
    owner >= 0 &&
    from + owner < comma - 1 &&
    tokens.slice(from + owner + 1, comma).every((t) => /^\p{Ll}+$/u.test(t.text));
  if (!/^\p{Ll}/u.test(tokens[from]?.text ?? '') && !post) return null;
  const run = findNameRuns(tokens.slice(comma + 1, end))[0];
  if (run?.first !== 0 || run.last !== end - comma - 2 || run.possessive) return null;
  if (!run.name.includes(' ')) return null;
  return { kind: 'name', name: run.name, offset: base + (tokens[comma + 1] as Token).start };
}

/** `the prosecutor, Ann Lee,` from token `k`: the full name set off by a comma after a described post. */
export function apposedAfter(tokens: readonly Token[], k: number, base: number): SpeakerRef | null {
  if (!/^(?:the|a|an|his|her|their|its)$/i.test(tokens[k]?.text ?? '')) return null;
  const comma = tokens.findIndex((t, i) => i > k && i < k + 7 && t.text === ',');
  if (comma < 0) return null;
  const run = findNameRuns(tokens.slice(comma + 1, comma + 6)).find((r) => r.first === 0 && !r.possessive);
  if (!run?.name.includes(' ')) return null;
  return { kind: 'name', name: run.name, offset: base + (tokens[comma + 1] as Token).start };
}

/**
 * "According to the Post, a spokesman for the council expressed regret": a described subject (from "a"
 * or "the" at `k`) and its verb make a clause of their own; that subject speaks, or someone unnamed.
 */
export function describedSubject(tokens: readonly Token[], k: number, base: number): SpeakerRef | null {
  if (!/^(?:a|an|the)$/i.test(tokens[k]?.text ?? '') || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? ''))
    return null;
  for (let v = k + 2; v < Math.min(tokens.length, k + 10); v++) {
    const word = tokens[v]?.text ?? '';
    if (!isWord(tokens[v] as Token)) return null;
    if (!/^\p{Ll}+ed$/u.test(word) && !isSpeechVerb(tokens[v])) continue;
    const ref = subjectBefore(tokens, v, k, base);
    return ref.kind === 'role' || ref.kind === 'org' ? ref : { kind: 'nobody', one: true };
  }
  return null;
}

/** Verbs that pass a statement on as it was made ("read Park's statement:"), not answer it. */
const conveying =
  /^(?:read|reads|quoted|quotes|cited|cites|relayed|released|published|posted|shared|issued|repeated|reproduced|tweeted|retweeted|forwarded|carried|broadcast)$/;

/** True when a verb other than one that passes it on governs a statement noun owned by a possessive. */
export function answeredBySubject(tokens: readonly Token[], n: number): boolean {
  const owned = tokens
    .slice(Math.max(0, n - 3), n)
    .some((t) => /['’]s$/u.test(t.text) || /^(?:his|her)$/i.test(t.text));
  if (!owned) return false;
  for (let k = n - 1; k > 0; k--) {
    const word = tokens[k]?.text ?? '';
    if (/^[,.;:]$/.test(word)) return false;
    if (!/^\p{Ll}+$/u.test(word) || !looksLikeVerb(word) || /^(?:is|was|are|were|has|had|have)$/.test(word))
      continue;
    return !conveying.test(word);
  }
  return false;
}
