// The headlines of the newest stories, kept in memory for autocomplete and article lookup: bounded
// (the newest `size`, whatever the archive holds), fed by the archive's listings as they change,
// matched per keystroke without a database round trip.
import { type HeadlineKey, headlineKey, matchesHeadline, typedHeadline } from '../core/lookup/headline.ts';
import { newestListingFirst } from './listing.ts';
import type { StoryListing } from './story.ts';

/** The bounded, in-memory headline list. */
export interface HeadlineCatalogue {
  /** Adds or replaces listings (by slug); the oldest beyond the bound are dropped. */
  put(listings: StoryListing[]): void;
  /** Forgets a story (withdrawn from the archive). */
  remove(slug: string): void;
  /** Listings whose headline matches `typed`, newest first, at most `limit`. */
  match(typed: string, limit: number): StoryListing[];
  /** True when the bound was reached: older stories may exist that the catalogue does not hold. */
  full(): boolean;
  /** Number of listings held. */
  size(): number;
}

interface Entry {
  listing: StoryListing;
  key: HeadlineKey;
}

/** A catalogue holding at most `bound` listings (the newest). */
export function createHeadlineCatalogue(bound: number): HeadlineCatalogue {
  const bySlug = new Map<string, Entry>();
  let ordered: Entry[] = [];
  let sorted = true;
  let reachedBound = false;
  const order = () => {
    if (sorted) return;
    ordered = [...bySlug.values()].sort((x, y) => newestListingFirst(x.listing, y.listing));
    sorted = true;
  };
  return {
    put(listings) {
      for (const listing of listings) {
        bySlug.set(listing.slug, { listing, key: headlineKey(listing.title, listing.slug) });
      }
      sorted = false;
      if (bySlug.size < bound) return;
      reachedBound = true;
      order();
      for (const dropped of ordered.splice(bound)) bySlug.delete(dropped.listing.slug);
    },
    remove(slug) {
      if (bySlug.delete(slug)) sorted = false;
    },
    match(typed, limit) {
      order();
      const wanted = typedHeadline(typed);
      const found: StoryListing[] = [];
      for (const entry of ordered) {
        if (found.length >= limit) break;
        if (matchesHeadline(wanted, entry.key)) found.push(entry.listing);
      }
      return found;
    },
    full: () => reachedBound,
    size: () => bySlug.size,
  };
}
