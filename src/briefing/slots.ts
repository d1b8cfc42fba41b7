// Which slots a subscription owes at a given instant: one per local date, due at the local
// HH:MM in its time zone, posted when due within the catch-up window and recorded as missed after.
import { createHash } from 'node:crypto';
import type { SlotIdentity, Subscription } from '../storage/store.ts';
import type { SlotRef } from './sender.ts';
import { addDays, localDateOf, zonedInstant } from './zoned-time.ts';

/** A slot owed at the moment of a run. */
export interface OwedSlot {
  slot: SlotIdentity;
  /** True when it is past the catch-up window: record as missed, do not post. */
  late: boolean;
}

/** Why a late slot was not posted (its recorded reason). */
export const missedReason = 'not delivered within the catch-up window';

/** Shortest grace for a slot, whatever BRIEFING_CATCHUP_HOURS says: a run takes a moment. */
export const minimumGraceMs = 2 * 60_000;

/** How many past local dates are checked for missed slots. */
export const missedLookbackDays = 7;

/** The key of a (subscription, local date) slot. */
export function slotKeyOf(subscriptionId: string, localDate: string): string {
  return `${subscriptionId}@${localDate}`;
}

/** The slot of a subscription on a local date. */
export function slotOn(sub: Subscription, localDate: string): SlotIdentity {
  return {
    key: slotKeyOf(sub.id, localDate),
    subscriptionId: sub.id,
    platform: sub.platform,
    channelId: sub.channelId,
    localDate,
    scheduledAt: zonedInstant(localDate, sub.time, sub.timezone),
  };
}

/** Grace window in ms for BRIEFING_CATCHUP_HOURS. */
export function graceMsOf(catchupHours: number): number {
  return Math.max(catchupHours * 3_600_000, minimumGraceMs);
}

/**
 * Slots that have come due by `now` since the subscription became active, newest first:
 * within `graceMs` of their time they are to be posted, older ones are late (missed).
 */
export function owedSlots(sub: Subscription, now: Date, graceMs: number): OwedSlot[] {
  const today = localDateOf(now, sub.timezone);
  const lookback = Math.max(missedLookbackDays, Math.ceil(graceMs / 86_400_000) + 1);
  const owed: OwedSlot[] = [];
  for (let back = 0; back <= lookback; back++) {
    const slot = slotOn(sub, addDays(today, -back));
    const at = slot.scheduledAt.getTime();
    // Earlier dates only go further back: none of them can be after the subscription began.
    if (at < sub.activeSince.getTime()) break;
    if (at > now.getTime()) continue;
    owed.push({ slot, late: now.getTime() - at > graceMs });
  }
  return owed;
}

/** The next instant this subscription will post, skipping local dates already recorded. */
export function nextRunOf(
  sub: Subscription,
  now: Date,
  recordedDates: ReadonlySet<string> = new Set(),
): Date {
  const today = localDateOf(now, sub.timezone);
  for (let ahead = 0; ; ahead++) {
    const date = addDays(today, ahead);
    const at = zonedInstant(date, sub.time, sub.timezone);
    if (at.getTime() > now.getTime() && at >= sub.activeSince && !recordedDates.has(date)) return at;
  }
}

/** The marker, nonce and due time a sender gets for a slot. */
export function slotRefOf(slot: SlotIdentity): SlotRef {
  const hash = createHash('sha256').update(slot.key).digest('hex');
  return {
    key: slot.key,
    ref: hash.slice(0, 10),
    nonce: `sb${hash.slice(0, 23)}`,
    scheduledAt: slot.scheduledAt,
  };
}

/** The id of an article version, as remembered per channel. */
export function articleIdOf(slug: string, version: string): string {
  return `${slug}@${version}`;
}
