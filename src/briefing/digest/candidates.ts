// What a digest picks from: the archive's stories changed since the channel's last digest, kept
// by the subscription's filter (topic: the matching /summit search uses; feed: one feed's stories).
// One reader serves one job run, so channels with the same window and filter share every query.

import type { DigestFilter } from '../../storage/store.ts';
import type { StoryArchive, StoryListing } from '../../stories/story.ts';

/** Most changed stories read for one window (a digest shows at most 10; the rest are counted). */
export const maxCandidates = 500;
/** Most search hits a topic filter keeps. */
const maxTopicHits = 1000;
/** Newest stories looked through for the top story of a day with nothing new. */
const topStoryLookback = 50;

/** True when the story came from the feed named `feed` (its display name or its id, any case). */
export function fromFeed(s: StoryListing, feed: string): boolean {
  const wanted = feed.trim().toLowerCase();
  return [...s.sources, ...s.feedIds].some((name) => name.trim().toLowerCase() === wanted);
}

/** Reads candidates from the archive, each distinct query once per reader. */
export class CandidateReader {
  private readonly memo = new Map<string, Promise<StoryListing[]>>();

  constructor(readonly archive: StoryArchive) {}

  private once(key: string, read: () => Promise<StoryListing[]>): Promise<StoryListing[]> {
    let hit = this.memo.get(key);
    if (!hit) {
      hit = read();
      hit.catch(() => this.memo.delete(key));
      this.memo.set(key, hit);
    }
    return hit;
  }

  /** Stories changed after `since` that pass the filter, newest first. */
  async changed(since: Date, filter: DigestFilter): Promise<StoryListing[]> {
    const all = await this.once(`changed\u0000${since.toISOString()}`, () =>
      this.archive.changedSince(since, maxCandidates),
    );
    return this.keep(all, filter);
  }

  /** The newest story that passes the filter (for a day with nothing new), or null. */
  async top(filter: DigestFilter): Promise<StoryListing | null> {
    if (filter.topic) {
      const hits = (await this.topicHits(filter.topic)).filter(
        (s) => !filter.feed || fromFeed(s, filter.feed),
      );
      return [...hits].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))[0] ?? null;
    }
    const latest = await this.once('latest', () => this.archive.latest(topStoryLookback));
    return latest.find((s) => !filter.feed || fromFeed(s, filter.feed)) ?? null;
  }

  private topicHits(topic: string): Promise<StoryListing[]> {
    return this.once(`search\u0000${topic}`, () => this.archive.search(topic, maxTopicHits));
  }

  private async keep(stories: StoryListing[], filter: DigestFilter): Promise<StoryListing[]> {
    let kept = filter.feed ? stories.filter((s) => fromFeed(s, filter.feed ?? '')) : stories;
    if (filter.topic) {
      const matching = new Set((await this.topicHits(filter.topic)).map((s) => s.slug));
      kept = kept.filter((s) => matching.has(s.slug));
    }
    return kept;
  }
}
