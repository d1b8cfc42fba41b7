// A digest as the messages a channel receives: one message when it fits, else split at story
// boundaries (a story never straddles two messages unless it alone is too long for one); with
// threads, a short post listing the headlines and each story as a reply in that post's thread.
import type { Reply, ReplyBlock } from '../../core/reply.ts';
import { type Digest, moreLine, type StoryBrief } from './compose-digest.ts';

/** True when a reply goes out as a single message on the platform. */
export type Fits = (reply: Reply) => boolean;

/** The longest footer a slot adds (date, part and ref), reserved while packing. */
const footerAllowance = 'Daily briefing for Wed, 30 Sept 2026 · ref 0123456789 · 10/12';

function storyBlocks(story: StoryBrief): ReplyBlock[] {
  return [{ kind: 'heading', text: story.headline, ...(story.url ? { url: story.url } : {}) }, ...story.body];
}

function introBlocks(digest: Extract<Digest, { kind: 'stories' }>): ReplyBlock[] {
  return digest.intro ? [{ kind: 'text', text: digest.intro }] : [];
}

function tailBlocks(more: number): ReplyBlock[] {
  return more > 0 ? [{ kind: 'text', text: moreLine(more) }] : [];
}

/**
 * The digest as messages for one channel: a single story's briefing as it is; several stories in as
 * few messages as fit (by `fits`, with room for the slot's footer), split only between stories.
 */
export function layoutMessages(digest: Digest, fits: Fits): Reply[] {
  if (digest.kind === 'single') return [digest.reply];
  const fitsWithFooter = (reply: Reply) => fits({ ...reply, footer: footerAllowance });
  const parts: Reply[] = [];
  let current: Reply = { tone: 'info', title: digest.title, blocks: introBlocks(digest), actions: [] };
  let storiesInCurrent = 0;
  for (const story of digest.stories) {
    const blocks = [
      ...current.blocks,
      ...(storiesInCurrent > 0 ? [{ kind: 'divider' as const }] : []),
      ...storyBlocks(story),
    ];
    const grown: Reply = { ...current, blocks, actions: [...(current.actions ?? []), story.action] };
    if (storiesInCurrent === 0 || fitsWithFooter(grown)) {
      current = grown;
      storiesInCurrent++;
      continue;
    }
    parts.push(current);
    current = {
      tone: 'info',
      title: `${digest.title} (continued)`,
      blocks: storyBlocks(story),
      actions: [story.action],
    };
    storiesInCurrent = 1;
  }
  const tail = tailBlocks(digest.more);
  const withTail: Reply = { ...current, blocks: [...current.blocks, ...tail] };
  if (tail.length === 0 || fitsWithFooter(withTail)) parts.push(withTail);
  else parts.push(current, { tone: 'info', title: `${digest.title} (continued)`, blocks: tail });
  return parts;
}

/**
 * The digest as a thread: first a short post (the headlines as a list, "Updated" marked), then each
 * story's brief as its own reply, its headline linked as the title. A single story is posted as is.
 */
export function layoutThread(digest: Digest): Reply[] {
  if (digest.kind === 'single') return [digest.reply];
  const headlines = digest.stories.map((s) =>
    s.status === 'updated' ? `${s.headline} (updated)` : s.headline,
  );
  const root: Reply = {
    tone: 'info',
    title: digest.title,
    blocks: [...introBlocks(digest), { kind: 'bullets', items: headlines }, ...tailBlocks(digest.more)],
  };
  const replies = digest.stories.map(
    (story): Reply => ({
      tone: 'info',
      title: story.headline,
      ...(story.url ? { url: story.url } : {}),
      blocks: story.body,
      actions: [story.action],
    }),
  );
  return [root, ...replies];
}

/** The thread's name (Discord shows it): the digest's title and date. */
export function threadName(digest: Digest, day: string): string {
  const title = digest.kind === 'single' ? digest.headline : digest.title;
  return `${title} · ${day}`.slice(0, 100);
}
