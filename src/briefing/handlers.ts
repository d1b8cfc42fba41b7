// /summit brief, subscribe, unsubscribe and status: preview the briefing, manage this channel's
// schedule (managers only, checked here as well as by the door), and explain its last delivery.
import type { AnalyzedArticle } from '../core/article.ts';
import type { Handler } from '../core/context.ts';
import { errorReply } from '../core/handlers/error-reply.ts';
import { resolveArticle } from '../core/handlers/pick-article.ts';
import type { Reply } from '../core/reply.ts';
import { memoReply } from '../core/reply-cache.ts';
import { formatTime, parseTime } from './clock.ts';
import { buildBriefing } from './compose.ts';
import { describeLocalAndUtc, notConnectedText, scheduleText, statusReply } from './status-reply.ts';
import { canonicalTimeZone } from './timezones.ts';

const notRunning = (): Reply =>
  errorReply('The daily briefing is off', [
    'The briefing scheduler is not running in this bot. It starts a moment after the bot connects;',
    'if this lasts, its database could not be opened: ask the bot admin to check the logs and DATA_DIR.',
  ]);

const notAllowed = (platform: string): Reply =>
  errorReply('Not allowed', [
    'Only people who can manage this channel may change its daily briefing.',
    platform === 'discord'
      ? 'On Discord that is the Manage Channels permission.'
      : 'On Slack that is workspace admins and owners, or users listed in SLACK_BRIEFING_ADMINS.',
  ]);

/** Answers /summit brief: the briefing as it would be posted now, for the asker only. */
export const briefHandler: Handler = async (req, ctx) => {
  const { article, reply } = resolveArticle(req.options, ctx);
  if (!article) return reply;
  const isNew = ctx.briefing
    ? await ctx.briefing.isNew(req.where.platform, req.where.channelId, article)
    : false;
  return memoReply(article, `brief\u0000${isNew}`, () => previewOf(article, isNew));
};

/** The briefing as a preview: the briefing itself with a note on how to subscribe in its footer. */
function previewOf(article: AnalyzedArticle, isNew: boolean): Reply {
  const briefing = buildBriefing(article, { isNew });
  const note = 'Preview of the daily briefing. Managers can post it here every day with /summit subscribe.';
  return { ...briefing, footer: briefing.footer ? `${briefing.footer} · ${note}` : note };
}

/** Answers /summit subscribe [time] [timezone] [mode]. */
export const subscribeHandler: Handler = async (req, ctx) => {
  const service = ctx.briefing;
  if (!service) return notRunning();
  if (!req.who.canManage) return notAllowed(req.who.platform);
  const rawTime =
    typeof req.options.time === 'string' && req.options.time.trim()
      ? req.options.time
      : service.defaults.time;
  const minutes = parseTime(rawTime);
  if (minutes === null) {
    return errorReply('That time does not work', [
      `'${rawTime}' is not a time. Use 24-hour HH:MM, e.g. 08:00 or 18:30.`,
    ]);
  }
  const rawZone =
    typeof req.options.timezone === 'string' && req.options.timezone.trim()
      ? req.options.timezone
      : service.defaults.timezone;
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
  const { subscription, nextRun, connected } = await service.subscribe({
    platform: req.where.platform,
    channelId: req.where.channelId,
    workspaceId: req.where.workspaceId,
    userId: req.who.userId,
    time,
    timezone,
    mode,
  });
  return {
    tone: 'success',
    title: 'Daily briefing on',
    blocks: [
      { kind: 'text', text: `This channel gets the briefing ${scheduleText(time, timezone, mode)}.` },
      { kind: 'text', text: `Next: ${describeLocalAndUtc(nextRun, timezone)}.` },
      ...(connected ? [] : [{ kind: 'text' as const, text: notConnectedText(subscription.platform) }]),
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
    return {
      tone: 'info',
      title: 'No daily briefing here',
      blocks: [{ kind: 'text', text: 'This channel was not subscribed; nothing changed.' }],
    };
  }
  return {
    tone: 'success',
    title: 'Daily briefing off',
    blocks: [
      {
        kind: 'text',
        text: 'This channel will no longer get the daily briefing. Subscribe again any time with /summit subscribe.',
      },
    ],
  };
};

/** Answers /summit status. */
export const statusHandler: Handler = async (req, ctx) => {
  const service = ctx.briefing;
  if (!service) return notRunning();
  return statusReply(await service.status(req.where.platform, req.where.channelId));
};
