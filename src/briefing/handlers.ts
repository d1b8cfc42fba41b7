// /summit brief, subscribe, unsubscribe and status: preview the briefing, manage this channel's
// schedule (managers only, checked here as well as by the door), and explain its last delivery.
import type { Handler } from '../core/context.ts';
import { errorReply, resolveArticle } from '../core/handlers/common.ts';
import type { Reply } from '../core/reply.ts';
import type { Delivery } from '../storage/store.ts';
import { describeInstant, formatTime, parseTime } from './clock.ts';
import { buildBriefing } from './compose.ts';
import type { BriefingService, ChannelStatus } from './service.ts';
import { canonicalTimeZone } from './timezones.ts';

const notRunning = (): Reply =>
  errorReply('The daily briefing is off', [
    'The briefing scheduler is not running in this bot (its database could not be opened).',
    'Ask the bot admin to check the logs and DATA_DIR.',
  ]);

const notAllowed = (platform: string): Reply =>
  errorReply('Not allowed', [
    'Only people who can manage this channel may change its daily briefing.',
    platform === 'discord'
      ? 'On Discord that is the Manage Channels permission.'
      : 'On Slack that is workspace admins and owners, or users listed in SLACK_BRIEFING_ADMINS.',
  ]);

/** "08:00 Europe/London (08:00 UTC)" style: a moment in the channel's zone and in UTC. */
function both(at: Date, timeZone: string): string {
  const utc = `${at.toISOString().slice(11, 16)} UTC`;
  return timeZone === 'UTC' ? describeInstant(at, 'UTC') : `${describeInstant(at, timeZone)} (${utc})`;
}

/** Answers /summit brief: the briefing as it would be posted now, for the asker only. */
export const briefHandler: Handler = async (req, ctx) => {
  const { article, reply } = resolveArticle(req.options, ctx);
  if (!article) return reply;
  const isNew = ctx.briefing ? await ctx.briefing.isNew(req.where.platform, req.where.channelId, article) : false;
  const briefing = buildBriefing(article, { isNew });
  const note = 'Preview of the daily briefing. Managers can post it here every day with /summit subscribe.';
  return { ...briefing, footer: briefing.footer ? `${briefing.footer} · ${note}` : note };
};

/** Answers /summit subscribe [time] [timezone] [mode]. */
export const subscribeHandler: Handler = async (req, ctx) => {
  const service = ctx.briefing;
  if (!service) return notRunning();
  if (!req.who.canManage) return notAllowed(req.who.platform);
  const rawTime = typeof req.options.time === 'string' && req.options.time.trim() ? req.options.time : service.defaults.time;
  const minutes = parseTime(rawTime);
  if (minutes === null) {
    return errorReply('That time does not work', [`'${rawTime}' is not a time. Use 24-hour HH:MM, e.g. 08:00 or 18:30.`]);
  }
  const rawZone = typeof req.options.timezone === 'string' && req.options.timezone.trim() ? req.options.timezone : service.defaults.timezone;
  const timezone = canonicalTimeZone(rawZone);
  if (!timezone) {
    return errorReply('Unknown time zone', [
      `'${rawZone}' is not an IANA time zone name.`,
      'Use a name such as Europe/London, America/New_York, Asia/Seoul or UTC (start typing for suggestions), e.g. /summit subscribe time:08:00 timezone:Europe/London.',
    ]);
  }
  const mode = req.options.mode === undefined || req.options.mode === '' ? 'daily' : req.options.mode;
  if (mode !== 'daily' && mode !== 'new-only') {
    return errorReply('Unknown mode', [`'${String(mode)}' is not a mode. Use daily or new-only.`]);
  }
  const time = formatTime(minutes);
  const { subscription, nextRun } = await service.subscribe({
    platform: req.where.platform,
    channelId: req.where.channelId,
    workspaceId: req.where.workspaceId,
    userId: req.who.userId,
    time,
    timezone,
    mode,
  });
  const status = await service.status(subscription.platform, subscription.channelId);
  return {
    tone: 'success',
    title: 'Daily briefing on',
    blocks: [
      { kind: 'text', text: `This channel gets the briefing ${scheduleText(time, timezone, mode)}.` },
      { kind: 'text', text: `Next: ${both(nextRun, timezone)}.` },
      ...(status.connected ? [] : [{ kind: 'text' as const, text: notConnectedText(subscription.platform) }]),
    ],
  };
};

/** Answers /summit unsubscribe. */
export const unsubscribeHandler: Handler = async (req, ctx) => {
  const service = ctx.briefing;
  if (!service) return notRunning();
  if (!req.who.canManage) return notAllowed(req.who.platform);
  const ended = await service.unsubscribe(req.where.platform, req.where.channelId, req.who.userId);
  if (!ended) {
    return { tone: 'info', title: 'No daily briefing here', blocks: [{ kind: 'text', text: 'This channel was not subscribed; nothing changed.' }] };
  }
  return {
    tone: 'success',
    title: 'Daily briefing off',
    blocks: [{ kind: 'text', text: 'This channel will no longer get the daily briefing. Subscribe again any time with /summit subscribe.' }],
  };
};

/** Answers /summit status. */
export const statusHandler: Handler = async (req, ctx) => {
  const service = ctx.briefing;
  if (!service) return notRunning();
  return statusReply(await service.status(req.where.platform, req.where.channelId));
};

/** The status of a channel as a reply. */
export function statusReply(status: ChannelStatus): Reply {
  const sub = status.subscription;
  if (!sub || sub.state === 'unsubscribed') {
    const last = status.lastDelivery ? [{ name: 'Last delivery', value: deliveryText(status.lastDelivery, sub?.timezone ?? 'UTC') }] : [];
    return {
      tone: 'info',
      title: 'Daily briefing: off',
      blocks: [
        { kind: 'text', text: 'This channel is not subscribed. A channel manager can turn it on with /summit subscribe.' },
        ...(last.length > 0 ? [{ kind: 'fields' as const, fields: last }] : []),
      ],
    };
  }
  const fields = [
    { name: 'Schedule', value: `${scheduleText(sub.time, sub.timezone, sub.mode)}` },
    { name: 'Next run', value: status.nextRun ? both(status.nextRun, sub.timezone) : 'none while paused' },
    { name: 'Last delivery', value: status.lastDelivery ? deliveryText(status.lastDelivery, sub.timezone) : 'none yet' },
  ];
  const blocks: Reply['blocks'] = [{ kind: 'fields', fields }];
  if (sub.state === 'paused') {
    blocks.unshift({
      kind: 'text',
      text: `Paused: ${sub.pausedReason ?? 'after repeated failures'}. Fix the channel or the bot's access, then run /summit subscribe again.`,
    });
  }
  if (!status.connected) blocks.push({ kind: 'text', text: notConnectedText(sub.platform) });
  return { tone: sub.state === 'paused' ? 'error' : 'info', title: `Daily briefing: ${sub.state === 'paused' ? 'paused' : 'on'}`, blocks };
}

function scheduleText(time: string, timezone: string, mode: string): string {
  return mode === 'new-only'
    ? `at ${time} (${timezone}) on days with a new article`
    : `every day at ${time} (${timezone})`;
}

function notConnectedText(platform: string): string {
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
