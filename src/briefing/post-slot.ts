// What a claimed slot comes to: checked in the channel after a crashed claim, missed when past its
// catch-up window, skipped (no article, or nothing new in new-only mode), or composed and sent with
// retries that renew the claim before each attempt. With an archive, the slot posts the day's
// digest instead (digest/deliver-digest.ts).
import type { Reply } from '../core/reply.ts';
import { memoReply } from '../core/reply-cache.ts';
import type { AttemptNote, DigestRecord, Outcome, SlotIdentity } from '../storage/store.ts';
import { buildBriefing, markForSlot } from './compose.ts';
import type { DeliverDeps, DueSlot } from './deliver.ts';
import { decideDigest } from './digest/deliver-digest.ts';
import { confirmPosted, type SendDeps, sendWithRetry } from './retry.ts';
import type { BriefingSender, SlotRef } from './sender.ts';
import { articleIdOf, missedReason, slotRefOf } from './slots.ts';

/** What a claimed slot came to: its outcome (null: the claim is no longer ours) and the send attempts. */
export interface Decision {
  outcome: Outcome | null;
  attempts: number;
}

/** Decides a claimed slot: checked after a crash, missed when late, skipped, or sent. */
export async function decide(deps: DeliverDeps, due: DueSlot, takeover: boolean): Promise<Decision> {
  const { slot } = due;
  const sender = deps.senders[slot.platform];
  if (!sender) return settled({ status: 'failed', reason: `no ${slot.platform} connection in this process` });
  const ref = { ...slotRefOf(slot), workspaceId: due.sub.workspaceId };
  if (deps.digests) return decideDigest(deps, deps.digests, due, takeover, sender);
  if (takeover) {
    const checked = await checkAfterCrash(deps, sender, slot, ref);
    if (checked) return settled(checked);
  }
  if (due.late) return settled({ status: 'missed', reason: missedReason });
  const article = deps.library.newest();
  if (!article) return settled({ status: 'skipped', reason: 'there was no valid article in content/' });
  const articleId = articleIdOf(article.article.slug, article.version);
  const isNew = due.sub.lastArticle !== articleId;
  if (due.sub.mode === 'new-only' && !isNew) {
    return settled({ status: 'skipped', reason: 'no new article since the last briefing (mode new-only)' });
  }
  // Composed once per article version and newness, shared by every channel; each slot only adds its footer.
  const briefing = memoReply(article, `briefing\u0000${isNew}`, () => buildBriefing(article, { isNew }));
  return send(deps, sender, slot, ref, { reply: markForSlot(briefing, slot.localDate, ref.ref), articleId });
}

/** The bot is no longer in the server or workspace: every subscription there is paused, not only this one. */
export async function pauseWorkspace(
  deps: DeliverDeps,
  slot: SlotIdentity,
  workspaceId: string,
  reason: string,
) {
  const why = `the bot is no longer in this ${slot.platform === 'discord' ? 'server' : 'workspace'} (${reason})`;
  try {
    const paused = await deps.store.pauseWorkspace(slot.platform, workspaceId, why, deps.now());
    deps.logger.warn(
      { platform: slot.platform, workspace: workspaceId, paused, reason },
      'briefing: workspace gone; its subscriptions are paused',
    );
  } catch (error) {
    deps.logger.error(
      { err: error, workspace: workspaceId },
      'briefing: could not pause the subscriptions of a workspace that is gone',
    );
  }
}

export function settled(outcome: Outcome): Decision {
  return { outcome, attempts: 0 };
}

/**
 * After taking over a crashed claim: the outcome when the channel settles it (the post is there, or
 * the channel cannot be read so it is not re-sent), null when the post is not there.
 */
export async function checkAfterCrash(
  deps: DeliverDeps,
  sender: BriefingSender,
  slot: SlotIdentity,
  ref: SlotRef,
): Promise<Outcome | null> {
  const found = await confirmPosted({ alreadySent: () => sender.alreadySent(slot.channelId, ref), ...deps });
  if (found === true) {
    return { status: 'sent', reason: 'found in the channel after an earlier claim crashed; not re-sent' };
  }
  if (found === 'unknown') {
    return {
      status: 'failed',
      reason:
        'an earlier claim crashed and the channel could not be checked; not re-sent to avoid a double post',
    };
  }
  return null;
}

/** Retry inputs of every post of a slot: renew the claim (noting `note`) before each attempt, stop at the slot's window. */
export function retryDeps(
  deps: DeliverDeps,
  slot: SlotIdentity,
  note: AttemptNote,
): Omit<SendDeps, 'send' | 'alreadySent'> {
  const started = deps.now().getTime();
  return {
    beginAttempt: async () => {
      if (deps.signal?.aborted) return false;
      const until = new Date(deps.now().getTime() + deps.leaseMs);
      if (!(await deps.store.renewLease(slot.key, deps.owner, until, note))) return false;
      // A run started ahead of its minute has claimed and noted the attempt already: nothing is
      // posted before the slot's time.
      const early = slot.scheduledAt.getTime() - deps.now().getTime();
      if (early > 0) await deps.sleep(early);
      return !deps.signal?.aborted;
    },
    sleep: deps.sleep,
    now: deps.now,
    deadline: Math.max(slot.scheduledAt.getTime() + deps.graceMs, started + 5 * 60_000),
    policy: deps.policy,
    onRetry: (info) =>
      deps.logger.info(
        { slot: slot.key, platform: slot.platform, channel: slot.channelId, ...info },
        'briefing retry',
      ),
  };
}

/** Sends the briefing with retries within the slot's window, renewing the claim before each attempt. */
export async function send(
  deps: DeliverDeps,
  sender: BriefingSender,
  slot: SlotIdentity,
  ref: SlotRef,
  { reply, articleId, digest }: { reply: Reply; articleId: string; digest?: DigestRecord },
): Promise<Decision> {
  const result = await sendWithRetry({
    ...retryDeps(deps, slot, { article: articleId, ...(digest ? { digest } : {}) }),
    send: () => sender.send(slot.channelId, reply, ref, deps.signal),
    alreadySent: () => sender.alreadySent(slot.channelId, ref),
  });
  switch (result.status) {
    case 'lost':
    case 'stopped':
      return { outcome: null, attempts: result.attempts };
    case 'sent':
      return {
        outcome: { status: 'sent', messageId: result.messageId, reason: result.reason },
        attempts: result.attempts,
      };
    case 'gone':
      if (result.workspaceGone && ref.workspaceId)
        await pauseWorkspace(deps, slot, ref.workspaceId, result.reason);
      return { outcome: { status: result.status, reason: result.reason }, attempts: result.attempts };
    default:
      return { outcome: { status: result.status, reason: result.reason }, attempts: result.attempts };
  }
}
