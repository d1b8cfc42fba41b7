// A lean fake Slack for the benchmark: auth.test, users.info, a response_url sink that only
// counts, and chat.postMessage / conversations.history with Slack's rate limits enforced
// (about 1 message per second per channel, a workspace-wide limit) and real 429 + Retry-After.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { closeServer, listenLocal, readBody, sendJson } from '../../test/fakes/http.ts';
import { TokenBucket } from './rate-limit.ts';

/** A message posted with chat.postMessage. */
export interface SlackPost {
  ts: string;
  at: number;
  params: Record<string, unknown>;
}

/** Limits on chat.postMessage. */
export interface SlackLimits {
  /** Messages per second per channel (Slack: about 1, short bursts allowed). */
  perChannelPerSecond: number;
  /** Burst per channel. */
  perChannelBurst: number;
  /** Messages per second across the workspace. */
  workspacePerSecond: number;
}

/** The bench fake Slack. Emits 'response' for every response_url post. */
export class BenchSlack extends EventEmitter {
  readonly botToken = 'xoxb-bench-bot';
  readonly channels = new Map<string, SlackPost[]>();
  /** Counters of what the fake answered. */
  readonly counts = { responses: 0, posts: 0, rateLimited: 0, history: 0, otherCalls: 0, failedCalls: 0 };
  private readonly server = createServer((req, res) => void this.serve(req, res));
  private workspace: TokenBucket;
  private readonly perChannel = new Map<string, TokenBucket>();
  private posted = 0;
  port = 0;

  constructor(
    private readonly limits: SlackLimits = {
      perChannelPerSecond: 1,
      perChannelBurst: 1,
      workspacePerSecond: 50,
    },
  ) {
    super();
    this.workspace = new TokenBucket(limits.workspacePerSecond, limits.workspacePerSecond);
  }

  /** SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url for a slash command. */
  responseUrl(id: string | number): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Starts listening on 127.0.0.1 port 0. */
  async listen(): Promise<this> {
    this.port = await listenLocal(this.server);
    return this;
  }

  /** Resets rate limits and stored posts (between runs). */
  resetChannels(): void {
    this.channels.clear();
    this.perChannel.clear();
    this.workspace = new TokenBucket(this.limits.workspacePerSecond, this.limits.workspacePerSecond);
  }

  /** Stops the server. */
  close(): Promise<void> {
    return closeServer(this.server);
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if (url.startsWith('/response/')) {
      req.resume();
      req.on('end', () => {
        this.counts.responses++;
        sendJson(res, 200, { ok: true });
        this.emit('response');
      });
      return;
    }
    const raw = await readBody(req);
    const method = url.startsWith('/api/') ? url.slice(5).split('?')[0] : '';
    const params = parseParams(raw, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : params.token;
    if (token !== this.botToken) {
      this.counts.failedCalls++;
      sendJson(res, 200, { ok: false, error: token ? 'invalid_auth' : 'not_authed' });
      return;
    }
    if (method === 'auth.test') {
      this.counts.otherCalls++;
      sendJson(res, 200, {
        ok: true,
        url: 'https://bench.slack.com/',
        team: 'Bench',
        user: 'summit',
        team_id: 'T0BENCH',
        user_id: 'U0BOT',
        bot_id: 'B0BOT',
      });
      return;
    }
    if (method === 'users.info') {
      this.counts.otherCalls++;
      sendJson(res, 200, {
        ok: true,
        user: { id: String(params.user ?? ''), is_admin: true, is_owner: false },
      });
      return;
    }
    if (method === 'chat.postMessage') return this.postMessage(params, res);
    if (method === 'conversations.history') {
      this.counts.history++;
      const posts = this.channels.get(String(params.channel ?? '')) ?? [];
      const messages = posts
        .slice()
        .reverse()
        .map((p) => ({
          type: 'message',
          ts: p.ts,
          text: p.params.text,
          blocks: p.params.blocks,
          metadata: p.params.metadata,
          bot_id: 'B0BOT',
        }));
      sendJson(res, 200, { ok: true, messages, has_more: false });
      return;
    }
    this.counts.failedCalls++;
    sendJson(res, 200, { ok: false, error: 'unknown_method' });
  }

  private postMessage(params: Record<string, unknown>, res: ServerResponse): void {
    const channel = String(params.channel ?? '');
    if (!/^[CGD][A-Z0-9]+$/.test(channel)) {
      this.counts.failedCalls++;
      sendJson(res, 200, { ok: false, error: 'channel_not_found' });
      return;
    }
    const bucket =
      this.perChannel.get(channel) ??
      new TokenBucket(this.limits.perChannelPerSecond, this.limits.perChannelBurst);
    this.perChannel.set(channel, bucket);
    const wait = Math.max(
      this.workspace.remaining() >= 1 ? 0 : this.workspace.take(),
      bucket.remaining() >= 1 ? 0 : bucket.take(),
    );
    if (wait > 0) {
      this.counts.rateLimited++;
      sendJson(
        res,
        429,
        { ok: false, error: 'ratelimited' },
        { 'retry-after': String(Math.max(1, Math.ceil(wait / 1000))) },
      );
      return;
    }
    this.workspace.take();
    bucket.take();
    this.posted++;
    const ts = `1780000000.${String(this.posted).padStart(6, '0')}`;
    const posts = this.channels.get(channel) ?? [];
    posts.push({ ts, at: performance.now(), params });
    this.channels.set(channel, posts);
    this.counts.posts++;
    sendJson(res, 200, { ok: true, channel, ts, message: { text: params.text, ts } });
  }
}

/** Form bodies (with JSON-encoded blocks/metadata decoded) or JSON bodies. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  try {
    if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
    const form = parseQuery(raw) as Record<string, string>;
    const out: Record<string, unknown> = { ...form };
    for (const key of ['blocks', 'metadata', 'attachments'])
      if (typeof form[key] === 'string') out[key] = JSON.parse(form[key]);
    return out;
  } catch {
    return { unparsable: raw };
  }
}

/** Starts a bench fake Slack. */
export function startBenchSlack(limits?: SlackLimits): Promise<BenchSlack> {
  return new BenchSlack(limits).listen();
}
