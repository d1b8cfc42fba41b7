// Reads an article's paragraphs in order: each paragraph's quotations, who says them (explicitly, or
// implicit-speaker.ts), and what its narrative tells of subjects, speakers and the people it names.
import { type Attribution, attributionBefore, firstSpeechClause, type SpeakerRef } from './attribution.ts';
import { attributionAfter } from './attribution-after.ts';
import { isByline } from './byline.ts';
import type { SpeakerRoute } from './confidence.ts';
import type { Discourse } from './discourse.ts';
import type { FoundQuote, QuoteContext } from './found-quote.ts';
import { genderOfPronoun } from './gender.ts';
import { implicitSpeaker, type ReaderState } from './implicit-speaker.ts';
import { findQuoteSpans, type QuoteSpan } from './marks.ts';
import { positionOf } from './mentions.ts';
import { findNameRuns } from './name-runs.ts';
import type { ArticleNames } from './names.ts';
import { continuesSentence, type Piece, sentenceEnd, splitPieces } from './narrative-pieces.ts';
import {
  allowsTrailingAttribution,
  documentAfter,
  endsInSpeechVerb,
  followsNamedQuote,
  listedAfter,
  participleOfEarlier,
  pickExplicit,
  unnamedSpokesperson,
} from './quote-clues.ts';
import { isQuotation, mayEcho } from './scare.ts';
import { sentenceSubject } from './subject.ts';
import { NameTies } from './ties.ts';
import { tokenizeWithOffsets } from './tokens.ts';

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
    const explicit = participleOfEarlier(pickExplicit(documentAfter(c) ?? after, lead), c);
    const implicit = explicit ? null : implicitSpeaker(this.state(), span, p, c);
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
      (speaker === null || unnamedSpokesperson(explicit.ref)) &&
      (explicit.ref.kind === 'role' ||
        (explicit.ref.kind === 'nobody' && explicit.ref.one) ||
        unnamedSpokesperson(explicit.ref))
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

  /** What implicitSpeaker reads of this reader's state. */
  private state(): ReaderState {
    return {
      discourse: this.discourse,
      ties: this.ties,
      unnamedSpeaking: this.unnamedSpeaking,
      roleOf: (ref) => this.roleOf(ref),
    };
  }

  /** Notes each narrative sentence's subject, first speech clause and named people, in order. */
  private noteNarrative(pieces: Piece[], p: number, firstJoinsQuote: boolean): void {
    pieces.forEach((piece, k) => {
      const midSentence = k === 0 && firstJoinsQuote;
      if (!midSentence) this.discourse.nextSentence();
      const base = positionOf(p, piece.offset);
      // "VOA's Ann Lee in Oslo explains why.": the reporter is no antecedent for the people quoted.
      if (!midSentence && isByline(piece.text)) return;
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
        if (clause.kind === 'subject') this.discourse.subjectGuessed = false;
        const resolved = this.discourse.resolve(clause, base);
        // "One of these groups, ..., opposed it and said": a subject the reader could not find, taken
        // from the story's last speaker, is a guess; noted as this sentence's speaker it would turn into
        // evidence for the quote that follows.
        const speaker = clause.kind === 'subject' && this.discourse.subjectGuessed ? null : resolved;
        this.discourse.note(speaker, 'speaker');
        if (speaker) this.referred.set(speaker, p);
        if (speaker) this.unnamedSpeaking = false;
      }
      const tokens = tokenizeWithOffsets(piece.text);
      for (const run of findNameRuns(tokens)) {
        if (
          this.names.isBareTitle(run.name) ||
          this.names.isCommonWord(run.name) ||
          this.names.isDemonym(run.name)
        )
          continue;
        const offset = base + (tokens[run.first]?.start ?? 0);
        const name = this.names.metonym(this.names.resolve(run.name, offset));
        this.discourse.note(name, 'mention');
        if (name) this.ties.named(name, p, offset);
        if (name) this.referred.set(name, p);
      }
    });
  }
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
