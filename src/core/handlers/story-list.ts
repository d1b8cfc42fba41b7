// The layout /summit latest and /summit search share: per story its headline, where it came from
// and how old it is, and one key point, with a button to open each story's summary.
import type { StoryListing } from '../../stories/story.ts';
import type { ReplyAction, ReplyBlock } from '../reply.ts';
import { ageOf } from '../text/age.ts';
import { clipText } from '../text/clip.ts';

/** Longest button label (the Reply contract's limit). */
const maxLabel = 80;

/** Headline, "source · age" and the key point of each story, in order. */
export function storyBlocks(listings: StoryListing[], now: Date): ReplyBlock[] {
  return listings.flatMap((l): ReplyBlock[] => {
    const revised = l.revision > 1 ? `revision ${l.revision}` : '';
    const line = [l.sources.map(sourceLabel).join(', '), ageOf(l.published, now), revised]
      .filter(Boolean)
      .join(' · ');
    return [
      { kind: 'heading', text: l.title },
      ...(line ? [{ kind: 'text' as const, text: line }] : []),
      ...(l.keyPoint ? [{ kind: 'bullets' as const, items: [l.keyPoint] }] : []),
    ];
  });
}

/** One "open its summary" button per story. */
export function openActions(listings: StoryListing[]): ReplyAction[] {
  return listings.map((l) => ({
    label: clipText(l.title, maxLabel),
    command: 'summary',
    options: { article: l.slug },
  }));
}

/** A source's display name; a file path keeps only its folder and name, never where it is on the host. */
export function sourceLabel(name: string): string {
  if (!/^(?:\/|[A-Za-z]:\\)/.test(name)) return name;
  return name.split(/[\\/]/).filter(Boolean).slice(-2).join('/');
}
