// Which stories a channel's digest shows: those published or revised in its window, ranked newer
// first (by the hour) then by how much they say, with each source's stories spread out so one busy
// feed cannot fill the digest. Pure: the window and the candidates come in, nothing is read here.
import type { StoryListing } from '../../stories/story.ts';

/** A story the digest shows, and whether it is new to the channel or a revision of one it saw. */
export interface SelectedStory {
  listing: StoryListing;
  status: 'new' | 'updated';
}

/** The stories a digest shows in full and how many more qualified. */
export interface Selection {
  shown: SelectedStory[];
  /** Qualifying stories not shown in full ("and N more"). */
  more: number;
}

/** The window and size of one digest. */
export interface SelectionWindow {
  /** Stories changed after this instant qualify (the channel's last digest, else 24 h back). */
  since: Date;
  /** ...up to this instant (when the digest was taken); later ones wait for the next digest. */
  until: Date;
  /** Stories shown in full. */
  count: number;
}

/** Ranking treats stories changed within the same hour as equally new. */
const recencyBucketMs = 3_600_000;

/** Where a story came from, for spreading: its first source (or feed). */
function sourceKey(s: StoryListing): string {
  return (s.sources[0] ?? s.feedIds[0] ?? '').trim().toLowerCase();
}

/** Sections and quotes: how much a story says. */
function substance(s: StoryListing): number {
  return s.sectionCount + s.quoteCount;
}

/** Newer first (by the hour), then more substance, then newer, then by slug (stable). */
export function rankStories(stories: StoryListing[], until: Date): StoryListing[] {
  const bucket = (s: StoryListing) =>
    Math.floor((until.getTime() - Date.parse(s.updatedAt)) / recencyBucketMs);
  return [...stories].sort(
    (a, b) =>
      bucket(a) - bucket(b) ||
      substance(b) - substance(a) ||
      Date.parse(b.updatedAt) - Date.parse(a.updatedAt) ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
}

/**
 * Picks `count` stories in rounds: each source's best story first, then each source's second, and
 * so on, so a feed with twenty stories gets no second place before every other source has one.
 * The picked stories keep their rank order.
 */
export function spreadBySource(ranked: StoryListing[], count: number): StoryListing[] {
  const seen = new Map<string, number>();
  const round = ranked.map((s) => {
    const key = sourceKey(s);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n;
  });
  const order = ranked.map((_, i) => i).sort((a, b) => (round[a] ?? 0) - (round[b] ?? 0) || a - b);
  const picked = new Set(order.slice(0, count));
  return ranked.filter((_, i) => picked.has(i));
}

/** New when first published in the window (or never revised); updated when an older story was revised. */
export function storyStatus(s: StoryListing, since: Date): 'new' | 'updated' {
  return s.revision > 1 && Date.parse(s.published) <= since.getTime() ? 'updated' : 'new';
}

/** The digest's stories among `candidates` (already filtered by topic or feed). */
export function selectStories(candidates: StoryListing[], window: SelectionWindow): Selection {
  const since = window.since.getTime();
  const until = window.until.getTime();
  const bySlug = new Map<string, StoryListing>();
  for (const s of candidates) {
    const at = Date.parse(s.updatedAt);
    if (at > since && at <= until && !bySlug.has(s.slug)) bySlug.set(s.slug, s);
  }
  const qualifying = [...bySlug.values()];
  const shown = spreadBySource(rankStories(qualifying, window.until), Math.max(1, window.count));
  return {
    shown: shown.map((listing) => ({ listing, status: storyStatus(listing, window.since) })),
    more: qualifying.length - shown.length,
  };
}
