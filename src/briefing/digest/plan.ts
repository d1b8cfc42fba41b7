// Planning one channel's digest in a job run: its window (since its last digest, else the last
// 24 hours), its stories, and the composed digest, shared by every channel of the run that gets
// the same stories. A slot taken over after a crash re-plans from what the first owner noted.
import type { AnalyzedArticle } from '../../core/article.ts';
import type { Reply } from '../../core/reply.ts';
import { deepFreeze } from '../../core/reply-cache.ts';
import type { DigestRecord, Subscription } from '../../storage/store.ts';
import type { RevisionChanges, StoryArchive, StoryListing } from '../../stories/story.ts';
import { CandidateReader } from './candidates.ts';
import { composeDigest, type Digest } from './compose-digest.ts';
import { type Selection, selectStories, storyStatus } from './select.ts';

/** What planning reads of a subscription. */
export type DigestSubscription = Pick<Subscription, 'briefedUntil' | 'filter' | 'mode' | 'timezone'>;

/** The first digest of a channel covers this much. */
export const firstWindowMs = 24 * 3_600_000;

/** What a run shares between its channels: the archive's answers, composed digests and their layouts. */
export class DigestRun {
  readonly reader: CandidateReader;
  private readonly articles = new Map<string, Promise<AnalyzedArticle | null>>();
  private readonly diffs = new Map<string, Promise<RevisionChanges | null>>();
  private readonly composed = new Map<string, Digest | null>();
  private readonly layouts = new WeakMap<Digest, Map<string, Reply[]>>();

  /** @param until the run's instant: every digest of the run covers stories up to it. */
  constructor(
    readonly archive: StoryArchive,
    readonly until: Date,
  ) {
    this.reader = new CandidateReader(archive);
  }

  article(s: StoryListing): Promise<AnalyzedArticle | null> {
    return memo(this.articles, `${s.slug}@${s.revision}`, () => this.archive.article(s.slug));
  }

  changes(s: StoryListing): Promise<RevisionChanges | null> {
    return memo(this.diffs, `${s.slug}@${s.revision}`, () => this.archive.changes(s.slug));
  }

  /** The digest for `key`, composed by `build` the first time. */
  digest(key: string, build: () => Digest | null): Digest | null {
    if (!this.composed.has(key)) this.composed.set(key, build());
    return this.composed.get(key) ?? null;
  }

  /** A digest's messages for one layout (platform and thread), laid out the first time. */
  layout(digest: Digest, key: string, build: () => Reply[]): Reply[] {
    let byKey = this.layouts.get(digest);
    if (!byKey) {
      byKey = new Map();
      this.layouts.set(digest, byKey);
    }
    let parts = byKey.get(key);
    if (!parts) {
      // Frozen: shared by every channel, so renderers render each part once (reply-stamp.ts).
      parts = deepFreeze(build());
      byKey.set(key, parts);
    }
    return parts;
  }
}

function memo<T>(map: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<T> {
  let hit = map.get(key);
  if (!hit) {
    hit = read();
    hit.catch(() => map.delete(key));
    map.set(key, hit);
  }
  return hit;
}

/** A planned digest, or why the slot posts nothing. */
export type DigestPlan =
  | { post: true; digest: Digest; record: DigestRecord; article: string }
  | { post: false; reason: string };

/** "Tue, 1 Dec 2026" in the channel's zone. */
function dateIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  }).format(at);
}

/** The window a channel's next digest covers. */
export function windowOf(sub: DigestSubscription, until: Date): { since: Date; until: Date } {
  return { since: sub.briefedUntil ?? new Date(until.getTime() - firstWindowMs), until };
}

/** Plans the channel's digest; `earlier` is what a crashed owner noted for this slot. */
export async function planDigest(
  run: DigestRun,
  sub: DigestSubscription,
  earlier: DigestRecord | null,
): Promise<DigestPlan> {
  const window = earlier
    ? { since: new Date(earlier.since), until: new Date(earlier.until) }
    : windowOf(sub, run.until);
  const candidates = await run.reader.changed(window.since, sub.filter);
  let selection: Selection;
  let quiet = earlier?.quiet ?? false;
  if (earlier && !quiet) {
    const bySlug = new Map(candidates.map((s) => [s.slug, s]));
    const shown = earlier.stories.flatMap((slug) => {
      const listing = bySlug.get(slug);
      return listing ? [{ listing, status: storyStatus(listing, window.since) }] : [];
    });
    selection = {
      shown,
      more: Math.max(0, selectStories(candidates, { ...window, count: 1000 }).shown.length - shown.length),
    };
  } else {
    selection = quiet
      ? { shown: [], more: 0 }
      : selectStories(candidates, { ...window, count: sub.filter.stories });
  }
  if (selection.shown.length === 0) {
    if (sub.mode === 'new-only')
      return { post: false, reason: 'no new or updated stories since the last briefing (mode new-only)' };
    const top = await run.reader.top(sub.filter);
    const filtered = sub.filter.topic || sub.filter.feed ? ' matching this channel’s filter' : '';
    if (!top) return { post: false, reason: `there are no stories${filtered} in the archive` };
    selection = { shown: [{ listing: top, status: 'new' }], more: 0 };
    quiet = true;
  }
  const nothingNew = quiet ? `No new stories since ${dateIn(window.since, sub.timezone)}.` : undefined;
  const shown = selection.shown;
  const [articles, changes] = await Promise.all([
    Promise.all(shown.map(({ listing }) => run.article(listing))),
    Promise.all(
      shown.map(({ listing, status }) =>
        status === 'updated' ? run.changes(listing) : Promise.resolve(null),
      ),
    ),
  ]);
  const key = [
    window.until.toISOString(),
    nothingNew ?? '',
    selection.more,
    ...shown.map(({ listing, status }) => `${listing.slug}@${listing.revision}:${status}`),
  ].join('\u0000');
  const digest = run.digest(key, () =>
    composeDigest({
      selection,
      articles: new Map(shown.map(({ listing }, i) => [listing.slug, articles[i] ?? null])),
      changes: new Map(shown.map(({ listing }, i) => [listing.slug, changes[i] ?? null])),
      until: window.until,
      ...(nothingNew ? { nothingNew } : {}),
    }),
  );
  if (!digest) return { post: false, reason: 'there are no stories in the archive' };
  const [lead] = shown;
  return {
    post: true,
    digest,
    record: {
      since: window.since.toISOString(),
      until: window.until.toISOString(),
      stories: shown.map(({ listing }) => listing.slug),
      ...(quiet ? { quiet: true } : {}),
    },
    article: lead ? `${lead.listing.slug}@r${lead.listing.revision}` : '',
  };
}
