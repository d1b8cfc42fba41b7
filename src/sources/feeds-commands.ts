// /summit feeds [list|add|remove]: the feeds of the workspace asking (its own and the FEED_URLS
// ones). add and remove follow the managers-only rule of /summit subscribe, checked here since
// list is open to everyone. The service arrives through a port once the database and poller run.
import type { CommandHandlers } from '../core/content-commands.ts';
import type { Handler } from '../core/context.ts';
import { errorReply, notAllowedReply } from '../core/handlers/error-reply.ts';
import type { Reply } from '../core/reply.ts';
import type { CommandRequest } from '../core/request.ts';
import { everyone, type Feed } from '../storage/feeds.ts';
import { type AddOutcome, type FeedsService, scopeOf } from './feeds-service.ts';

/** Where the feeds command finds the running service. */
export interface FeedsPort {
  current(): FeedsService | undefined;
  attach(service: FeedsService): void;
}

/** A port holding `service`, or nothing until `attach`. */
export function createFeedsPort(service?: FeedsService): FeedsPort {
  let running = service;
  return {
    current: () => running,
    attach(next) {
      running = next;
    },
  };
}

/** The feeds subcommand's handler over the port. */
export function createFeedsCommands(port: FeedsPort, now: () => Date = () => new Date()) {
  return { handlers: { feeds: feedsHandler(port, now) } satisfies Partial<CommandHandlers> };
}

const notRunning = (): Reply =>
  errorReply('Feeds are off', [
    'The feed reader is not running in this bot. It starts a moment after the bot connects;',
    'if this lasts, its database could not be opened: ask the bot admin to check the logs and DATA_DIR.',
  ]);

const feedsHandler =
  (port: FeedsPort, now: () => Date): Handler =>
  async (req) => {
    const service = port.current();
    if (!service) return notRunning();
    const action = typeof req.options.action === 'string' ? req.options.action : 'list';
    const name = text(req.options.name);
    const url = text(req.options.url)?.replace(/^<(https?:\/\/[^|>]+)(?:\|[^>]*)?>$/i, '$1');
    const scope = scopeOf(req.where.platform, req.where.workspaceId);
    if (action === 'list') return listReply(await service.list(scope), now());
    if (!req.who.canManage)
      return notAllowedReply(`Only people who can manage this channel may ${action} feeds.`, req);
    if (req.where.platform === 'discord' && !req.where.workspaceId)
      return errorReply('Feeds belong to a server', [
        'Add and remove feeds from a channel of your server, not in a direct message.',
      ]);
    if (action === 'add') {
      if (!url)
        return errorReply('Which feed?', [
          'Give its address: /summit feeds add https://example.com/rss.xml [name]',
        ]);
      return addReply(await service.add({ scope, url, name, by: req.who.userId }), url);
    }
    const target = name ?? url;
    if (!target) return errorReply('Which feed?', ['Give its name or address: /summit feeds remove <name>']);
    return removeReply(await service.remove(scope, target), target);
  };

function text(value: CommandRequest['options'][string]): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** One line per feed: name, address, last read, items, and why it fails or is paused. */
export function listReply(feeds: Feed[], at: Date): Reply {
  if (feeds.length === 0) {
    return {
      tone: 'info',
      title: 'No feeds yet',
      blocks: [
        { kind: 'text', text: 'Managers can add one: /summit feeds add https://example.com/rss.xml [name]' },
      ],
    };
  }
  return {
    tone: 'info',
    title: `Feeds (${feeds.length})`,
    blocks: [{ kind: 'bullets', items: feeds.map((f) => feedLine(f, at)) }],
    footer: 'Feeds marked "everyone" come from the bot’s configuration (FEED_URLS).',
  };
}

function feedLine(feed: Feed, at: Date): string {
  const owner = feed.scope === everyone ? ' (everyone)' : '';
  const read = feed.lastFetchAt ? `read ${ago(feed.lastFetchAt, at)}` : 'not read yet';
  const counts = `${feed.itemCount} items, ${feed.storiesCount} stories`;
  let state = '';
  if (feed.pausedReason) state = ` · PAUSED: ${feed.pausedReason}`;
  else if (feed.lastOutcome === 'failed')
    state = ` · failing (${feed.consecutiveFailures} in a row): ${feed.lastError}`;
  else if (feed.failedItems > 0) state = ` · ${feed.lastError}`;
  return `${feed.name}${owner}: ${feed.url} · ${read} · ${counts}${state}`;
}

function ago(then: Date, at: Date): string {
  const minutes = Math.max(0, Math.round((at.getTime() - then.getTime()) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

function addReply(result: AddOutcome, url: string): Reply {
  if (result.kind === 'error') return errorReply('Could not add that feed', [`${url}: ${result.reason}.`]);
  if (result.kind === 'page') {
    const { outcome } = result;
    if (outcome.status === 'rejected')
      return errorReply('Not a feed', [
        `${url} is a web page with no feed, and no story could be read from it: ${outcome.reason}.`,
      ]);
    return {
      tone: 'success',
      title: 'Read as one story',
      blocks: [
        {
          kind: 'text',
          text: `${url} is an article page, not a feed, so it was stored as one story: ${result.title}.`,
        },
      ],
    };
  }
  const { feed, poll } = result;
  const lines = [
    `Following ${feed.name}: ${feed.url}${result.discoveredFrom ? ` (the feed advertised by ${result.discoveredFrom})` : ''}.`,
  ];
  if (!poll) lines.push('Another instance is reading it right now; its stories arrive shortly.');
  else if (poll.outcome === 'failed')
    lines.push(`The first read failed: ${poll.error}. It will be tried again.`);
  else {
    lines.push(`Read ${poll.items} items: ${poll.newStories} new stories.`);
    if (poll.failedItems > 0) lines.push(`${poll.error}.`);
  }
  lines.push('It is read again every 10 minutes (or as often as the feed asks, if less often).');
  return { tone: 'success', title: 'Feed added', blocks: lines.map((t) => ({ kind: 'text', text: t })) };
}

function removeReply(result: Feed | 'configured' | null, target: string): Reply {
  if (result === 'configured')
    return errorReply('That feed is configured', [
      `${target} comes from FEED_URLS and is followed by every workspace; the bot admin can remove it there.`,
    ]);
  if (!result)
    return errorReply('No such feed', [
      `This workspace follows no feed named ${target}. See /summit feeds list.`,
    ]);
  return {
    tone: 'success',
    title: 'Feed removed',
    blocks: [
      {
        kind: 'text',
        text: `No longer following ${result.name} (${result.url}). Its stories stay in the archive.`,
      },
    ],
  };
}
