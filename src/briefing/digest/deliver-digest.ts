// Posting a slot's digest exactly once, part by part: the digest is noted on the claim with each
// send attempt, so before anything is sent, every posted part goes into a ledger, and a successor after a crash posts only
// the parts the ledger lacks (checking the channel or thread for the first of them), into the same thread.
import type { Reply } from '../../core/reply.ts';
import type { DigestRecord, Subscription } from '../../storage/store.ts';
import { dayOf, markForSlot, partMarker } from '../compose.ts';
import type { DeliverDeps, DueSlot } from '../deliver.ts';
import { checkAfterCrash, type Decision, pauseWorkspace, retryDeps, send, settled } from '../post-slot.ts';
import { confirmPosted, sendWithRetry } from '../retry.ts';
import type { BriefingSender, PartRef, PartSender, SlotRef } from '../sender.ts';
import { missedReason, slotRefOf } from '../slots.ts';
import type { Digest } from './compose-digest.ts';
import { layoutMessages, layoutThread, threadName } from './layout.ts';
import type { DigestRun } from './plan.ts';
import { planDigest } from './plan.ts';

/** The messages of `digest` for this sender and subscription (laid out once per run and layout). */
export function partsFor(run: DigestRun, digest: Digest, sender: BriefingSender, sub: Subscription): Reply[] {
  const thread = sub.filter.thread;
  const parts = sender.parts;
  return run.layout(digest, `${sender.platform}\u0000${thread}`, () =>
    thread ? layoutThread(digest) : layoutMessages(digest, parts ? (r) => parts.fits(r) : () => true),
  );
}

/** Decides a claimed slot by posting its digest (the archive path of post-slot's decide). */
export async function decideDigest(
  deps: DeliverDeps,
  run: DigestRun,
  due: DueSlot,
  takeover: boolean,
  sender: BriefingSender,
): Promise<Decision> {
  const { slot, sub } = due;
  const ref = { ...slotRefOf(slot), workspaceId: due.sub.workspaceId };
  const earlier = takeover
    ? ((await deps.store.findDeliveries([slot.key])).get(slot.key)?.digest ?? null)
    : null;
  if (due.late) {
    const posted = takeover ? await deps.store.listPostedParts(slot.key) : [];
    if (posted.length > 0) {
      const reason = `a crash cut this digest short (${posted.length} part(s) recorded as posted); the rest is past the catch-up window and was not posted`;
      return settled({ status: 'failed', reason });
    }
    const checked = takeover ? await checkAfterCrash(deps, sender, slot, ref) : null;
    return settled(checked ?? { status: 'missed', reason: missedReason });
  }
  const plan = await planDigest(run, sub, earlier);
  if (!plan.post) return settled({ status: 'skipped', reason: plan.reason });
  const parts = partsFor(run, plan.digest, sender, sub);
  const multi = parts.length > 1 && sender.parts;
  if (takeover && !multi) {
    const checked = await checkAfterCrash(deps, sender, slot, ref);
    if (checked) return settled(checked);
  }
  const [only] = parts;
  if (parts.length === 1 && only) {
    return send(deps, sender, slot, ref, {
      reply: markForSlot(only, slot.localDate, ref.ref),
      articleId: plan.article,
      digest: plan.record,
    });
  }
  if (!sender.parts) return sendEach(deps, sender, due, ref, parts, plan.article, plan.record);
  const name = threadName(plan.digest, dayOf(slot.localDate));
  return sendParts(deps, sender.parts, due, ref, parts, {
    article: plan.article,
    digest: plan.record,
    thread: sub.filter.thread,
    name,
    takeover,
  });
}

/** Without part-by-part posting (the console): every part through the sender's send, in order. */
async function sendEach(
  deps: DeliverDeps,
  sender: BriefingSender,
  due: DueSlot,
  ref: SlotRef,
  parts: Reply[],
  articleId: string,
  digest: DigestRecord,
): Promise<Decision> {
  let first: Decision | null = null;
  let attempts = 0;
  for (const [index, reply] of parts.entries()) {
    const marked = markForSlot(reply, due.slot.localDate, ref.ref, { index, count: parts.length });
    const decision = await send(deps, sender, due.slot, ref, { reply: marked, articleId, digest });
    attempts += decision.attempts;
    if (decision.outcome?.status !== 'sent') return { ...decision, attempts };
    first ??= decision;
  }
  return { outcome: first?.outcome ?? null, attempts };
}

interface PartsPlan {
  article: string;
  digest: DigestRecord;
  thread: boolean;
  /** The thread's name. */
  name: string;
  /** Taken over from a crashed owner: the first part the ledger lacks may be there already. */
  takeover: boolean;
}

/** Posts the parts the ledger lacks, in order, each recorded as soon as the platform accepted it. */
async function sendParts(
  deps: DeliverDeps,
  sender: PartSender,
  due: DueSlot,
  ref: SlotRef,
  parts: Reply[],
  plan: PartsPlan,
): Promise<Decision> {
  const { slot } = due;
  const count = parts.length;
  const posted = new Map((await deps.store.listPostedParts(slot.key)).map((p) => [p.part, p.messageId]));
  let root = posted.get(0) ?? null;
  let attempts = 0;
  let checkFirst = plan.takeover;
  let threadOpened = false;
  const shared = retryDeps(deps, slot, { article: plan.article, digest: plan.digest });
  const fail = (reason: string): Decision => ({ outcome: { status: 'failed', reason }, attempts });
  for (const [index, reply] of parts.entries()) {
    if (posted.has(index)) continue;
    const part: PartRef = { ...ref, index, count, marker: `ref ${partMarker(ref.ref, { index, count })}` };
    const thread = plan.thread && index > 0 ? root : null;
    if (plan.thread && index > 0 && !thread) return fail('the thread’s first post has no message id');
    const seen = { id: null as string | null };
    const find = async () => {
      seen.id = await sender.find(slot.channelId, part, thread);
      return seen.id !== null;
    };
    let messageId: string | null = null;
    if (checkFirst) {
      checkFirst = false;
      const there = await confirmPosted({ alreadySent: find, sleep: deps.sleep, policy: deps.policy });
      if (there === 'unknown')
        return fail(
          `part ${index + 1} of ${count} may have been posted before a crash and could not be checked; not re-sent`,
        );
      if (there) messageId = seen.id;
    }
    if (!messageId) {
      const body = markForSlot(reply, slot.localDate, ref.ref, { index, count });
      const result = await sendWithRetry({
        ...shared,
        send: async () => {
          if (thread && !threadOpened) {
            await sender.openThread(slot.channelId, thread, plan.name);
            threadOpened = true;
          }
          return sender.post(slot.channelId, body, part, thread);
        },
        alreadySent: find,
      });
      attempts += result.attempts;
      if (result.status === 'gone' || result.status === 'failed') {
        // Removed from the whole server or workspace: pause every subscription there, as a single post does.
        if (result.status === 'gone' && result.workspaceGone && ref.workspaceId)
          await pauseWorkspace(deps, slot, ref.workspaceId, result.reason);
        return {
          outcome: { status: result.status, reason: `part ${index + 1} of ${count}: ${result.reason}` },
          attempts,
        };
      }
      // Lost the claim, or stopped (shutting down) before this part left: the slot is left to its next holder.
      if (result.status !== 'sent') return { outcome: null, attempts };
      messageId = result.messageId || seen.id;
    }
    if (!messageId) return fail(`part ${index + 1} of ${count} was posted but its message id is unknown`);
    await deps.store.recordPostedPart(slot.key, { part: index, messageId }, deps.now());
    if (index === 0) root = messageId;
  }
  return { outcome: { status: 'sent', messageId: root, reason: null }, attempts };
}
