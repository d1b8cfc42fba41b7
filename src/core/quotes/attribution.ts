// Who a quotation is attributed to, read from the narrative around it: `"...," Lee said`,
// `said Lee`, `Lee said: "..."`, `according to X`, `X's declaration that ...`, `described X as "..."`.
import { namingVerbs, orgNouns, otherPronouns, personPronouns, speechVerbBase, statementNouns } from './lexicon.ts';
import { findNameRuns, isCapitalised, isWord, type NameRun, stripPossessive, type Token, tokenizeWithOffsets } from './tokens.ts';

/** What the text says about who spoke, before it is resolved against the article. */
export type SpeakerRef =
  | { kind: 'name'; name: string; offset: number }
  | { kind: 'pronoun'; word: string }
  | { kind: 'role'; phrase: string }
  | { kind: 'org'; noun: string; phrase: string; offset: number }
  | { kind: 'unknown' };

/** An attribution found next to a quote. */
export interface Attribution {
  /** Who spoke. */
  ref: SpeakerRef;
  /** Word tokens between the attributing word and the quote (0 when adjacent). */
  distance: number;
  /** True for naming verbs and statement nouns ("called it", "described X as", "X's declaration that"). */
  naming: boolean;
}

const skippable = new Set(
  'has have had also later then once previously again repeatedly reportedly recently would will has already first had just simply'.split(
    ' ',
  ),
);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
const npStops = new Set(
  'who which whose whom while when as after before during in on at to because and but with from that where since although'.split(
    ' ',
  ),
);

/** Attribution right after a closing mark (`, Lee said`, `said Lee`, `, according to X`), or null. */
export function attributionAfter(text: string, base: number): Attribution | null {
  const tokens = tokenizeWithOffsets(text);
  let i = 0;
  while (i < tokens.length && /^[,\-–—)]$/.test(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  if (!first || !isWord(first)) return null;
  if (first.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to') {
    return { ref: nounPhraseAfter(tokens, i + 2, base), distance: 0, naming: false };
  }
  const limit = Math.min(tokens.length, i + 14);
  for (let v = i; v < limit; v++) {
    const t = tokens[v] as Token;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (!isSpeechVerb(t)) continue;
    if (v === i) return { ref: nounPhraseAfter(tokens, v + 1, base), distance: 0, naming: false };
    const words = tokens.slice(i, v).filter((x) => isWord(x)).length;
    const ref = subjectBefore(tokens, v, i, base);
    if (words <= 7 || (ref.kind !== 'unknown' && words <= 12 && tokens[v - 1]?.text === ',')) {
      return { ref, distance: 0, naming: false };
    }
    return null;
  }
  return null;
}

/** Attribution in the clause before an opening mark (`Lee said: `, `X described Y as `), or null. */
export function attributionBefore(clause: string, base: number): Attribution | null {
  const tokens = tokenizeWithOffsets(clause);
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v] as Token;
    const distance = tokens.slice(v + 1).filter((x) => isWord(x)).length;
    if (t.text.toLowerCase() === 'according' && tokens[v + 1]?.text === 'to') {
      return { ref: nounPhraseAfter(tokens, v + 2, base), distance, naming: false };
    }
    const noun = t.text.toLowerCase();
    if (statementNouns.has(noun) && /^(?:that|of|by)$/i.test(tokens[v + 1]?.text ?? '')) {
      const ref = statementOwner(tokens, v, base);
      const inside = tokens.slice(v + 2).filter((x) => isWord(x)).length;
      if (ref && (inside >= 2 || tokens[v + 1]?.text !== 'that')) return { ref, distance, naming: true };
    }
    const verb = speechVerbBase(t.text);
    if (!verb || !isSpeechVerb(t)) continue;
    const naming = namingVerbs.has(verb) || /\bas(?:\s+(?:a|an|the))?\s*$/i.test(clause);
    const subject = subjectBefore(tokens, v, 0, base);
    const after = nounPhraseAfter(tokens, v + 1, base);
    const tail = tokens.slice(v + 1).filter(isWord).length;
    const inverted = subject.kind === 'unknown' && !namingVerbs.has(verb) && /[:,]\s*$/.test(clause);
    if (inverted && after.kind === 'name' && tail <= 4) return { ref: after, distance, naming };
    return { ref: subject, distance, naming };
  }
  return null;
}

/** The subject at the start of a sentence: a pronoun or a name, skipping a leading phrase and descriptors. */
export function sentenceSubject(sentence: string, base: number): SpeakerRef {
  const tokens = tokenizeWithOffsets(sentence);
  let i = 0;
  if (opensWithPhrase(tokens)) {
    const comma = tokens.findIndex((t, k) => k < 20 && t.text === ',');
    if (comma < 0) return { kind: 'unknown' };
    i = comma + 1;
  }
  while (/^(?:and|but|so|yet|or|meanwhile|however|now|then|also)$/i.test(tokens[i]?.text ?? '') || tokens[i]?.text === ',') i++;
  const lead = tokens[i];
  if (!lead) return { kind: 'unknown' };
  if (personPronouns.has(lead.text.toLowerCase())) return { kind: 'pronoun', word: lead.text.toLowerCase() };
  const runs = findNameRuns(tokens).filter((r) => r.first >= i && r.first <= i + 5);
  const gap = runs[0] ? tokens.slice(i, runs[0].first) : [];
  if (gap.some((t) => !isWord(t) || isCapitalised(t.text) || looksLikeVerb(t.text) || npStops.has(t.text) || t.text === 'of')) {
    return { kind: 'unknown' };
  }
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k] as NameRun;
    if (run.possessive) return { kind: 'unknown' };
    const next = runs[k + 1];
    const between = next ? tokens.slice(run.last + 1, next.first) : [];
    if (next && between.length <= 2 && between.every((t) => isWord(t) && !isCapitalised(t.text) && !looksLikeVerb(t.text))) {
      continue;
    }
    const follower = tokens[run.last + 1];
    if (follower && (follower.text === ',' || (isWord(follower) && !isCapitalised(follower.text)))) {
      return { kind: 'name', name: run.name, offset: base + (tokens[run.first] as Token).start };
    }
    return { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/** True when a sentence opens with a phrase before its subject ("Responding to X, ...", "In Seoul, ..."). */
function opensWithPhrase(tokens: Token[]): boolean {
  const first = tokens[0]?.text.toLowerCase() ?? '';
  const next = tokens[1]?.text ?? '';
  if (/^(?:in|on|at|for|with|after|before|during|by|from|under|despite|although|though|if|until|while|when|as|since|because|once|unlike|like|amid|following|over|without)$/.test(first)) {
    return true;
  }
  return /^\p{L}{4,}(?:ing|ly)$/u.test(first) && /^\p{Ll}/u.test(next) && !looksLikeVerb(next);
}

/** Speech clauses of a narrative sentence (`Lee said ...`, `..., Ms Diemont says.`), in order. */
export function speechClauses(sentence: string, base: number): SpeakerRef[] {
  const tokens = tokenizeWithOffsets(sentence);
  const out: SpeakerRef[] = [];
  tokens.forEach((t, v) => {
    if (!isSpeechVerb(t)) return;
    const inverted = tokens[v - 1]?.text === ',' && nounPhraseAfter(tokens, v + 1, base);
    let ref = subjectBefore(tokens, v, 0, base);
    if (ref.kind === 'unknown' && inverted && inverted.kind === 'name') ref = inverted;
    if (ref.kind !== 'unknown') out.push(ref);
  });
  return out;
}

function isSpeechVerb(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && speechVerbBase(t.text) !== null;
}

function looksLikeVerb(word: string): boolean {
  return /(?:ed|[^s]s)$/.test(word) || /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does)$/.test(word);
}

/** The speaker named just before token `v` (a speech verb), looking back no further than `from`. */
function subjectBefore(tokens: Token[], v: number, from: number, base: number): SpeakerRef {
  let j = v - 1;
  while (j >= from && (skippable.has(tokens[j]?.text.toLowerCase() ?? '') || /^\p{Ll}+ly$/u.test(tokens[j]?.text ?? ''))) j--;
  for (let hops = 0; hops < 2 && j >= from && tokens[j]?.text === ','; hops++) {
    let k = j - 1;
    while (k >= from && tokens[k]?.text !== ',') k--;
    if (k < from) break;
    j = k - 1;
  }
  if (j >= from && tokens[j]?.text === ')') {
    while (j >= from && tokens[j]?.text !== '(') j--;
    j--;
  }
  const t = tokens[j];
  if (!t || j < from || !isWord(t)) return { kind: 'unknown' };
  const lower = t.text.toLowerCase();
  if (personPronouns.has(lower)) return { kind: 'pronoun', word: lower };
  if (lower === 'who' && j > from) return subjectBefore(tokens, j, from, base);
  if (otherPronouns.has(lower)) return lower === 'it' ? { kind: 'pronoun', word: 'it' } : { kind: 'unknown' };
  if (isCapitalised(t.text)) {
    const run = findNameRuns(tokens.slice(from, j + 1)).find((r) => r.last === j - from);
    if (run && !run.possessive) return nameRef(run, tokens, from, base);
    return { kind: 'unknown' };
  }
  return commonNounPhrase(tokens, j, from, base);
}

/** A name or common noun phrase starting at token `i` (after an inverted verb or "according to"). */
function nounPhraseAfter(tokens: Token[], i: number, base: number): SpeakerRef {
  const lead = tokens[i];
  if (!lead) return { kind: 'unknown' };
  if (personPronouns.has(lead.text.toLowerCase())) return { kind: 'pronoun', word: lead.text.toLowerCase() };
  let end = i;
  while (end < tokens.length && end - i < 8 && isWord(tokens[end]) && !npStops.has(tokens[end]?.text ?? '')) end++;
  const slice = tokens.slice(i, end);
  const run = findNameRuns(slice).find((r) => !r.possessive || r.last < slice.length - 1);
  if (run && !run.possessive) return nameRef(run, slice, 0, base);
  if (end > i) return commonNounPhrase(tokens, end - 1, i, base);
  return { kind: 'unknown' };
}

function nameRef(run: NameRun, tokens: Token[], offset: number, base: number): SpeakerRef {
  if (run.name.split(' ').length === 1 && run.titleWords.length === 0 && /^(?:president|minister|chancellor|premier|senator|governor|mayor|spokesman|spokeswoman)$/i.test(run.name)) {
    return { kind: 'role', phrase: run.raw };
  }
  return { kind: 'name', name: run.name, offset: base + (tokens[offset + run.first] as Token).start };
}

/** A lowercase noun phrase ending at token `j`: "the ministry" (org), "the striker" (role), else unknown. */
function commonNounPhrase(tokens: Token[], j: number, from: number, base: number): SpeakerRef {
  const head = stripPossessive(tokens[j]?.text ?? '').word.toLowerCase();
  let k = j;
  while (k > from && k > j - 4 && isWord(tokens[k - 1]) && !determiners.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  const det = tokens[k]?.text.toLowerCase() ?? '';
  const phrase = tokens
    .slice(k, j + 1)
    .map((t) => t.text)
    .join(' ');
  if (orgNouns.has(head)) {
    const owner = findNameRuns(tokens.slice(k, j + 1))[0];
    const offset = base + (tokens[k] as Token).start;
    if (/^spokes|representative/.test(head)) {
      const forOrg = /^(?:for|of|at)$/.test(tokens[j + 1]?.text ?? '') ? nounPhraseAfter(tokens, j + 2, base) : null;
      if (forOrg && forOrg.kind !== 'unknown') return forOrg;
      if (owner?.possessive) return { kind: 'name', name: owner.name, offset };
      return { kind: 'unknown' };
    }
    return { kind: 'org', noun: head, phrase, offset };
  }
  if (determiners.has(det) && det !== 'a' && det !== 'an' && (!/s$/.test(head) || /ss$/.test(head) || /-old$/.test(head))) {
    return { kind: 'role', phrase };
  }
  return { kind: 'unknown' };
}

/** "Pyongyang's recent declaration": the possessor of a statement noun at token `v`. */
function statementOwner(tokens: Token[], v: number, base: number): SpeakerRef | null {
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) {
    const t = tokens[k] as Token;
    const { word, possessive } = stripPossessive(t.text);
    if (possessive && isCapitalised(word)) {
      const run = findNameRuns(tokens.slice(0, k + 1)).find((r) => r.last === k);
      return { kind: 'name', name: run?.name ?? word, offset: base + t.start };
    }
    if (possessive && personPronouns.has(word.toLowerCase())) return { kind: 'pronoun', word: word.toLowerCase() };
    if (/^(?:his|her)$/i.test(t.text)) return { kind: 'pronoun', word: t.text.toLowerCase() === 'his' ? 'he' : 'she' };
  }
  if (/^(?:by|of)$/.test(tokens[v + 1]?.text ?? '')) return nounPhraseAfter(tokens, v + 2, base);
  return { kind: 'unknown' };
}
