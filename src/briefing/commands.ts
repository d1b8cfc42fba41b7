// /summit brief, subscribe, unsubscribe and status: preview the briefing, manage this channel's
// schedule (managers only, checked here as well as by the core), and explain its last delivery.
// The composition root hands these handlers and the `timezones` completer to the core.
import type { AnalyzedArticle } from '../core/article.ts';
import type { CommandCompleters, CommandHandlers } from '../core/content-commands.ts';
import type { Handler } from '../core/context.ts';
import { errorReply, notAllowedReply } from '../core/handlers/error-reply.ts';
import { resolveArticle } from '../core/handlers/pick-article.ts';
import type { Reply } from '../core/reply.ts';
import { memoReply } from '../core/reply-cache.ts';
import type { CommandRequest } from '../core/request.ts';
import { type BriefingMode, type DigestFilter, maxDigestStories } from '../storage/store.ts';
import { buildBriefing } from './compose.ts';
import type { BriefingPort } from './port.ts';
import type { BriefingService } from './service.ts';
import {
  describeLocalAndUtc,
  filterText,
  notConnectedText,
  scheduleText,
  statusReply,
} from './status-reply.ts';
import { canonicalTimeZone, timezoneCompleter } from './timezones.ts';
import { formatTime, parseTime } from './zoned-time.ts';

const notRunning = (): Reply =>
  errorReply('The daily briefing is off', [
    'The briefing scheduler is not running in this bot. It starts a moment after the bot connects;',
    'if this lasts, its database could not be opened: ask the bot admin to check the logs and DATA_DIR.',
  ]);

const notAllowed = (req: CommandRequest): Reply =>
  notAllowedReply('Only people who can manage this channel may change its daily briefing.', req);

/** The running service for someone who may manage this channel's briefing, or the reply saying why not. */
function serviceToManage(port: BriefingPort, req: CommandRequest): BriefingService | Reply {
  const service = port.current();
  if (!service) return notRunning();
  return req.who.canManage ? service : notAllowed(req);
}

const isReply = (value: BriefingService | Reply): value is Reply => 'tone' in value;

/** The briefing's subcommands and completion source, answered over the service the port holds. */
export function createBriefingCommands(port: BriefingPort) {
  return {
    handlers: {
      brief: briefHandler(port),
      subscribe: subscribeHandler(port),
      unsubscribe: unsubscribeHandler(port),
      status: statusHandler(port),
    } satisfies Partial<CommandHandlers>,
    completers: { timezones: timezoneCompleter } satisfies Partial<CommandCompleters>,
  };
}

/** Answers /summit brief: the briefing as it would be posted next (with the archive: the channel's next digest), for the asker only. */
const briefHandler =
  (port: BriefingPort): Handler =>
  async (req, ctx) => {
    const service = port.current();
    const asked = typeof req.options.article === 'string' && req.options.article.trim() !== '';
    const digest = !asked && service ? await service.preview(req.where.platform, req.where.channelId) : null;
    if (digest) return digest;
    const { article, reply } = await resolveArticle(req.options, ctx);
    if (!article) return reply;
    const isNew = service ? await service.isNew(req.where.platform, req.where.channelId, article) : false;
    return memoReply(article, `brief\u0000${isNew}`, () => previewOf(article, isNew));
  };

/** The briefing as a preview: the briefing itself with a note on how to subscribe in its footer. */
function previewOf(article: AnalyzedArticle, isNew: boolean): Reply {
  const briefing = buildBriefing(article, { isNew });
  const note = 'Preview of the daily briefing. Managers can post it here every day with /summit subscribe.';
  return { ...briefing, footer: briefing.footer ? `${briefing.footer} · ${note}` : note };
}

/** Answers /summit subscribe [time] [timezone] [mode] [topic] [feed] [stories] [thread]. */
const subscribeHandler =
  (port: BriefingPort): Handler =>
  async (req) => {
    const service = serviceToManage(port, req);
    if (isReply(service)) return service;
    const chosen = scheduleOf(req.options, service.defaults);
    if ('reply' in chosen) return chosen.reply;
    const { time, timezone, mode } = chosen;
    const filter = filterOf(req.options);
    if ('reply' in filter) return filter.reply;
    const { subscription, nextRun, connected } = await service.subscribe({
      platform: req.where.platform,
      channelId: req.where.channelId,
      workspaceId: req.where.workspaceId,
      userId: req.who.userId,
      time,
      timezone,
      mode,
      filter,
    });
    return {
      tone: 'success',
      title: 'Daily briefing on',
      blocks: [
        { kind: 'text', text: `This channel gets the briefing ${scheduleText(time, timezone, mode)}.` },
        { kind: 'text', text: `Stories: ${filterText(subscription.filter)}.` },
        { kind: 'text', text: `Next: ${describeLocalAndUtc(nextRun, timezone)}.` },
        ...(connected ? [] : [{ kind: 'text' as const, text: notConnectedText(subscription.platform) }]),
      ],
    };
  };

/** The digest filter a subscribe asks for, or the reply saying what is wrong. */
function filterOf(options: CommandRequest['options']): Partial<DigestFilter> | { reply: Reply } {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const stories = options.stories;
  if (
    stories !== undefined &&
    (typeof stories !== 'number' || !Number.isInteger(stories) || stories < 1 || stories > maxDigestStories)
  ) {
    return {
      reply: errorReply('That number of stories does not work', [
        `'${String(stories)}' is not a number of stories. Use a whole number from 1 to ${maxDigestStories}, e.g. stories:5.`,
      ]),
    };
  }
  return {
    topic: text(options.topic),
    feed: text(options.feed),
    ...(typeof stories === 'number' ? { stories } : {}),
    thread: options.thread === true,
  };
}

/** The schedule a subscribe asks for, defaulted and normalised, or the reply saying what is wrong. */
function scheduleOf(
  options: CommandRequest['options'],
  defaults: BriefingService['defaults'],
): { time: string; timezone: string; mode: BriefingMode } | { reply: Reply } {
  const rawTime = typeof options.time === 'string' && options.time.trim() ? options.time : defaults.time;
  const minutes = parseTime(rawTime);
  if (minutes === null) {
    return {
      reply: errorReply('That time does not work', [
        `'${rawTime}' is not a time. Use 24-hour HH:MM, e.g. 08:00 or 18:30.`,
      ]),
    };
  }
  const rawZone =
    typeof options.timezone === 'string' && options.timezone.trim() ? options.timezone : defaults.timezone;
  const timezone = canonicalTimeZone(rawZone);
  if (!timezone) {
    return {
      reply: errorReply('Unknown time zone', [
        `'${rawZone}' is not an IANA time zone name.`,
        'Use a name such as Europe/London, America/New_York, Asia/Seoul or UTC (start typing for suggestions), e.g. /summit subscribe time:08:00 timezone:Europe/London.',
      ]),
    };
  }
  const mode = options.mode === undefined || options.mode === '' ? 'daily' : options.mode;
  if (mode !== 'daily' && mode !== 'new-only') {
    return { reply: errorReply('Unknown mode', [`'${String(mode)}' is not a mode. Use daily or new-only.`]) };
  }
  return { time: formatTime(minutes), timezone, mode };
}

/** Answers /summit unsubscribe. */
const unsubscribeHandler =
  (port: BriefingPort): Handler =>
  async (req) => {
    const service = serviceToManage(port, req);
    if (isReply(service)) return service;
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
const statusHandler =
  (port: BriefingPort): Handler =>
  async (req) => {
    const service = port.current();
    if (!service) return notRunning();
    return statusReply(await service.status(req.where.platform, req.where.channelId));
  };
