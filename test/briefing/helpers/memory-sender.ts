// An in-process BriefingSender for job tests: it keeps each channel's posts and can be told to
// fail the way platforms do (429 with a wait, 5xx, a gone channel, a post whose answer is lost).

import { type BriefingSender, DeliveryError, type SlotRef } from '../../../src/briefing/sender.ts';
import type { Reply } from '../../../src/core/reply.ts';
import type { BriefingPlatform } from '../../../src/storage/store.ts';

/** One post that reached a channel. */
export interface MemoryPost {
  channelId: string;
  reply: Reply;
  slot: SlotRef;
}

/** A scripted failure for the next send to a channel. */
export type Fault =
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'transient' }
  | { kind: 'posted-but-lost' }
  | { kind: 'permanent' };

/** A sender whose channels live in memory. */
export class MemorySender implements BriefingSender {
  readonly posts: MemoryPost[] = [];
  readonly attempts: string[] = [];
  readonly checks: string[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private readonly gone = new Map<string, string>();

  constructor(readonly platform: BriefingPlatform = 'discord') {}

  /** Queues failures for the next sends to a channel. */
  fail(channelId: string, ...faults: Fault[]): this {
    this.faults.set(channelId, [...(this.faults.get(channelId) ?? []), ...faults]);
    return this;
  }

  /** Makes a channel refuse every post as gone/forbidden. */
  remove(channelId: string, reason = 'Unknown Channel (10003)'): this {
    this.gone.set(channelId, reason);
    return this;
  }

  /** Posts made to one channel. */
  postsTo(channelId: string): MemoryPost[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }

  async send(channelId: string, reply: Reply, slot: SlotRef): Promise<string> {
    this.attempts.push(channelId);
    const gone = this.gone.get(channelId);
    if (gone) throw new DeliveryError('gone', gone);
    const fault = this.faults.get(channelId)?.shift();
    if (fault?.kind === 'rate-limited')
      throw new DeliveryError('rate-limited', 'rate limited', fault.retryAfterMs);
    if (fault?.kind === 'transient') throw new DeliveryError('transient', 'HTTP 503');
    if (fault?.kind === 'permanent') throw new DeliveryError('permanent', 'Invalid Form Body (50035)');
    this.posts.push({ channelId, reply, slot });
    if (fault?.kind === 'posted-but-lost') throw new DeliveryError('transient', 'no answer within 30000 ms');
    return `m${this.posts.length}`;
  }

  async alreadySent(channelId: string, slot: SlotRef): Promise<boolean> {
    this.checks.push(channelId);
    const gone = this.gone.get(channelId);
    if (gone) throw new DeliveryError('gone', gone);
    return this.posts.some((p) => p.channelId === channelId && p.slot.key === slot.key);
  }
}
