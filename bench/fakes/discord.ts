// A lean fake Discord for the benchmark: the test fake's gateway and payloads (reused), but REST
// that records nothing per interaction, times dispatch-to-callback, and enforces Discord's rate
// limits on channel messages (50 requests/s global, 5 per 5 s per channel) with real 429 answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeDiscordHost } from '../../test/fakes/discord/host.ts';
import {
  chatInputInteraction,
  messageObject,
  snowflake,
  userObject,
} from '../../test/fakes/discord/payloads.ts';
import { readBody, sendJson } from '../../test/fakes/http.ts';
import { TokenBucket } from './rate-limit.ts';

/** A message posted to a channel, as the fake keeps it. */
export interface PostedMessage {
  id: string;
  at: number;
  nonce: string | null;
  body: Record<string, unknown>;
}

/** Limits the fake enforces on REST (interaction callbacks are exempt, as on Discord). */
export interface DiscordLimits {
  /** Global requests per second per bot (Discord: 50). */
  globalPerSecond: number;
  /** Messages per channel per 5 seconds (Discord: 5). */
  perChannelPer5s: number;
}

/** The bench fake Discord. Emits 'callback' (id, ms since dispatch) for every interaction answered. */
export class BenchDiscord extends FakeDiscordHost {
  readonly channels = new Map<string, PostedMessage[]>();
  /** Counters of what the fake answered. */
  readonly counts = { callbacks: 0, followUps: 0, posts: 0, rateLimited: 0, unknownRoutes: 0, reads: 0 };
  private readonly pending = new Map<string, number>();
  private global: TokenBucket;
  private readonly perChannel = new Map<string, TokenBucket>();

  constructor(private readonly limits: DiscordLimits = { globalPerSecond: 50, perChannelPer5s: 5 }) {
    super('bench-bot-token');
    this.global = new TokenBucket(limits.globalPerSecond, limits.globalPerSecond);
  }

  /** Resets the rate-limit buckets and the stored messages (between runs). */
  resetChannels(): void {
    this.channels.clear();
    this.perChannel.clear();
    this.global = new TokenBucket(this.limits.globalPerSecond, this.limits.globalPerSecond);
  }

  /** Dispatches `/summit <sub>` as INTERACTION_CREATE; returns false when no client is connected. */
  dispatchCommand(sub: string, options: Record<string, string> = {}): boolean {
    const payload = chatInputInteraction(this.world, sub, options);
    this.pending.set(payload.id, performance.now());
    if (this.gateway.dispatch('INTERACTION_CREATE', payload) > 0) return true;
    this.pending.delete(payload.id);
    return false;
  }

  /** Interactions dispatched and not yet answered. */
  get outstanding(): number {
    return this.pending.size;
  }

  /** Forgets unanswered interactions (after a slice). */
  forgetPending(): number {
    const n = this.pending.size;
    this.pending.clear();
    return n;
  }

  protected async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = url.pathname.replace(/^\/api\/v10/, '');
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(route);
    if (method === 'POST' && callback) {
      const id = callback[1] as string;
      const sentAt = this.pending.get(id);
      this.counts.callbacks++;
      sendJson(res, 204, null);
      if (sentAt !== undefined) {
        this.pending.delete(id);
        this.emit('callback', id, performance.now() - sentAt);
      }
      return;
    }
    if (req.headers.authorization !== `Bot ${this.token}` && !route.startsWith('/webhooks/')) {
      sendJson(res, 401, { code: 0, message: '401: Unauthorized' });
      return;
    }
    if (method === 'GET' && route === '/gateway/bot') {
      sendJson(res, 200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    if (method === 'GET' && route === '/users/@me') {
      sendJson(res, 200, userObject(this.world.botUserId, 'Summit', true));
      return;
    }
    if (route.startsWith('/webhooks/')) {
      this.counts.followUps++;
      sendJson(res, 200, messageObject(this.world, parse(raw), { webhook: true }));
      return;
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(route);
    if (channel) {
      this.channelMessages(method, channel[1] as string, raw, url.searchParams, res);
      return;
    }
    this.counts.unknownRoutes++;
    sendJson(res, 404, { code: 0, message: '404: Not Found' });
  }

  private channelMessages(
    method: string,
    channelId: string,
    raw: string,
    query: URLSearchParams,
    res: ServerResponse,
  ): void {
    const wait = this.global.take();
    if (wait > 0) {
      this.counts.rateLimited++;
      const seconds = wait / 1000;
      sendJson(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: true, code: 0 },
        {
          'retry-after': String(Math.ceil(seconds)),
          'x-ratelimit-global': 'true',
          'x-ratelimit-scope': 'global',
        },
      );
      return;
    }
    const stored = this.channels.get(channelId) ?? [];
    if (method === 'GET') {
      this.counts.reads++;
      const limit = Math.min(100, Number(query.get('limit') ?? 50) || 50);
      const list = stored
        .slice(-limit)
        .reverse()
        .map((m) => messageObject(this.world, { ...m.body, nonce: m.nonce }, { id: m.id }));
      sendJson(
        res,
        200,
        list.map((m) => ({ ...m, channel_id: channelId })),
      );
      return;
    }
    if (method !== 'POST') {
      sendJson(res, 405, { code: 0, message: '405: Method Not Allowed' });
      return;
    }
    const bucket =
      this.perChannel.get(channelId) ??
      new TokenBucket(this.limits.perChannelPer5s / 5, this.limits.perChannelPer5s);
    this.perChannel.set(channelId, bucket);
    const channelWait = bucket.take();
    if (channelWait > 0) {
      this.counts.rateLimited++;
      const seconds = channelWait / 1000;
      sendJson(
        res,
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: false, code: 0 },
        {
          'retry-after': String(Math.ceil(seconds)),
          'x-ratelimit-scope': 'user',
          'x-ratelimit-limit': String(this.limits.perChannelPer5s),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': seconds.toFixed(3),
          'x-ratelimit-bucket': 'channel-messages',
        },
      );
      return;
    }
    const body = parse(raw);
    const nonce =
      typeof body.nonce === 'string' || typeof body.nonce === 'number' ? String(body.nonce) : null;
    const duplicate =
      body.enforce_nonce === true && nonce !== null ? stored.find((m) => m.nonce === nonce) : undefined;
    const message = duplicate ?? { id: snowflake(), at: performance.now(), nonce, body };
    if (!duplicate) {
      stored.push(message);
      this.channels.set(channelId, stored);
      this.counts.posts++;
      this.emit('post', channelId, message);
    }
    sendJson(
      res,
      200,
      { ...messageObject(this.world, body, { id: message.id }), channel_id: channelId, nonce },
      {
        'x-ratelimit-limit': String(this.limits.perChannelPer5s),
        'x-ratelimit-remaining': String(bucket.remaining()),
        'x-ratelimit-reset-after': '5.000',
        'x-ratelimit-bucket': 'channel-messages',
      },
    );
  }
}

function parse(raw: string): Record<string, unknown> {
  try {
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Starts a bench fake Discord. */
export function startBenchDiscord(limits?: DiscordLimits): Promise<BenchDiscord> {
  return new BenchDiscord(limits).listen();
}
