// Who says a quote with no attribution of its own, read from the quote's context and what the
// paragraph reader knows so far (the discourse, name ties, an unnamed speaker just before).
import type { SpeakerRoute } from './confidence.ts';
import type { Discourse } from './discourse.ts';
import type { QuoteContext } from './found-quote.ts';
import type { QuoteSpan } from './marks.ts';
import { positionOf } from './mentions.ts';
import { nameBeforeColon, trailingAttribution, unnamedLastClause, writerAsks } from './quote-clues.ts';
import type { SpeakerRef } from './speaker-ref.ts';
import { sentenceSubject } from './subject.ts';
import type { NameTies } from './ties.ts';

/** What the paragraph reader knows when it looks for an implicit speaker. */
export interface ReaderState {
  /** The discourse memory shared across the article. */
  readonly discourse: Discourse;
  /** Where the narrative last names each person. */
  readonly ties: NameTies;
  /** True from a quote given to someone unnamed until a named person speaks or is a subject again. */
  readonly unnamedSpeaking: boolean;
  /** The role phrase a reference reaches its person through ("the candidate"), if any. */
  roleOf(ref: SpeakerRef): string | undefined;
}

/**
 * Who says a quote with no attribution of its own: the quote it continues, the earlier quote of its
 * sentence, an attribution closing its sentence, the sentence's subject, else the last speaker.
 */
export function implicitSpeaker(
  r: ReaderState,
  span: QuoteSpan,
  p: number,
  c: QuoteContext,
): { speaker: string | null; route: SpeakerRoute } {
  const at = positionOf(p, span.open);
  if (c.continued) return { speaker: c.continued.speaker, route: 'continued' };
  // `"We lost," said Ann Lee, before Tom Hale cut in: "..."`: a new speaker between two quotes.
  const cutIn = c.sameSentence && c.lead ? nameBeforeColon(c.lead.text, positionOf(p, c.lead.offset)) : null;
  if (cutIn) return { speaker: r.discourse.resolve(cutIn, at), route: 'subject' };
  if (c.sameSentence) return { speaker: c.sameSentence.speaker, route: 'same-sentence' };
  const trailing = trailingAttribution(c.after, positionOf(p, span.close + 1));
  if (trailing) return { speaker: r.discourse.resolve(trailing, at), route: 'trailing' };
  // `The count ran for weeks, and the site's editors thanked readers with the message "..."`: the
  // unnamed subject of the quote's own clause, not the sentence's first.
  if (c.lead && unnamedLastClause(c.lead.text)) return { speaker: null, route: 'discourse' };
  // `... and finally I asked him, "..."`: the writer asks, nobody the story names.
  if (c.lead && writerAsks(c.lead.text)) return { speaker: null, route: 'discourse' };
  const subject =
    c.lead && c.leadStartsSentence ? sentenceSubject(c.lead.text, positionOf(p, c.lead.offset)) : null;
  if (subject && subject.kind !== 'unknown') {
    const speaker = r.discourse.resolve(subject, at);
    const role = r.roleOf(subject);
    const untied = role !== undefined && speaker !== null && !r.ties.roleSafe(role, speaker, p);
    // `She told police she had immunity, but "..."`: a subject pronoun another person may mean.
    const rival = subject.kind === 'pronoun' && speaker !== null && r.discourse.pronounRival;
    return { speaker, route: untied ? 'role' : rival ? 'pronoun-rival' : 'subject' };
  }
  const inSentence = r.discourse.sentenceSubject();
  if (inSentence) return { speaker: inSentence, route: 'subject' };
  // `"...," a farmer said. "We lost everything."`: the next quote is the unnamed farmer's too, not
  // the story's last named speaker's.
  const previous = c.previousInParagraph;
  if (previous?.explicit && previous.speaker === null && !c.lead) return { speaker: null, route: 'follows' };
  if (r.unnamedSpeaking) return { speaker: null, route: 'discourse' };
  // `Her rival was less happy. "We lost."`: the unnamed subject just before speaks.
  if (!c.lead && r.discourse.previousSubjectUnnamed()) return { speaker: null, route: 'discourse' };
  return { speaker: r.discourse.current(), route: 'discourse' };
}
