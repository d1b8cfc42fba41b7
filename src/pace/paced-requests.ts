// The hooks that pace the briefing's platform requests: each wraps the SDK's own transport
// (discord.js REST `makeRequest`, the Slack WebClient's `fetch`), so every request the SDK makes
// waits for its turn in the shared budget first, whatever the SDK does between requests.
import { type ChannelSpacing, createChannelSpacing } from './channel-spacing.ts';
import { createPacer, memoryReserve, type Pacer, type Reserve } from './pacer.ts';
import { defaultPlatformLimits, type PlatformLimits, tokenKey } from './platform-limits.ts';

/** What pacing a sender needs: the shared budgets, per-channel spacing and the limits. */
export interface Pacing {
  pacer: Pacer;
  spacing: ChannelSpacing;
  limits: PlatformLimits;
}

/** Pacing over `reserve` (the store's reservePace to share budgets; memory for one process). */
export function createPacing(
  reserve: Reserve = memoryReserve(),
  limits: PlatformLimits = defaultPlatformLimits,
): Pacing {
  const clock = {
    now: () => Date.now(),
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  };
  return { pacer: createPacer(reserve, clock), spacing: createChannelSpacing(clock), limits };
}

/** Request function of discord.js REST (`RESTOptions['makeRequest']`). */
type MakeRequest<R> = (url: string, init: { method?: string }) => Promise<R>;

/** Discord routes that do not count against the bot's global limit. */
const exemptDiscordRoute = /\/(interactions|webhooks)\//;
const channelPost = /\/channels\/(\d+)\/messages(?:[?#]|$)/;

/** discord.js's `makeRequest`, paced: the bot's global budget (shared), then channel spacing for posts. */
export function pacedDiscordRequest<R>(pacing: Pacing, token: string, base: MakeRequest<R>): MakeRequest<R> {
  const global = { key: `discord:${tokenKey(token)}:global`, ...pacing.limits.discord.global };
  return async (url, init) => {
    if (!exemptDiscordRoute.test(url)) {
      const channel =
        (init.method ?? 'GET').toUpperCase() === 'POST' ? channelPost.exec(url)?.[1] : undefined;
      if (channel) await pacing.spacing.turn(`discord:${channel}`, pacing.limits.discord.channel);
      await pacing.pacer.wait(global);
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
  const who = tokenKey(token);
  const post = { key: `slack:${who}:chat.postMessage`, ...pacing.limits.slack.postMessage };
  const history = { key: `slack:${who}:conversations.history`, ...pacing.limits.slack.history };
  return async (url, init) => {
    const method = new URL(String(url)).pathname.split('/').pop();
    if (method === 'chat.postMessage') {
      const channel = channelOf(init?.body);
      if (channel) await pacing.spacing.turn(`slack:${channel}`, pacing.limits.slack.channel);
      await pacing.pacer.wait(post);
    } else if (method === 'conversations.history') {
      await pacing.pacer.wait(history);
    }
    return base(url, init);
  };
}

/** The channel of a url-encoded Web API body (the WebClient's form for everything but uploads). */
function channelOf(body: unknown): string | null {
  return typeof body === 'string' ? new URLSearchParams(body).get('channel') : null;
}
