// The daily briefing as a neutral Reply, composed from an analyzed article: headline, dek, key
// points, one notable quote with its speaker, the sections (a button each), source and date.
import type { AnalyzedArticle, Quote } from '../core/article.ts';
import { summaryOf } from '../core/handlers/summary.ts';
import type { Reply } from '../core/reply.ts';
import { stampFooter } from '../core/reply-stamp.ts';

/** How the briefing relates to what the channel saw before. */
export interface BriefingOptions {
  /** True when the article changed since this channel's last briefing (or it never had one). */
  isNew: boolean;
  /** Line shown first instead of the "new" marker (a digest's "Updated: ..." or "No new stories since ..."). */
  marker?: string;
}

/** Line shown at the top of a briefing whose article is new to the channel. */
export const newMarker = 'New since this channel’s last briefing.';

/** Longest quote picked as the notable one (longer ones read badly in a briefing). */
const maxNotableLength = 280;

/** Composes the briefing for an article. */
export function buildBriefing(a: AnalyzedArticle, { isNew, marker }: BriefingOptions): Reply {
  const quote = notableQuote(a.quotes);
  const first = marker ?? (isNew ? newMarker : null);
  return summaryOf(a, {
    before: first ? [{ kind: 'text', text: first }] : [],
    afterKeyPoints: quote
      ? [
          { kind: 'heading', text: 'Notable quote' },
          { kind: 'quote', text: cleanQuote(quote.text), speaker: quote.speaker, section: quote.section },
        ]
      : [],
  });
}

/**
 * The quote to feature: attributed quotes first, then the one carrying the most words within a
 * readable length, earlier quotes winning ties. Null when the article quotes nobody.
 */
export function notableQuote(quotes: Quote[]): Quote | null {
  let best: Quote | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const q of quotes) {
    const words = q.text.split(/\s+/).filter(Boolean).length;
    const score =
      (q.speaker ? 1000 : 0) + (q.text.length <= maxNotableLength ? 500 : 0) + Math.min(words, 60);
    if (score > bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}

/** A quote fragment as a standalone line: no trailing comma or semicolon left by "…," he said. */
export function cleanQuote(text: string): string {
  return text.trim().replace(/[,;:]+$/, '');
}

/** Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one. */
const shortDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Which part of a multi-part digest a message is (0-based index of `count`). */
export interface PartNumber {
  index: number;
  count: number;
}

/** The marker of one part, searched for in the channel: "abc123 · 2/5" ("· 2/5" never matches "· 12/5"). */
export function partMarker(ref: string, part: PartNumber): string {
  // The same text markForSlot writes after "ref ".
  return `${ref} · ${part.index + 1}/${part.count}`;
}

/** A local date (YYYY-MM-DD) as "Fri, 4 Dec 2026". */
export function dayOf(localDate: string): string {
  return shortDate.format(new Date(`${localDate}T12:00:00Z`));
}

/** Adds the slot's date and marker to a briefing's footer, so the channel shows which day it is for. */
export function markForSlot(reply: Reply, localDate: string, ref: string, part?: PartNumber): Reply {
  const after = part ? ` · ${part.index + 1}/${part.count}` : '';
  return stampFooter(reply, `Daily briefing for ${dayOf(localDate)} · ref `, ref, after);
}
