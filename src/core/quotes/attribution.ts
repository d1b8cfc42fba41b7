// Who a quotation is attributed to, read from the narrative around it: `"...," Lee said`,
// `said Lee`, `Lee said: "..."`, `according to X`, `X's declaration that ...`, `described X as "..."`.

import {
  answeredBySubject,
  apposedAfter,
  apposedName,
  describedSubject,
  governing,
  howDescribed,
  putItSo,
  responseFrom,
} from './lead-forms.ts';
import {
  namingVerbs,
  orgWords,
  personPronouns,
  speechParticipleBase,
  speechVerbBase,
  statementNouns,
} from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import { nounPhraseAfter, statementOwner } from './noun-phrases.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { subjectBefore } from './subject-before.ts';
import { isCapitalised, isWord, type Token, tokenizeWithOffsets } from './tokens.ts';
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

/** What the words of a quote tell about the attribution that may follow it. */
export interface QuoteShape {
  /** The quote ends with a comma (or ? ! or a dash): an attribution usually follows. */
  endsWithComma: boolean;
  /** The quote opens its sentence. */
  startsSentence: boolean;
  /** The quote is a participle ("severely reprimanded") that a "by" agent may follow. */
  participle: boolean;
}

const passive = /^(?:is|was|are|were|be|been|being)$/i;
const inscriptions =
  /^(?:signs?|banners?|placards?|posters?|slogans?|t-shirts?|shirts?|headlines?|captions?|plaques?|graffiti|billboards?|stickers?|flags?)$/i;

/**
 * Attribution right after a closing mark: `," Lee said`, `," said Lee`, `," according to X`, or the agent
 * of a quoted participle (`"severely reprimanded" by the FA`). Without a comma the quote must start its
 * sentence and the attribution follow at once (`" he said`).
 */
export function attributionAfter(text: string, base: number, quote: QuoteShape): Attribution | null {
  const tokens = tokenizeWithOffsets(text);
  let i = 0;
  while (i < tokens.length && /^[,\-–—)]$/.test(tokens[i]?.text ?? '')) i++;
  const first = tokens[i];
  if (!first || !isWord(first)) return null;
  if (first.text === 'by' && quote.participle) {
    const agent = nounPhraseAfter(tokens, i + 1, base);
    return agent.kind === 'name' || agent.kind === 'org' ? { ref: agent, distance: 0, naming: true } : null;
  }
  // `"...", while a minister urged calm`: a new clause with its own subject, not this quote's attribution.
  if (/^(?:while|whilst|whereas|although|though|because|since|but|if|so|yet|after|before)$/i.test(first.text))
    return null;
  const comma = quote.endsWithComma || i > 0;
  // `"Courageous" is how Ann Lee described the work`: whoever described it so.
  if (quote.startsSentence && /^(?:is|was)$/.test(first.text) && tokens[i + 1]?.text === 'how')
    return howDescribed(tokens, i + 2, base);
  if (!comma && !quote.startsSentence) return null;
  // `"...," according to Ann Lee, an economist`: the source named, before "according" is taken for a
  // participle phrase.
  if (comma && first.text.toLowerCase() === 'according' && tokens[i + 1]?.text === 'to') {
    const ref = nounPhraseAfter(tokens, i + 2, base);
    return { ref: ref.kind === 'nobody' ? { kind: 'unknown' } : ref, distance: 0, naming: false };
  }
  // `"...," citing White House tweets`: a participle phrase of the sentence's subject, not an attribution.
  if (/^\p{Ll}+ing$/u.test(first.text) && !speechParticipleBase(first.text)) return null;
  if (!comma && !isSpeechVerb(first) && !isCapitalised(first.text) && !personPronouns.has(first.text))
    return null;
  const actor = comma ? actorOfAnyVerb(tokens, i, base) : null;
  if (actor) return { ref: actor, distance: 0, naming: false };
  const limit = Math.min(tokens.length, i + (comma ? 14 : 5));
  for (let v = i; v < limit; v++) {
    const t = tokens[v] as Token;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (!isSpeechVerb(t)) continue;
    // "the father, who asked not to be named, said": a verb of a relative clause is not the attribution.
    if (/^(?:who|which)$/.test(tokens[v - 1]?.text ?? '')) continue;
    if (introducesNext(tokens, v)) return null;
    if (passive.test(tokens[v - 1]?.text ?? '') && !quotedAsSaying(tokens, v)) continue;
    if (v === i)
      return {
        ref: apposedName(tokens, v + 1, base) ?? nounPhraseAfter(tokens, v + 1, base),
        distance: 0,
        naming: false,
      };
    const words = tokens.slice(i, v).filter((x) => isWord(x)).length;
    const ref = subjectBefore(tokens, v, i, base);
    if (ref.kind === 'unknown') return null;
    if (words <= 7 || (words <= 12 && tokens[v - 1]?.text === ','))
      return { ref, distance: 0, naming: false };
    return null;
  }
  return null;
}

/** `"...," Stancil fired back.` / `"...," she laughed.`: a name or pronoun and any verb right after a comma. */
function actorOfAnyVerb(tokens: readonly Token[], i: number, base: number): SpeakerRef | null {
  const lead = tokens[i];
  if (!lead) return null;
  const pronoun = personPronouns.has(lead.text);
  const run = pronoun
    ? undefined
    : findNameRuns(tokens.slice(i, i + 6)).find((r) => r.first === 0 && !r.possessive);
  if (!pronoun && !run) return null;
  const v = i + (run ? run.last + 1 : 1);
  const verb = tokens[v]?.text ?? '';
  if (
    !looksLikeVerb(verb) ||
    /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)$/.test(verb)
  )
    return null;
  if (introducesNext(tokens, v)) return null;
  return run
    ? { kind: 'name', name: run.name, offset: base + lead.start }
    : { kind: 'pronoun', word: lead.text };
}

/** "Wenger added:" after a quote introduces the next quote, not this one. */
function introducesNext(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < Math.min(tokens.length, v + 6); k++) {
    const t = tokens[k]?.text ?? '';
    if (t === ':') return true;
    if (/^[.,;!?]$/.test(t)) return false;
  }
  return false;
}

/** "X is quoted as saying": a passive form whose subject is the speaker. */
function quotedAsSaying(tokens: readonly Token[], v: number): boolean {
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
function transcriptLabel(clause: string, base: number): Attribution | null {
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
function titledLabel(tokens: readonly Token[], base: number): Attribution | null {
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
