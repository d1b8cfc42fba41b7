// The digest as neutral content: each story in brief (linked headline, source and age, one or two
// key points, at most one attributed quote, a button to its full summary, "Updated" with what
// changed), or, when one story qualifies, the briefing exactly as a single article's looks.
import type { AnalyzedArticle } from '../../core/article.ts';
import type { Reply, ReplyAction, ReplyBlock } from '../../core/reply.ts';
import { clipText } from '../../core/text/clip.ts';
import type { RevisionChanges, StoryListing } from '../../stories/story.ts';
import { buildBriefing, cleanQuote, notableQuote } from '../compose.ts';
import { changeLine } from './change-line.ts';
import type { Selection } from './select.ts';

/** One story of a digest, in brief. */
export interface StoryBrief {
  slug: string;
  headline: string;
  url: string | null;
  status: 'new' | 'updated';
  /** Source, age, what changed, key points and quote (no headline). */
  body: ReplyBlock[];
  /** Opens the story's full summary. */
  action: ReplyAction;
}

/** A composed digest: one article's briefing, or several stories in brief. */
export type Digest =
  | { kind: 'single'; reply: Reply; headline: string }
  | { kind: 'stories'; title: string; intro: string | null; stories: StoryBrief[]; more: number };

/** What composing needs: the selection, the stories' analysis and differences, and the instant ages count from. */
export interface DigestInput {
  selection: Selection;
  articles: ReadonlyMap<string, AnalyzedArticle | null>;
  changes: ReadonlyMap<string, RevisionChanges | null>;
  until: Date;
  /** On a day with nothing new (daily mode): the line saying so, shown above the top story. */
  nothingNew?: string;
}

/** The line under "and N more". */
export function moreLine(n: number): string {
  return `and ${n} more: /summit latest`;
}

/** "just now", "12 min ago", "3 h ago", "2 days ago". */
export function ageOf(iso: string, until: Date): string {
  const minutes = Math.max(0, Math.floor((until.getTime() - Date.parse(iso)) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** The button that opens a story's full summary. */
function openAction(slug: string, headline: string): ReplyAction {
  return { label: clipText(`Open: ${headline}`, 80), command: 'summary', options: { article: slug } };
}

/** One story in brief. */
export function briefOf(
  listing: StoryListing,
  status: 'new' | 'updated',
  article: AnalyzedArticle | null,
  changes: RevisionChanges | null,
  until: Date,
): StoryBrief {
  const headline = article?.article.title ?? listing.title;
  const source = listing.sources.join(', ') || article?.article.source || 'Unknown source';
  const body: ReplyBlock[] = [
    {
      kind: 'text',
      text: `${source} · ${ageOf(status === 'updated' ? listing.updatedAt : listing.published, until)}`,
    },
  ];
  if (status === 'updated')
    body.push({ kind: 'text', text: `Updated: ${changeLine(changes, listing.revision)}.` });
  const points = article ? article.keyPoints.slice(0, 2) : listing.keyPoint ? [listing.keyPoint] : [];
  if (points.length > 0) body.push({ kind: 'bullets', items: points });
  const quote = article ? notableQuote(article.quotes) : null;
  if (quote?.speaker)
    body.push({ kind: 'quote', text: cleanQuote(quote.text), speaker: quote.speaker, section: null });
  const action = openAction(listing.slug, headline);
  return {
    slug: listing.slug,
    headline,
    url: listing.url ?? article?.article.url ?? null,
    status,
    body,
    action,
  };
}

/** The digest's title: "Daily briefing: 3 new, 2 updated". */
function titleOf(stories: StoryBrief[]): string {
  const fresh = stories.filter((s) => s.status === 'new').length;
  const updated = stories.length - fresh;
  const parts = [fresh > 0 ? `${fresh} new` : '', updated > 0 ? `${updated} updated` : ''].filter(Boolean);
  return `Daily briefing: ${parts.join(', ')}`;
}

/** Composes the digest; null when it has no story at all. */
export function composeDigest(input: DigestInput): Digest | null {
  const { selection, until } = input;
  const [first] = selection.shown;
  if (!first) return null;
  const article = input.articles.get(first.listing.slug) ?? null;
  if (selection.shown.length === 1 && selection.more === 0 && article) {
    const marker =
      input.nothingNew ??
      (first.status === 'updated'
        ? `Updated since this channel’s last briefing: ${changeLine(input.changes.get(first.listing.slug) ?? null, first.listing.revision)}.`
        : undefined);
    return {
      kind: 'single',
      reply: buildBriefing(article, { isNew: !input.nothingNew, ...(marker ? { marker } : {}) }),
      headline: article.article.title,
    };
  }
  const stories = selection.shown.map(({ listing, status }) =>
    briefOf(
      listing,
      status,
      input.articles.get(listing.slug) ?? null,
      input.changes.get(listing.slug) ?? null,
      until,
    ),
  );
  return {
    kind: 'stories',
    title: titleOf(stories),
    intro: input.nothingNew ?? null,
    stories,
    more: selection.more,
  };
}
