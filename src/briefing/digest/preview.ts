// /summit brief with the archive: the digest this channel would receive next (its filter, its
// window, its layout) as one reply for the asker; a thread digest shows its post and its replies in order.
import type { Reply, ReplyBlock } from '../../core/reply.ts';
import type { Subscription } from '../../storage/store.ts';
import { noFilter } from '../../storage/store.ts';
import type { StoryArchive } from '../../stories/story.ts';
import { layoutMessages, layoutThread } from './layout.ts';
import { DigestRun, type DigestSubscription, planDigest } from './plan.ts';

/** The note under a preview. */
export const previewNote =
  'Preview of the next daily briefing here. Managers can post it every day with /summit subscribe.';

/** The next digest for a channel with `sub` (or an unsubscribed channel: defaults), as one reply. */
export async function previewDigest(
  archive: StoryArchive,
  sub: Subscription | null,
  now: Date,
  timezone: string,
): Promise<Reply> {
  const active = sub && sub.state !== 'unsubscribed';
  const plan: DigestSubscription = active
    ? sub
    : { briefedUntil: null, filter: noFilter, mode: 'daily', timezone };
  const planned = await planDigest(new DigestRun(archive, now), plan, null);
  if (!planned.post) {
    return {
      tone: 'info',
      title: 'Nothing to brief',
      blocks: [{ kind: 'text', text: `The next briefing here would post nothing: ${planned.reason}.` }],
      footer: previewNote,
    };
  }
  const parts = plan.filter.thread
    ? layoutThread(planned.digest)
    : layoutMessages(planned.digest, () => true);
  const [first, ...rest] = parts;
  if (!first) throw new Error('a planned digest has no parts');
  const blocks: ReplyBlock[] = [...first.blocks];
  if (rest.length > 0)
    blocks.push({ kind: 'text', text: 'Each story follows as a reply in the thread of that post:' });
  for (const part of rest) {
    blocks.push(
      { kind: 'divider' },
      { kind: 'heading', text: part.title, ...(part.url ? { url: part.url } : {}) },
      ...part.blocks,
    );
  }
  const actions = parts.flatMap((p) => p.actions ?? []);
  const footer = first.footer ? `${first.footer} · ${previewNote}` : previewNote;
  return { ...first, blocks, actions, footer };
}
