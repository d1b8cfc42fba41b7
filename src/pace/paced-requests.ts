// The hooks that pace the briefing's platform requests: each wraps the SDK's own transport
// (discord.js REST `makeRequest`, the Slack WebClient's `fetch`), so every request the SDK makes
// waits for its turn in the shared budget first, whatever the SDK does between requests.
import { type ChannelSpacing, createChannelSpacing } from './channel-spacing.ts';
import {
  createPacer,
  memoryReserve,
  NotSentError,
  type PaceLimit,
  type Pacer,
  type Reserve,
  realClock,
} from './pacer.ts';
import { defaultPlatformLimits, type PlatformLimits, tokenKey } from './platform-limits.ts';

/** What pacing a sender needs: the shared budgets, per-channel spacing and the limits. */
export interface Pacing {
  pacer: Pacer;
  spacing: ChannelSpacing;
  limits: PlatformLimits;
  /**
   * Sends whose first post has not left yet, by `${platform}:${channel}`, with the signal that
   * stops them: a shutdown drops a briefing still waiting for its turn, never one half posted.
   */
  firstPosts: Map<string, AbortSignal>;
}

/** True when `error` (or what an SDK wrapped) is a request our pacing never sent. */
export function isNotSent(error: unknown): boolean {
  if (error instanceof NotSentError) return true;
  const inner = (error as { original?: unknown; cause?: unknown } | null) ?? {};
  return inner.original instanceof NotSentError || inner.cause instanceof NotSentError;
}

/** Runs `post` (a whole reply to one channel) so that shutdown can stop it before its first message leaves. */
export async function stoppableBeforeFirstPost<T>(
  pacing: Pacing,
  channelKey: string,
  signal: AbortSignal | undefined,
  post: () => Promise<T>,
): Promise<T> {
  if (signal) pacing.firstPosts.set(channelKey, signal);
  try {
    return await post();
  } finally {
    pacing.firstPosts.delete(channelKey);
  }
}

/** Pacing over `reserve` (the store's reservePace to share budgets; memory for one process). */
export function createPacing(
  reserve: Reserve = memoryReserve(),
  limits: PlatformLimits = defaultPlatformLimits,
): Pacing {
  return {
    pacer: createPacer(reserve, realClock),
    spacing: createChannelSpacing(realClock),
    limits,
    firstPosts: new Map(),
  };
}

/** Request function of discord.js REST (`RESTOptions['makeRequest']`). */
type MakeRequest<R> = (url: string, init: { method?: string }) => Promise<R>;

/** Discord routes that do not count against the bot's global limit. */
const exemptDiscordRoute = /\/(interactions|webhooks)\//;
const channelPost = /\/channels\/(\d+)\/messages(?:[?#]|$)/;

/** The Discord bot's global budget (shared by every instance posting with its token). */
export function discordGlobalLimit(pacing: Pacing, token: string): PaceLimit {
  return { key: `discord:${tokenKey(token)}:global`, ...pacing.limits.discord.global };
}

/** A Slack token's chat.postMessage budget (shared by every instance posting with it). */
export function slackPostLimit(pacing: Pacing, token: string): PaceLimit {
  return { key: `slack:${tokenKey(token)}:chat.postMessage`, ...pacing.limits.slack.postMessage };
}

/** discord.js's `makeRequest`, paced: the bot's global budget (shared), then channel spacing for posts. */
export function pacedDiscordRequest<R>(pacing: Pacing, token: string, base: MakeRequest<R>): MakeRequest<R> {
  const global = discordGlobalLimit(pacing, token);
  return async (url, init) => {
    if (!exemptDiscordRoute.test(url)) {
      const channel =
        (init.method ?? 'GET').toUpperCase() === 'POST' ? channelPost.exec(url)?.[1] : undefined;
      const key = `discord:${channel}`;
      const signal = channel ? takeFirstPost(pacing, key) : undefined;
      if (channel) await pacing.spacing.turn(key, pacing.limits.discord.channel);
      await pacing.pacer.wait(global, signal);
    }
    return base(url, init);
  };
}

/** The Slack WebClient's `fetch` (its FetchFunction, with whatever init type the SDK passes). */
type Fetch<I extends { body?: unknown }, R> = (url: string | URL, init?: I) => Promise<R>;

/** The WebClient's `fetch`, paced: chat.postMessage per channel and per workspace, history by its tier. */
export function pacedSlackFetch<I extends { body?: unknown }, R>(
  pacing: Pacing,
  token: string,
  base: Fetch<I, R>,
): Fetch<I, R> {
  const post = slackPostLimit(pacing, token);
  const history = { key: `slack:${tokenKey(token)}:conversations.history`, ...pacing.limits.slack.history };
  return async (url, init) => {
    const method = new URL(String(url)).pathname.split('/').pop();
    if (method === 'chat.postMessage') {
      const channel = channelOf(init?.body);
      const key = `slack:${channel}`;
      const signal = channel ? takeFirstPost(pacing, key) : undefined;
      if (channel) await pacing.spacing.turn(key, pacing.limits.slack.channel);
      await pacing.pacer.wait(post, signal);
    } else if (method === 'conversations.history') {
      await pacing.pacer.wait(history);
    }
    return base(url, init);
  };
}

/** The stop signal of a send's first post to this channel (later posts of the same reply always go). */
function takeFirstPost(pacing: Pacing, key: string): AbortSignal | undefined {
  const signal = pacing.firstPosts.get(key);
  pacing.firstPosts.delete(key);
  return signal;
}

/** The channel of a url-encoded Web API body (the WebClient's form for everything but uploads). */
function channelOf(body: unknown): string | null {
  return typeof body === 'string' ? new URLSearchParams(body).get('channel') : null;
}
