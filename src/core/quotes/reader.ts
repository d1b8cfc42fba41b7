// Reads one paragraph at a time in article order: its quoted spans, the narrative between them,
// and who each quotation belongs to, keeping the discourse memory up to date as it goes.
import { splitSentences } from '../text/sentences.ts';
import {
  type Attribution,
  attributionAfter,
  attributionBefore,
  firstSpeechClause,
  type SpeakerRef,
} from './attribution.ts';
import type { SpeakerRoute } from './confidence.ts';
import type { Discourse } from './discourse.ts';
import { genderOfPronoun } from './gender.ts';
import { speechVerbBase } from './lexicon.ts';
import { type Family, findQuoteSpans, type QuoteSpan } from './marks.ts';
import { positionOf } from './mentions.ts';
import type { ArticleNames } from './names.ts';
import { commonSubject } from './noun-phrases.ts';
import { isQuotation, mayEcho } from './scare.ts';
import { sentenceSubject } from './subject.ts';
import { NameTies } from './ties.ts';
import { findNameRuns, tokenizeWithOffsets } from './tokens.ts';

/** A quotation found in a paragraph, before it is given its section. */
export interface FoundQuote {
  /** The words inside the marks. */
  text: string;
  /** Resolved speaker or null. */
  speaker: string | null;
  /** True when the speaker came from an attribution next to this quote. */
  explicit: boolean;
  /** True when that attribution was a speech verb (said, told), not a naming ("called it"). */
  attributedBySpeech: boolean;
  /** True when the quote continues the one before (same quotation, new paragraph). */
  continues: boolean;
  /** Quotes sharing a sentence share this number. */
  sentence: number;
  /** True when the paragraph ends inside this quote. */
  open: boolean;
  /** Its quote marks. */
  family: Family;
  /** A short span kept only if it echoes words a named speaker says elsewhere (see mayEcho). */
  tentative?: boolean;
  /** How the speaker was found; the attribution's confidence follows from it (confidence.ts). */
  route: SpeakerRoute;
  /** The quote whose speaker this one took (continued, same sentence, follows, shared): no surer than it. */
  source?: FoundQuote;
  /** The quote the previous paragraph left open that this one carries on without reopening it. */
  joins?: FoundQuote;
}

interface Piece {
  text: string;
  offset: number;
}

interface QuoteContext {
  /** The narrative of the quote's sentence before its opening mark, if the sentence starts before it. */
  lead: Piece | undefined;
  /** True when `lead` is the start of the sentence (not the rest of one after an earlier quote). */
  leadStartsSentence: boolean;
  before: string;
  after: string;
  /** The earlier quote of the same sentence, if any. */
  sameSentence: FoundQuote | null;
  /** The quote this one continues across a lost or real paragraph break, if any. */
  continued: FoundQuote | null;
  /** The quote before this one in the same paragraph, if any. */
  previousInParagraph: FoundQuote | null;
  /** The words of the next quoted span of the paragraph, if any. */
  nextText: string | undefined;
}

const sentenceEnd = /[.!?…]["'”’)\]]*$/u;

/** Reads paragraphs in order and yields their quotations. */
export class ParagraphReader {
  private sentenceId = 0;
  /** Where the narrative last names each person, for judging "he said" and "the striker said". */
  private readonly ties: NameTies;
  /**
   * True from a quote given to someone unnamed ("a farmer said") until a named person speaks or is a
   * subject again: a later quote with no attribution is theirs, not the story's last named speaker's.
   */
  private unnamedSpeaking = false;
  /** The paragraph each person was last named, given a quote or made a sentence's subject in. */
  private readonly referred = new Map<string, number>();
  /** `X said:` closing the paragraph before: the attribution of a quote opening the next one. */
  private introduction: { attribution: Attribution; p: number } | null = null;

  /** Reads with the article's names, a discourse memory shared across the article and its whole text. */
  constructor(
    private readonly names: ArticleNames,
    private readonly discourse: Discourse,
    articleText = '',
  ) {
    this.ties = new NameTies(names, articleText);
  }

  /** Quotations of paragraph number `p`; `carried` is the quote the previous paragraph left open. */
  read(text: string, p: number, carried: FoundQuote | null): FoundQuote[] {
    const spans = findQuoteSpans(text, carried?.family ?? null);
    const found: FoundQuote[] = [];
    let from = 0;
    let previous: FoundQuote | null = null;
    let previousSpan: QuoteSpan | null = null;
    let previousLeftOut = false;
    spans.forEach((span, k) => {
      const narrative = text.slice(from, span.open);
      const pieces = splitPieces(narrative, from);
      // 'Following the theme "Women at Sea," Ann Lee spoke': after a title left out, the clause's subject.
      const joinsPrevious =
        previousSpan !== null && continuesSentence(previousSpan, narrative) && !previousLeftOut;
      this.noteNarrative(pieces, p, joinsPrevious);
      const endsSentence = narrative.trim() === '' ? true : sentenceEnd.test(narrative.trim());
      const lead = endsSentence ? undefined : pieces[pieces.length - 1];
      const inSentence = joinsPrevious && !endsSentence && pieces.length <= 1;
      if (!inSentence && !lead) this.discourse.nextSentence();
      const next = spans[k + 1];
      const quote = this.readQuote(span, p, {
        lead,
        leadStartsSentence: lead !== undefined && !inSentence,
        before: narrative,
        after: text.slice(span.close + (span.closed ? 1 : 0), next ? next.open : text.length),
        sameSentence: inSentence ? previous : null,
        continued: span.continues ? previous : k === 0 && span.open === 0 ? carried : null,
        previousInParagraph: previous,
        nextText: next?.text,
      });
      if (quote && k === 0 && span.continues && carried) quote.joins = carried;
      if (quote) found.push(quote);
      if (quote && !quote.tentative) previous = quote;
      previousLeftOut = quote === null && !span.continues;
      previousSpan = span;
      from = span.close + (span.closed ? 1 : 0);
    });
    const tail = text.slice(from);
    const tailPieces = splitPieces(tail, from);
    this.noteNarrative(
      tailPieces,
      p,
      previousSpan !== null && continuesSentence(previousSpan, tail) && !previousLeftOut,
    );
    this.introduction = null;
    const closing = tailPieces[tailPieces.length - 1];
    if (closing && /:\s*$/.test(closing.text)) {
      const attribution = attributionBefore(closing.text, positionOf(p, closing.offset));
      if (attribution) this.introduction = { attribution, p: p + 1 };
    }
    const last = found[found.length - 1];
    const lastSpan = spans[spans.length - 1];
    if (last && lastSpan && !lastSpan.closed && lastSpan.close === text.length) last.open = true;
    return found;
  }

  private readQuote(span: QuoteSpan, p: number, c: QuoteContext): FoundQuote | null {
    const at = positionOf(p, span.open);
    const after =
      span.closed && allowsTrailingAttribution(span.text, c.after)
        ? attributionAfter(c.after, positionOf(p, span.close + 1), {
            endsWithComma: /[,?!—–-]$/.test(span.text),
            startsSentence: !c.lead,
            participle: /\p{L}(?:ed|en)$/u.test(span.text),
          })
        : null;
    const lead = c.lead
      ? attributionBefore(c.lead.text, positionOf(p, c.lead.offset))
      : this.introducedHere(span, p);
    const continues = span.continues || c.continued !== null;
    const inherited =
      c.sameSentence?.attributedBySpeech || followsNamedQuote(c) || listedAfter(c)
        ? explicitAttribution
        : null;
    const judged = { text: span.text, before: c.before, following: c.after, after: after ?? inherited, lead };
    if (!continues && !isQuotation(judged)) {
      return mayEcho(judged) ? { ...unjudged, text: span.text, sentence: -1, family: span.family } : null;
    }
    const explicit = pickExplicit(documentAfter(c) ?? after, lead);
    const implicit = explicit ? null : this.implicitSpeaker(span, p, c);
    const speaker = explicit ? this.discourse.resolve(explicit.ref, at) : (implicit?.speaker ?? null);
    // "A tweet from the president on Friday said the hearing was '...'", `"...," said the head of the
    // Dale Chamber`: somebody the reader could not name said it; the story's last speaker is a guess,
    // and so is the sentence's subject ("He met many people, which the club's tribute said '...'").
    const unreadSpeaker =
      (lead?.ref.kind === 'unknown' || after?.ref.kind === 'unknown') &&
      (implicit?.route === 'discourse' || (implicit?.route === 'subject' && endsInSpeechVerb(c.lead?.text)));
    const route = explicit
      ? this.explicitRoute(explicit, speaker, p)
      : unreadSpeaker
        ? 'subject-far'
        : this.implicitRoute(implicit?.route ?? 'discourse', speaker, c, p);
    if (speaker) this.referred.set(speaker, p);
    if (explicit || speaker) this.unnamedSpeaking = explicit !== null && speaker === null;
    // `"...," her deputy said`: one unnamed person spoke, whom a later "he said" may mean.
    if (
      explicit &&
      speaker === null &&
      (explicit.ref.kind === 'role' || (explicit.ref.kind === 'nobody' && explicit.ref.one))
    )
      this.discourse.noteUnnamedSubject(true);
    if (explicit?.ref.kind === 'name' && speaker) this.ties.named(speaker, p, at);
    this.discourse.note(speaker, 'speaker');
    if (!c.sameSentence) this.sentenceId++;
    const source =
      route === 'continued'
        ? c.continued
        : route === 'same-sentence'
          ? c.sameSentence
          : route === 'follows'
            ? c.previousInParagraph
            : null;
    return {
      ...(source ? { source } : {}),
      text: span.text,
      speaker,
      explicit: explicit !== null,
      // `told reporters the plan was "dead", that the council had "no money" and that she would "not
      // stand again"`: every quote of a sentence its speech verb governs is attributed by it.
      attributedBySpeech:
        explicit !== null
          ? !explicit.naming
          : route === 'same-sentence' && c.sameSentence?.attributedBySpeech === true,
      continues,
      sentence: this.sentenceId,
      open: false,
      family: span.family,
      route,
    };
  }

  /** `X said:` ending the paragraph before introduces a quote that opens this one. */
  private introducedHere(span: QuoteSpan, p: number): Attribution | null {
    return this.introduction?.p === p && span.open === 0 ? this.introduction.attribution : null;
  }

  /**
   * A pronoun ("he said") is as sure as the person it stands for is near: named in this paragraph or
   * the one before, or only further back (where "he" may well be somebody else).
   */
  private explicitRoute(explicit: Attribution, speaker: string | null, p: number): SpeakerRoute {
    if (speaker === null) return 'explicit';
    const role = this.roleOf(explicit.ref);
    if (role !== undefined && !this.ties.roleSafe(role, speaker, p)) return 'role';
    if (explicit.ref.kind === 'subject' && this.discourse.subjectGuessed) return 'subject-far';
    if (explicit.ref.kind === 'organisation')
      return this.discourse.organisationSpoke ? 'organisation' : 'organisation-subject';
    if (explicit.naming) return 'naming';
    if (explicit.ref.kind !== 'pronoun') return 'explicit';
    if (this.discourse.pronounRival) return 'pronoun-rival';
    const gender = genderOfPronoun(explicit.ref.word);
    if (!this.ties.nearlyNamed(speaker, p, gender)) return 'pronoun-far';
    // `"...," he said` with nobody else to mean: a later "she" passes over him.
    if (gender) this.names.notePronounGender(speaker, gender);
    return 'explicit';
  }

  /** The role phrase a reference reaches its person through ("the candidate", "the Prime Minister"). */
  private roleOf(ref: SpeakerRef): string | undefined {
    if (ref.kind === 'role' && !/^(?:his|her|their|its|my|our)\s/i.test(ref.phrase)) return ref.phrase;
    if (ref.kind === 'name' && this.names.isBareTitle(ref.name)) return ref.name;
    if (ref.kind === 'subject') return this.discourse.sentenceSubjectVia();
    return undefined;
  }

  /** A quote right after one its speaker is named for, in the same paragraph, follows that speaker. */
  private implicitRoute(
    route: SpeakerRoute,
    speaker: string | null,
    c: QuoteContext,
    p: number,
  ): SpeakerRoute {
    // A quote left to the story's last speaker when a whole paragraph without them stands between.
    if (route === 'discourse' && speaker !== null && (this.referred.get(speaker) ?? -1) < p - 1)
      return 'discourse-far';
    if (route === 'discourse' && speaker !== null && !this.names.isPerson(speaker)) return 'discourse-body';
    const previous = c.previousInParagraph;
    if (route !== 'discourse' || !previous?.explicit || previous.speaker !== speaker) return route;
    return 'follows';
  }

  /**
   * Who says a quote with no attribution of its own: the quote it continues, the earlier quote of its
   * sentence, an attribution closing its sentence, the sentence's subject, else the last speaker.
   */
  private implicitSpeaker(
    span: QuoteSpan,
    p: number,
    c: QuoteContext,
  ): { speaker: string | null; route: SpeakerRoute } {
    const at = positionOf(p, span.open);
    if (c.continued) return { speaker: c.continued.speaker, route: 'continued' };
    // `"We lost," said Ann Lee, before Tom Hale cut in: "..."`: a new speaker between two quotes.
    const cutIn =
      c.sameSentence && c.lead ? nameBeforeColon(c.lead.text, positionOf(p, c.lead.offset)) : null;
    if (cutIn) return { speaker: this.discourse.resolve(cutIn, at), route: 'subject' };
    if (c.sameSentence) return { speaker: c.sameSentence.speaker, route: 'same-sentence' };
    const trailing = trailingAttribution(c.after, positionOf(p, span.close + 1));
    if (trailing) return { speaker: this.discourse.resolve(trailing, at), route: 'trailing' };
    // `The count ran for weeks, and the site's editors thanked readers with the message "..."`: the
    // unnamed subject of the quote's own clause, not the sentence's first.
    if (c.lead && unnamedLastClause(c.lead.text)) return { speaker: null, route: 'discourse' };
    // `... and finally I asked him, "..."`: the writer asks, nobody the story names.
    if (c.lead && writerAsks(c.lead.text)) return { speaker: null, route: 'discourse' };
    const subject =
      c.lead && c.leadStartsSentence ? sentenceSubject(c.lead.text, positionOf(p, c.lead.offset)) : null;
    if (subject && subject.kind !== 'unknown') {
      const speaker = this.discourse.resolve(subject, at);
      const role = this.roleOf(subject);
      const untied = role !== undefined && speaker !== null && !this.ties.roleSafe(role, speaker, p);
      return { speaker, route: untied ? 'role' : 'subject' };
    }
    const inSentence = this.discourse.sentenceSubject();
    if (inSentence) return { speaker: inSentence, route: 'subject' };
    // `"...," a farmer said. "We lost everything."`: the next quote is the unnamed farmer's too, not
    // the story's last named speaker's.
    const previous = c.previousInParagraph;
    if (previous?.explicit && previous.speaker === null && !c.lead)
      return { speaker: null, route: 'follows' };
    if (this.unnamedSpeaking) return { speaker: null, route: 'discourse' };
    // `Her rival was less happy. "We lost."`: the unnamed subject just before speaks.
    if (!c.lead && this.discourse.previousSubjectUnnamed()) return { speaker: null, route: 'discourse' };
    return { speaker: this.discourse.current(), route: 'discourse' };
  }

  /** Notes each narrative sentence's subject, first speech clause and named people, in order. */
  private noteNarrative(pieces: Piece[], p: number, firstJoinsQuote: boolean): void {
    pieces.forEach((piece, k) => {
      const midSentence = k === 0 && firstJoinsQuote;
      if (!midSentence) this.discourse.nextSentence();
      const base = positionOf(p, piece.offset);
      if (!midSentence) {
        const subject = sentenceSubject(piece.text, base);
        const name = subject.kind === 'unknown' ? null : this.discourse.resolve(subject, base);
        if (name) this.discourse.note(name, 'subject', this.roleOf(subject));
        if (name) this.referred.set(name, p);
        if (name && this.names.isPerson(name)) this.unnamedSpeaking = false;
        else if (subject.kind === 'nobody' || subject.kind === 'role')
          this.discourse.noteUnnamedSubject(subject.kind === 'role' || subject.one === true);
      }
      const clause = firstSpeechClause(piece.text, base);
      if (clause) {
        const speaker = this.discourse.resolve(clause, base);
        this.discourse.note(speaker, 'speaker');
        if (speaker) this.referred.set(speaker, p);
        if (speaker) this.unnamedSpeaking = false;
      }
      const tokens = tokenizeWithOffsets(piece.text);
      for (const run of findNameRuns(tokens)) {
        if (this.names.isBareTitle(run.name) || this.names.isCommonWord(run.name)) continue;
        const offset = base + (tokens[run.first]?.start ?? 0);
        const name = this.names.metonym(this.names.resolve(run.name, offset));
        this.discourse.note(name, 'mention');
        if (name) this.ties.named(name, p, offset);
        if (name) this.referred.set(name, p);
      }
    });
  }
}

/**
 * `"...," said Veitch. "Very crazy."`: a quote right after one named for its speaker, with no more than
 * the attribution between them, is a quotation however short.
 */
function followsNamedQuote(c: QuoteContext): boolean {
  if (!c.previousInParagraph?.explicit || c.lead) return false;
  return c.before.trim().split(/\s+/).length <= 6 && sentenceEnd.test(c.before.trim());
}

/**
 * `called the ruling "arbitrary", "plainly unlawful" and a "blunder"`: quotes listed right after one
 * given to its speaker, joined only by a comma, "and" or "or", are that speaker's words too.
 */
function listedAfter(c: QuoteContext): boolean {
  return (
    c.sameSentence !== null &&
    (c.sameSentence.explicit || c.sameSentence.route === 'same-sentence') &&
    c.sameSentence.speaker !== null &&
    /^\s*,?\s*(?:(?:and|or)\s+)?(?:(?:a|an|the)\s+)?$/.test(c.before)
  );
}

/**
 * `which the guild tribute said "..."`: the lead ends in a finite speech verb (not "saying", not "cut
 * in:"), so the speaker is whoever said it, not the subject of the sentence.
 */
function endsInSpeechVerb(lead: string | undefined): boolean {
  const last = /(\p{Ll}+)\s*[,:]?\s*$/u.exec(lead ?? '')?.[1];
  return last !== undefined && !last.endsWith('ing') && speechVerbBase(last) !== null;
}

/** True when the lead's last clause (after ", and" or ", but") has an unnamed group as its subject. */
function unnamedLastClause(lead: string): boolean {
  // `The club gets letters from young fans who "want to play"` (or "young Canadians who"): the
  // unnamed people of the relative clause.
  if (/(?<![\p{L}])(?:\p{Ll}{3,}s|\p{Ll}+ \p{Lu}\p{Ll}+ans) who\s*$/u.test(lead)) return true;
  const tokens = tokenizeWithOffsets(lead);
  const k = tokens.findLastIndex((t, n) => t.text === ',' && /^(?:and|but)$/.test(tokens[n + 1]?.text ?? ''));
  return k >= 0 && commonSubject(tokens, k + 2, 0).kind === 'nobody';
}

/**
 * `I asked him, "..."`, `we told them:`: the clause before the quote ends in "I" or "we", a speech
 * verb and at most an object pronoun: the writer's words.
 */
function writerAsks(lead: string): boolean {
  const words = tokenizeWithOffsets(lead)
    .map((t) => t.text)
    .filter((w) => w !== ',' && w !== ':');
  const n = words.length;
  const object = /^(?:him|her|them|me|us|you)$/.test(words[n - 1] ?? '') ? 1 : 0;
  const verb = words[n - 1 - object] ?? '';
  const subject = words[n - 2 - object] ?? '';
  return /^(?:I|we|We)$/.test(subject) && speechVerbBase(verb) !== null;
}

/** `..., before Tom Hale cut in:`: a name, then one to three lowercase words and a colon closing the clause. */
function nameBeforeColon(clause: string, base: number): SpeakerRef | null {
  const tokens = tokenizeWithOffsets(clause);
  if (tokens[tokens.length - 1]?.text !== ':') return null;
  const run = findNameRuns(tokens).pop();
  if (!run || run.possessive) return null;
  const rest = tokens.slice(run.last + 1, -1);
  if (rest.length < 1 || rest.length > 3 || !rest.every((t) => /^\p{Ll}+$/u.test(t.text))) return null;
  return { kind: 'name', name: run.name, offset: base + (tokens[run.first]?.start ?? 0) };
}

/** `"...," according to "International Students and Crime,"`: the work named after the quote speaks. */
function documentAfter(c: QuoteContext): Attribution | null {
  if (!c.nextText || !/^\s*,?\s*according to\s*$/i.test(c.after)) return null;
  const title = c.nextText.replace(/[,.]\s*$/, '').trim();
  return /^\p{Lu}/u.test(title)
    ? { ref: { kind: 'document', phrase: title }, distance: 0, naming: false }
    : null;
}

/** A tentative quote's fields before its text, sentence and marks are known. */
const unjudged = {
  speaker: null,
  explicit: false,
  attributedBySpeech: false,
  continues: false,
  open: false,
  tentative: true,
  route: 'echo' as const,
};

/** Stands for "attributed by the sentence's earlier quote" when judging a short quote. */
const explicitAttribution: Attribution = { ref: { kind: 'unknown' }, distance: 0, naming: false };

/** `"..." and possibly led to fatalities, Officer Scott Lockwood told CNN.`: who closes the sentence. */
function trailingAttribution(after: string, base: number): SpeakerRef | null {
  const sentence = splitSentences(after)[0] ?? '';
  const comma = sentence.lastIndexOf(',');
  if (comma < 0 || !after.includes(sentence)) return null;
  const chunk = sentence.slice(comma + 1);
  if (chunk.split(' ').length > 12) return null;
  return firstSpeechClause(chunk, base + after.indexOf(sentence) + comma + 1);
}

function pickExplicit(after: Attribution | null, lead: Attribution | null): Attribution | null {
  // 'nobody' counts: someone unnamed was given the words ("the crowd chanted"), so the speaker is null.
  // `In what an officer described as "...", police reported`: a naming right before the mark is the
  // quote's own attribution; the clause after it reports the whole sentence.
  if (lead?.naming && lead.distance <= 2 && lead.ref.kind !== 'unknown' && after?.ref.kind !== 'pronoun')
    return lead;
  if (after && after.ref.kind !== 'unknown') return after;
  if (lead && lead.ref.kind !== 'unknown') return lead;
  return null;
}

/** A quote ending a sentence with "." takes no attribution after it; "?" or "!" only a short one. */
function allowsTrailingAttribution(quote: string, after: string): boolean {
  const end = quote.trim().slice(-1);
  if (end === '.' || end === '…') return /^\s*\p{Ll}/u.test(after);
  if (end === '?' || end === '!') {
    if (/^\s*\p{Ll}/u.test(after)) return true;
    const words = (splitSentences(after)[0] ?? '').split(' ');
    // `"Why?" Tom Park asked the minister.`: a speech verb among the first words attributes it.
    return (
      words.length <= 4 ||
      (words.length <= 8 && words.slice(1, 4).some((w) => /^\p{Ll}/u.test(w) && speechVerbBase(w) !== null))
    );
  }
  return true;
}

/** True when the narrative after a quote carries on the quote's sentence (`," he said.`). */
function continuesSentence(span: QuoteSpan, narrative: string): boolean {
  if (!span.closed || narrative.trim() === '') return false;
  return !sentenceEnd.test(span.text) || /^\s*\p{Ll}/u.test(narrative);
}

function splitPieces(narrative: string, offset: number): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const sentence of splitSentences(narrative)) {
    const at = narrative.indexOf(sentence, from);
    if (at < 0) continue;
    for (const part of splitAfterAttribution(sentence))
      out.push({ text: part.text, offset: offset + at + part.at });
    from = at + sentence.length;
  }
  return out;
}

/**
 * `, said Ann Lee. Tom Park was less happy:`: narrative after a closing mark opens in lowercase, and the
 * sentence splitter then runs on past the full stop; a word of two letters or more (not an abbreviation)
 * ending in a full stop before a capital ends the sentence.
 */
function splitAfterAttribution(sentence: string): { text: string; at: number }[] {
  if (!/^[\s,;:\-–—]*\p{Ll}/u.test(sentence)) return [{ text: sentence, at: 0 }];
  const parts: { text: string; at: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/(\p{L}{2,})[.!?]\s+(?=\p{Lu})/gu)) {
    if (abbreviated.test(m[1] ?? '')) continue;
    const end = m.index + m[0].length;
    parts.push({ text: sentence.slice(start, end).trim(), at: start });
    start = end;
  }
  parts.push({ text: sentence.slice(start).trim(), at: start });
  return parts.filter((p) => p.text !== '');
}

const abbreviated =
  /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Lt|Capt|Sgt|Maj|Brig|Prof|Rev|Fr|No|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)$/;
