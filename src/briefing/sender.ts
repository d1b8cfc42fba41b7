// The seam between delivery and a platform: post a briefing for a slot, and tell whether a
// slot's briefing is already in the channel (the check that keeps a crash from double-posting).
import type { Reply } from '../core/reply.ts';
import type { BriefingPlatform } from '../storage/store.ts';

/** What a sender needs to know about the slot it posts for. */
export interface SlotRef {
  /** The slot key, `${subscriptionId}@${localDate}`. */
  key: string;
  /** Short marker printed in the briefing's footer and searched for in the channel. */
  ref: string;
  /** Discord nonce derived from the key (at most 25 characters). */
  nonce: string;
  /** When the slot was due: nothing older needs to be searched. */
  scheduledAt: Date;
  /** The subscription's workspace (Slack team or org, Discord guild): whose token posts it. */
  workspaceId?: string | null;
}

/** What kind of failure a send or check met, which decides what delivery does next. */
export type FailureKind = 'rate-limited' | 'transient' | 'gone' | 'permanent' | 'stopped';

/** A classified platform failure. Senders throw only these. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  /**
   * @param kind rate-limited: wait and retry; transient: back off and retry (may have posted);
   *   gone: the channel is gone or forbids posting; permanent: retrying cannot help; stopped:
   *   shutting down, nothing was posted.
   * @param reason one line for logs and /summit status.
   * @param retryAfterMs how long the platform asked us to wait (rate-limited only).
   */
  constructor(
    readonly kind: FailureKind,
    readonly reason: string,
    readonly retryAfterMs?: number,
    /** 'workspace' (gone only): the bot is no longer in the whole server or workspace, not just this channel. */
    readonly scope?: 'workspace',
  ) {
    super(reason);
  }
}

/** Posts briefings to one platform. */
export interface BriefingSender {
  /** The platform it posts to. */
  readonly platform: BriefingPlatform;
  /**
   * Posts the reply; resolves with the message id. Throws DeliveryError ('stopped' when `signal`
   * aborted before the first message left: nothing was posted).
   */
  send(channelId: string, reply: Reply, slot: SlotRef, signal?: AbortSignal): Promise<string>;
  /** True when this slot's briefing is already in the channel. Throws DeliveryError when it cannot tell. */
  alreadySent(channelId: string, slot: SlotRef): Promise<boolean>;
  /** Part-by-part posting for digests of several messages or threads; without it, parts go out through `send`. */
  readonly parts?: PartSender;
  /**
   * A fan-out is about to post to these workspaces (one entry per slot, in the order the posts start)
   * from `from` on: reserve their first turns in the platform's shared budget now, while the claims
   * are on their way, so the first posts do not wait for that round trip.
   */
  reserveAhead?(workspaceIds: ReadonlyArray<string | null | undefined>, from: Date): void;
}

/** One part of a multi-part digest. */
export interface PartRef extends SlotRef {
  /** 0-based part number; in a thread digest part 0 is the post the thread hangs from. */
  index: number;
  /** Parts in the digest. */
  count: number;
  /** The marker printed in the part's footer and searched for ("ref abc · 2/5"). */
  marker: string;
}

/** Posting a digest part by part, each findable on its own, so a restart posts only what is missing. */
export interface PartSender {
  /** True when the reply goes out as a single message here (footer included). */
  fits(reply: Reply): boolean;
  /** Posts a part in the channel, or (with `thread`, the root part's message id) in that post's thread. Resolves with the message id. Throws DeliveryError. */
  post(channelId: string, reply: Reply, part: PartRef, thread: string | null): Promise<string>;
  /** The message id of that part when it is already there, else null. Throws DeliveryError when it cannot tell. */
  find(channelId: string, part: PartRef, thread: string | null): Promise<string | null>;
  /** Opens the thread under the root post (a Discord thread; nothing to do on Slack). Safe to repeat. */
  openThread(channelId: string, rootId: string, name: string): Promise<void>;
}

/** Senders by platform; a platform without a sender is not served by this process. */
export type Senders = Partial<Record<BriefingPlatform, BriefingSender>>;

/** Runs platform calls so that whatever they throw arrives as the DeliveryError `classify` makes of it. */
export function callsClassifiedBy(
  classify: (error: unknown) => DeliveryError,
): <T>(fn: () => Promise<T>) => Promise<T> {
  return async (fn) => {
    try {
      return await fn();
    } catch (error) {
      throw classify(error);
    }
  };
}
