// Extra text channels for the fake Discord, for the daily briefing: POST and GET
// /channels/:id/messages with Discord's nonce/enforce_nonce dedupe, GET /users/@me, gone or
// forbidden channels, scripted failures (429 with Retry-After, 5xx, a post whose answer is lost),
// and threads started from a message (POST /channels/:id/messages/:id/threads), which are
// channels of their own with the message's id.
import { type FakeWorld, messageObject, snowflake, userObject } from './payloads.ts';
import { checkMessage, nestErrors } from './validate.ts';

/** A request as the server hands it to an extension. */
export interface ExtensionRequest {
  method: string;
  /** Path below /api/v10. */
  route: string;
  query: URLSearchParams;
  /** True when the bot token was sent. */
  authorized: boolean;
  body: unknown;
}

/** An extension's answer; null lets the server's own routes answer. */
export interface ExtensionAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Hook the fake server consults before its own routes. */
export type Extension = (req: ExtensionRequest) => ExtensionAnswer | null;

/** A scripted answer for the next POST to a channel; `commit` creates the message anyway. */
export interface ChannelFault extends ExtensionAnswer {
  commit?: boolean;
}

type Message = ReturnType<typeof messageObject> & { nonce?: string; createdAt: number };

/** How long Discord remembers a nonce for enforce_nonce (it says "a few minutes"). */
export const nonceWindowMs = 5 * 60_000;

/** Text channels beyond the world's one, with their messages. */
export class FakeChannels {
  readonly messages = new Map<string, Message[]>();
  /** Every POST to a channel: when, and with which nonce. */
  readonly posts: { channelId: string; at: number; nonce: unknown; status: number }[] = [];
  /** Threads started from a message: thread id (= the message's id) to its parent channel and name. */
  readonly threads = new Map<string, { parentId: string; name: string }>();
  private readonly faults = new Map<string, ChannelFault[]>();
  private readonly closed = new Map<string, ExtensionAnswer>();

  constructor(private readonly world: FakeWorld) {}

  /** Creates a channel the bot may post in (a fresh id, or a guild's channel `id`); returns its id. */
  add(id: string = snowflake()): string {
    this.messages.set(id, []);
    return id;
  }

  /** Makes a channel answer as deleted (10003), forbidden (50001) or in a server the bot left (10004) from now on. */
  close(channelId: string, how: 'unknown' | 'forbidden' | 'unknown-guild'): void {
    this.closed.set(
      channelId,
      how === 'unknown'
        ? { status: 404, body: { code: 10003, message: 'Unknown Channel' } }
        : how === 'unknown-guild'
          ? { status: 404, body: { code: 10004, message: 'Unknown Guild' } }
          : { status: 403, body: { code: 50001, message: 'Missing Access' } },
    );
  }

  /** Queues answers for the next POSTs to a channel. */
  fail(channelId: string, ...faults: ChannelFault[]): void {
    this.faults.set(channelId, [...(this.faults.get(channelId) ?? []), ...faults]);
  }

  /** A 429 as Discord sends it: Retry-After header (seconds) and retry_after in the body. */
  static rateLimited(seconds: number): ChannelFault {
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
      headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
    };
  }

  /** Messages in a channel, oldest first. */
  in(channelId: string): Message[] {
    return this.messages.get(channelId) ?? [];
  }

  /** The hook to install as the server's extension. */
  readonly extension: Extension = (req) => {
    if (req.method === 'GET' && req.route === '/users/@me') {
      return req.authorized
        ? { status: 200, body: userObject(this.world.botUserId, 'Summit', true) }
        : unauthorized;
    }
    const started = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(req.route);
    if (started && req.method === 'POST' && this.messages.has(started[1] ?? '')) {
      if (!req.authorized) return unauthorized;
      return this.startThread(started[1] ?? '', started[2] ?? '', req.body as Record<string, unknown>);
    }
    const m = /^\/channels\/(\d+)\/messages$/.exec(req.route);
    const channelId = m?.[1];
    if (!channelId || !this.messages.has(channelId)) return null;
    if (!req.authorized) return unauthorized;
    const closed = this.closed.get(channelId);
    if (closed) return this.record(req, channelId, closed);
    if (req.method === 'GET') return { status: 200, body: this.list(channelId, req.query) };
    if (req.method !== 'POST') return { status: 405, body: { code: 0, message: '405: Method Not Allowed' } };
    return this.record(req, channelId, this.post(channelId, req.body as Record<string, unknown>));
  };

  /** A thread from a message: 201 with the thread channel, 160004 when the message has one already. */
  private startThread(channelId: string, messageId: string, body: Record<string, unknown>): ExtensionAnswer {
    const closed = this.closed.get(channelId);
    if (closed) return closed;
    if (!this.in(channelId).some((msg) => msg.id === messageId))
      return { status: 404, body: { code: 10008, message: 'Unknown Message' } };
    if (this.threads.has(messageId))
      return {
        status: 400,
        body: { code: 160004, message: 'A thread has already been created for this message' },
      };
    const name = body?.name;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) {
      const errors = [
        { path: ['name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' },
      ];
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: nestErrors(errors) } };
    }
    this.threads.set(messageId, { parentId: channelId, name });
    this.messages.set(messageId, []);
    return {
      status: 201,
      body: { id: messageId, type: 11, parent_id: channelId, guild_id: this.world.guildId, name },
    };
  }

  private record(req: ExtensionRequest, channelId: string, answer: ExtensionAnswer): ExtensionAnswer {
    if (req.method === 'POST') {
      this.posts.push({
        channelId,
        at: Date.now(),
        nonce: (req.body as { nonce?: unknown })?.nonce,
        status: answer.status,
      });
    }
    return answer;
  }

  private post(channelId: string, body: Record<string, unknown>): ExtensionAnswer {
    const errors = checkMessage(body);
    const nonce = body.nonce;
    if (nonce !== undefined && (typeof nonce !== 'string' || nonce.length > 25)) {
      errors.push({
        path: ['nonce'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    }
    if (errors.length > 0)
      return { status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: nestErrors(errors) } };
    const list = this.in(channelId);
    if (typeof nonce === 'string' && body.enforce_nonce === true) {
      const earlier = list.find((msg) => msg.nonce === nonce && Date.now() - msg.createdAt < nonceWindowMs);
      if (earlier) return { status: 200, body: publicView(earlier) };
    }
    const fault = this.faults.get(channelId)?.shift();
    if (fault && !fault.commit) return fault;
    const message: Message = {
      ...messageObject(this.world, body),
      channel_id: channelId,
      createdAt: Date.now(),
    };
    if (typeof nonce === 'string') message.nonce = nonce;
    list.push(message);
    return (
      fault ?? { status: 200, body: { ...publicView(message), ...(nonce === undefined ? {} : { nonce }) } }
    );
  }

  /** GET messages: newest first, `limit` (1-100), `before`/`after` by id, without nonces. */
  private list(channelId: string, query: URLSearchParams): unknown[] {
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 50)));
    const before = query.get('before');
    const after = query.get('after');
    return this.in(channelId)
      .filter(
        (msg) => (!before || BigInt(msg.id) < BigInt(before)) && (!after || BigInt(msg.id) > BigInt(after)),
      )
      .reverse()
      .slice(0, limit)
      .map(publicView);
  }
}

const unauthorized: ExtensionAnswer = { status: 401, body: { code: 0, message: '401: Unauthorized' } };

/** A stored message as GET returns it: Discord does not echo nonces there. */
function publicView(message: Message): Record<string, unknown> {
  const { nonce: _nonce, createdAt: _createdAt, ...rest } = message;
  return rest;
}
