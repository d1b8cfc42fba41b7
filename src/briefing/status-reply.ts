// /summit status as a reply: the channel's schedule and digest filter, the next run in its local time and in UTC,
// the last delivery with its outcome, and why it did not post or why the subscription is paused.
import type { Reply } from '../core/reply.ts';
import type { Delivery, DigestFilter } from '../storage/store.ts';
import type { ChannelStatus } from './service.ts';
import { describeInstant } from './zoned-time.ts';

/** "08:00 Europe/London (08:00 UTC)" style: a moment in the channel's zone and in UTC. */
export function describeLocalAndUtc(at: Date, timeZone: string): string {
  const utc = `${at.toISOString().slice(11, 16)} UTC`;
  return timeZone === 'UTC' ? describeInstant(at, 'UTC') : `${describeInstant(at, timeZone)} (${utc})`;
}

/** The status of a channel as a reply. */
export function statusReply(status: ChannelStatus): Reply {
  const sub = status.subscription;
  if (!sub || sub.state === 'unsubscribed') {
    const last = status.lastDelivery
      ? [{ name: 'Last delivery', value: deliveryText(status.lastDelivery, sub?.timezone ?? 'UTC') }]
      : [];
    return {
      tone: 'info',
      title: 'Daily briefing: off',
      blocks: [
        {
          kind: 'text',
          text: 'This channel is not subscribed. A channel manager can turn it on with /summit subscribe.',
        },
        ...(last.length > 0 ? [{ kind: 'fields' as const, fields: last }] : []),
      ],
    };
  }
  const fields = [
    { name: 'Schedule', value: `${scheduleText(sub.time, sub.timezone, sub.mode)}` },
    { name: 'Stories', value: filterText(sub.filter) },
    {
      name: 'Next run',
      value: status.nextRun ? describeLocalAndUtc(status.nextRun, sub.timezone) : 'none while paused',
    },
    {
      name: 'Last delivery',
      value: status.lastDelivery ? deliveryText(status.lastDelivery, sub.timezone) : 'none yet',
    },
  ];
  const blocks: Reply['blocks'] = [{ kind: 'fields', fields }];
  if (sub.state === 'paused') {
    blocks.unshift({
      kind: 'text',
      text: `Paused: ${sub.pausedReason ?? 'after repeated failures'}. Fix the channel or the bot's access, then run /summit subscribe again.`,
    });
  }
  if (!status.connected) blocks.push({ kind: 'text', text: notConnectedText(sub.platform) });
  return {
    tone: sub.state === 'paused' ? 'error' : 'info',
    title: `Daily briefing: ${sub.state === 'paused' ? 'paused' : 'on'}`,
    blocks,
  };
}

/** "every day at 08:00 (Europe/London)", or the new-only wording. */
export function scheduleText(time: string, timezone: string, mode: string): string {
  return mode === 'new-only'
    ? `at ${time} (${timezone}) on days with a new article`
    : `every day at ${time} (${timezone})`;
}

/** "up to 5 in full; topic 'currency swap'; feed Yonhap; in a thread", or "up to 5 in full, every story". */
export function filterText(filter: DigestFilter): string {
  const parts = [`up to ${filter.stories} in full`];
  if (filter.topic) parts.push(`topic '${filter.topic}'`);
  if (filter.feed) parts.push(`feed ${filter.feed}`);
  if (!filter.topic && !filter.feed) parts.push('every story');
  if (filter.thread) parts.push('each in the thread of a short post');
  return parts.join('; ');
}

/** The note for a channel on a platform this process does not post to. */
export function notConnectedText(platform: string): string {
  return `Note: this bot is not connected to ${platform} right now, so nothing is posted here until it is.`;
}

const outcomeText: Record<Delivery['status'], string> = {
  claimed: 'being posted now',
  sent: 'posted',
  skipped: 'not posted (skipped)',
  missed: 'not posted (missed)',
  failed: 'not posted (failed)',
  gone: 'not posted (channel unavailable)',
};

function deliveryText(d: Delivery, timeZone: string): string {
  const reason = d.reason && d.status !== 'sent' ? `: ${d.reason}` : '';
  return `${describeInstant(d.scheduledAt, timeZone)}, ${outcomeText[d.status]}${reason}`;
}
