// Who a quotation is attributed to, read from the narrative before it (`Lee said: "..."`, `according to
// X`, `X's declaration that ...`, `described X as "..."`) and in a narrative sentence's speech clause;
// after the closing mark: attribution-after.ts; speaker labels: speaker-labels.ts.

import {
  answeredBySubject,
  apposedAfter,
  describedSubject,
  governing,
  putItSo,
  responseFrom,
} from './lead-forms.ts';
import {
  namingVerbs,
  personPronouns,
  speechParticipleBase,
  speechVerbBase,
  statementNouns,
} from './lexicon.ts';
import { findNameRuns } from './name-runs.ts';
import { nounPhraseAfter, statementOwner } from './noun-phrases.ts';
import { titledLabel, transcriptLabel } from './speaker-labels.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { subjectBefore } from './subject-before.ts';
import { isWord, type Token, tokenizeWithOffsets } from './tokens.ts';
import { isSpeechVerb, looksLikeVerb } from './verb-shapes.ts';

export type { SpeakerRef } from './speaker-ref.ts';

/** An attribution found next to a quote. */
export interface Attribution {
  /** Who spoke. */
  ref: SpeakerRef;
  /** Word tokens between the attributing word and the quote (0 when adjacent). */
  distance: number;
  /** True for naming verbs and statement nouns ("called it", "described X as", "X's declaration that"). */
  naming: boolean;
}

/** A form of "be": before a verb it makes the verb passive ("was told"). */
export const passive = /^(?:is|was|are|were|be|been|being)$/i;
const inscriptions =
  /^(?:signs?|banners?|placards?|posters?|slogans?|t-shirts?|shirts?|headlines?|captions?|plaques?|graffiti|billboards?|stickers?|flags?)$/i;

/** "X is quoted as saying": a passive form whose subject is the speaker. */
export function quotedAsSaying(tokens: readonly Token[], v: number): boolean {
  return /^quoted$/i.test(tokens[v]?.text ?? '') && /^as$/i.test(tokens[v + 1]?.text ?? '');
}

/**
 * `X issued the following statement today:`, `read a statement from X:`: a clause ending in a colon
 * that hands over to a statement. The statement's owner speaks ("from X"), else the clause's subject.
 */
function introducedStatement(tokens: readonly Token[], base: number): Attribution | null {
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  for (let v = tokens.length - 2; v > 0; v--) {
    const t = tokens[v] as Token;
    if (/^[.;!?]$/.test(t.text)) return null;
    // "Responding to Lee's remarks, Park said:": the clause's own speech verb speaks, not the remarks.
    if (isSpeechVerb(t)) return null;
    if (!/^(?:statement|message|letter|note|remarks)$/i.test(t.text)) continue;
    const owner = statementOwner(tokens, v, base);
    // "Lee opposed Park's statement:": the statement is what the subject answers; the words after the
    // colon are the subject's own (left to the sentence's subject), unless the verb only carries them.
    if (owner.kind !== 'unknown' && answeredBySubject(tokens, v)) return null;
    if (owner.kind !== 'unknown') return { ref: owner, distance: 0, naming: false };
    // The verb that issued it ("issued", "released", "read", "posted"), then its subject.
    const issuer = issuerOf(tokens, v, base);
    return issuer ? { ref: issuer, distance: 0, naming: false } : null;
  }
  return null;
}

/** The subject of the verb that issued the statement noun at `n` ("released a statement"), if any. */
function issuerOf(tokens: readonly Token[], n: number, base: number): SpeakerRef | null {
  for (let k = n - 1; k >= Math.max(0, n - 4); k--) {
    const word = tokens[k]?.text ?? '';
    if (/^[,.;:]$/.test(word)) return null;
    if (!looksLikeVerb(word) || /^(?:is|was|are|were|has|had|have)$/.test(word)) continue;
    const ref = subjectBefore(tokens, k, 0, base);
    return ref.kind === 'unknown' ? null : ref;
  }
  return null;
}

/** Index of "quoted" ("quotes") in "quoted by X as" ending at `as`, within a few words; -1 when absent. */
function quotedBefore(tokens: readonly Token[], as: number): number {
  for (let k = as - 1; k > 0 && k >= as - 9; k--) {
    const word = tokens[k]?.text ?? '';
    if (/^[.;:!?]$/.test(word)) return -1;
    if (/^quot(?:ed|es)$/i.test(word)) return k;
  }
  return -1;
}

/**
 * After "according to X," (from token `np`): a clause with its own named or "he"/"she" subject and a
 * verb. That subject speaks and X is only the channel; null when no such clause follows.
 */
function subjectAfterSource(tokens: readonly Token[], np: number, base: number): SpeakerRef | null {
  let comma = np;
  while (comma < tokens.length && comma < np + 8 && tokens[comma]?.text !== ',') comma++;
  if (tokens[comma]?.text !== ',') return null;
  const first = tokens[comma + 1];
  if (!first) return null;
  if (personPronouns.has(first.text.toLowerCase()) && looksLikeVerb(tokens[comma + 2]?.text ?? ''))
    return { kind: 'pronoun', word: first.text.toLowerCase() };
  const run = findNameRuns(tokens.slice(comma + 1, comma + 7)).find((r) => r.first === 0 && !r.possessive);
  if (!run) return describedSubject(tokens, comma + 1, base);
  // The verb right after the name, or after one adverb ("Chan earlier sent").
  const k = comma + 1 + run.last + 1;
  const verb = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w) && looksLikeVerb(w);
  if (!verb(tokens[k]?.text) && !verb(tokens[k + 1]?.text)) return null;
  return { kind: 'name', name: run.name, offset: base + first.start };
}

/** Attribution in the clause before an opening mark (`Lee said: `, `X described Y as `), or null. */
export function attributionBefore(clause: string, base: number): Attribution | null {
  const label = transcriptLabel(clause, base);
  if (label) return label;
  const tokens = tokenizeWithOffsets(clause);
  const titled = titledLabel(tokens, base);
  if (titled) return titled;
  const statement = introducedStatement(tokens, base) ?? responseFrom(tokens, base) ?? putItSo(tokens, base);
  if (statement) return statement;
  for (let v = tokens.length - 1; v >= 0; v--) {
    const t = tokens[v] as Token;
    const distance = tokens.slice(v + 1).filter((x) => isWord(x)).length;
    if (t.text.toLowerCase() === 'according' && tokens[v + 1]?.text === 'to') {
      // "According to Reuters, Chan sent staff a letter saying": the outlet reports, Chan speaks.
      const speaker = subjectAfterSource(tokens, v + 2, base);
      if (speaker) return { ref: speaker, distance, naming: false };
      return { ref: nounPhraseAfter(tokens, v + 2, base), distance, naming: false };
    }
    // "In the words of the prosecutor, Ann Lee, '...'": whose words they are, the name in apposition first.
    if (/^words$/i.test(t.text) && tokens[v + 1]?.text === 'of' && /^in$/i.test(tokens[v - 2]?.text ?? '')) {
      const ref = apposedAfter(tokens, v + 2, base) ?? nounPhraseAfter(tokens, v + 2, base);
      if (ref.kind !== 'unknown') return { ref, distance, naming: false };
    }
    if (
      statementNouns.has(t.text.toLowerCase()) &&
      /^(?:that|of|by|from)$/i.test(tokens[v + 1]?.text ?? '')
    ) {
      const owner = statementOwner(tokens, v, base);
      // "union charges that", "opposition claims that": made by people the article does not name.
      const modifier = tokens[v - 1]?.text ?? '';
      const unnamed =
        owner.kind === 'unknown' &&
        /^\p{Ll}+$/u.test(modifier) &&
        !looksLikeVerb(modifier) &&
        !/^(?:the|a|an|these|those|such|that|this)$/.test(modifier);
      const ref: SpeakerRef = unnamed ? { kind: 'nobody' } : owner;
      const inside = distance - 1;
      if (tokens[v + 1]?.text !== 'that' || inside >= 2) return { ref, distance, naming: true };
    }
    // "The club paid tribute to him as 'a gentleman'", "paid her tribute as": the ones paying it speak;
    // the person mourned is spoken of.
    if (/^(?:tribute|tributes|homage)$/i.test(t.text)) {
      const pay = tokens
        .slice(Math.max(0, v - 3), v)
        .findLastIndex((x) => /^pa(?:y|id|ys|ying)$/i.test(x.text));
      if (pay >= 0) {
        const ref = subjectBefore(tokens, Math.max(0, v - 3) + pay, 0, base);
        if (ref.kind !== 'unknown') return { ref, distance, naming: true };
      }
    }
    // "The market, as analyst Priya Das put it, 'has run out of buyers'": the one who put it so.
    if (/^puts?$/.test(t.text) && tokens[v + 1]?.text === 'it') {
      const ref = subjectBefore(tokens, v, 0, base);
      const as = tokens.slice(Math.max(0, v - 6), v).findLastIndex((x) => /^(?:as|,)$/i.test(x.text));
      const asAt = Math.max(0, v - 6) + as;
      if ((ref.kind === 'name' || ref.kind === 'pronoun') && /^as$/i.test(tokens[asAt]?.text ?? ''))
        return {
          // "As he puts it, the plan is": the pronoun opens the sentence, so it means someone named before.
          ref: ref.kind === 'pronoun' && as >= 0 && asAt === 0 ? { ...ref, opening: true } : ref,
          distance,
          naming: false,
        };
    }
    const participle = speechParticipleBase(t.text);
    // "X was quoted by the news agency as saying:": X, not the agency.
    if (participle && tokens[v - 1]?.text === 'as') {
      const quoted = quotedBefore(tokens, v - 1);
      if (quoted > 0) {
        // "Reuters quoted Tom Park as saying": the one quoted, not the outlet; "Tom Park was quoted
        // (by Reuters) as saying": the subject.
        const active = !passive.test(tokens[quoted - 1]?.text ?? '') && tokens[quoted + 1]?.text !== 'by';
        const ref = active
          ? nounPhraseAfter(tokens, quoted + 1, base)
          : subjectBefore(tokens, quoted, 0, base);
        if (ref.kind !== 'unknown') return { ref, distance, naming: false };
        // `The Post quotes a "senior aide" as saying`: someone the reader cannot name, never the outlet.
        if (active) return { ref: { kind: 'nobody', one: true }, distance, naming: false };
      }
    }
    // "X released a statement saying that ...": whoever released it, not the sentence's first subject.
    if (
      participle &&
      /^(?:statement|message|letter|tweet|post|note|release|email|video)$/i.test(tokens[v - 1]?.text ?? '')
    ) {
      const issuer = issuerOf(tokens, v - 1, base);
      if (issuer) return { ref: issuer, distance, naming: false };
    }
    // "..., Russian sports minister Ann Lee calling the report 'unverified'": the person named right
    // before the participle, not the sentence's subject (often the country or body she speaks for).
    // "..., with Lee saying:": an absolute clause gives the words to its own subject, even a surname.
    if (participle) {
      const from = Math.max(0, v - 6);
      const run = findNameRuns(tokens.slice(from, v)).find((r) => r.last === v - from - 1 && !r.possessive);
      if (run?.name.includes(' ') || (run && /^with$/i.test(tokens[from + run.first - 1]?.text ?? ''))) {
        const ref: SpeakerRef = {
          kind: 'name',
          name: run.name,
          offset: base + (tokens[from + run.first]?.start ?? 0),
        };
        return { ref, distance, naming: namingVerbs.has(participle) && distance > 0 };
      }
    }
    // "banners reading", "a placard saying": words written on something, by nobody the article names.
    if (participle && inscriptions.test(tokens[v - 1]?.text ?? ''))
      return { ref: { kind: 'nobody' }, distance, naming: true };
    if (
      participle &&
      /^(?:,|after|before|while|when|by|without|heard|overheard|kept|began|started)$/i.test(
        tokens[v - 1]?.text ?? '',
      )
    ) {
      // "..., calling them a 'provocation'": the participle's subject is the sentence's subject.
      return { ref: { kind: 'subject' }, distance, naming: namingVerbs.has(participle) && distance > 0 };
    }
    // "He went on to characterise it as a '...'": a naming verb's infinitive attributes too.
    const infinitive = tokens[v - 1]?.text === 'to' && namingVerbs.has(t.text) ? t.text : null;
    const verb = infinitive ?? speechVerbBase(t.text);
    if (!verb || (!infinitive && !isSpeechVerb(t))) continue;
    // `Lee said, as reported by the Daily Star, "..."`: the outlet only carried the words; the clause's
    // own speaker, further back, said them.
    if (/^as$/i.test(tokens[v - 1]?.text ?? '') && tokens[v + 1]?.text === 'by') continue;
    const agent = tokens[v + 1]?.text === 'by' ? nounPhraseAfter(tokens, v + 2, base) : null;
    if (agent && agent.kind !== 'unknown') return { ref: agent, distance, naming: true };
    const isPassive =
      (passive.test(tokens[v - 1]?.text ?? '') || passive.test(tokens[v - 2]?.text ?? '')) &&
      !quotedAsSaying(tokens, v);
    // "X has been accused of ...", "the site was branded ...": said of the subject by someone unnamed.
    // ("is called", "was dubbed" give a name, not words.)
    if (isPassive)
      return /^(?:call|dub|term)$/.test(verb) ? null : { ref: { kind: 'nobody' }, distance, naming: true };
    const subject = subjectBefore(tokens, governing(tokens, v), 0, base);
    const naming =
      subject.kind !== 'unknown' && (namingVerbs.has(verb) || /\bas(?:\s+(?:a|an|the))?\s*$/i.test(clause));
    if (namingVerbs.has(verb) && subject.kind === 'unknown') return null;
    const after = nounPhraseAfter(tokens, v + 1, base);
    const tail = tokens.slice(v + 1).filter(isWord).length;
    const inverted = subject.kind === 'unknown' && /[:,]\s*$/.test(clause);
    if (inverted && after.kind === 'name' && tail <= 4) return { ref: after, distance, naming };
    return { ref: subject, distance, naming };
  }
  return null;
}

/** The first speech clause of a narrative sentence (`Lee said ...`, `..., said Mr Armes, ...`), if any. */
export function firstSpeechClause(sentence: string, base: number): SpeakerRef | null {
  const tokens = tokenizeWithOffsets(sentence);
  for (let v = 0; v < tokens.length; v++) {
    if (!isSpeechVerb(tokens[v])) continue;
    if (passive.test(tokens[v - 1]?.text ?? '') && !quotedAsSaying(tokens, v)) continue;
    let ref = subjectBefore(tokens, v, 0, base);
    if (ref.kind === 'unknown' && (v === 0 || tokens[v - 1]?.text === ','))
      ref = nounPhraseAfter(tokens, v + 1, base);
    if (ref.kind !== 'unknown') return ref;
  }
  return null;
}
