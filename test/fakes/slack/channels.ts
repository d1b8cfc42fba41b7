// Channels with history for the fake Slack, for the daily briefing: chat.postMessage keeps each
// message (with its metadata; with thread_ts, as a reply in that message's thread),
// conversations.history returns the channel's top-level messages and conversations.replies a
// thread (metadata only when asked with include_all_metadata), and scripted failures: 429 +
// Retry-After, 5xx, gone channels.
import { checkMessage } from './validate.ts';

type Json = Record<string, unknown>;

/** An extension's answer to a Web API call. */
export interface SlackAnswer {
  status: number;
  body: Json;
  headers?: Record<string, string>;
}

/** Hook the fake consults before its own methods; null lets them answer. */
export type SlackExtension = (method: string, token: string | undefined, params: Json) => SlackAnswer | null;

/** A scripted answer for the next chat.postMessage to a channel; `commit` posts anyway. */
export interface SlackFault extends SlackAnswer {
  commit?: boolean;
}

interface StoredMessage {
  ts: string;
  text: string;
  blocks: unknown;
  metadata?: Json;
  /** The ts of the thread's parent, for a reply in a thread. */
  thread_ts?: string;
}

/** Channels (by id) with their messages. */
export class FakeSlackChannels {
  readonly messages = new Map<string, StoredMessage[]>();
  /** Every chat.postMessage to a known channel, with when it came and the status it got. */
  readonly posts: { channel: string; at: number; status: number }[] = [];
  private readonly faults = new Map<string, SlackFault[]>();
  private readonly gone = new Map<string, string>();
  private counter = 0;

  constructor(private readonly botToken = 'xoxb-fake-bot') {}

  /** Adds a channel the bot is in. */
  add(id: string): string {
    this.messages.set(id, []);
    return id;
  }

  /** Makes a channel answer with a platform error (channel_not_found, not_in_channel, ...). */
  close(id: string, error: 'channel_not_found' | 'not_in_channel' | 'is_archived'): void {
    this.gone.set(id, error);
  }

  /** Queues answers for the next posts to a channel. */
  fail(id: string, ...faults: SlackFault[]): void {
    this.faults.set(id, [...(this.faults.get(id) ?? []), ...faults]);
  }

  /** A 429 as Slack sends it: Retry-After in whole seconds. */
  static rateLimited(seconds: number): SlackFault {
    return {
      status: 429,
      body: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': String(seconds) },
    };
  }

  /** Messages in a channel, oldest first. */
  in(id: string): StoredMessage[] {
    return this.messages.get(id) ?? [];
  }

  /** The hook to install as the fake's extension. */
  readonly extension: SlackExtension = (method, token, params) => {
    if (
      method !== 'chat.postMessage' &&
      method !== 'conversations.history' &&
      method !== 'conversations.replies'
    )
      return null;
    const channel = String(params.channel ?? '');
    if (!this.messages.has(channel)) return null;
    if (token !== this.botToken) return { status: 200, body: { ok: false, error: 'invalid_auth' } };
    const gone = this.gone.get(channel);
    if (method === 'conversations.history') {
      return gone
        ? { status: 200, body: { ok: false, error: gone } }
        : { status: 200, body: this.history(channel, params) };
    }
    if (method === 'conversations.replies') {
      return gone
        ? { status: 200, body: { ok: false, error: gone } }
        : { status: 200, body: this.replies(channel, params) };
    }
    const answer = gone ? { status: 200, body: { ok: false, error: gone } } : this.post(channel, params);
    this.posts.push({ channel, at: Date.now(), status: answer.status });
    return answer;
  };

  private post(channel: string, params: Json): SlackAnswer {
    const problem = checkMessage(params);
    if (problem) return { status: 200, body: { ok: false, error: problem.error } };
    const threadTs = params.thread_ts === undefined ? undefined : String(params.thread_ts);
    if (threadTs !== undefined && !this.in(channel).some((m) => m.ts === threadTs && !m.thread_ts))
      return { status: 200, body: { ok: false, error: 'thread_not_found' } };
    const fault = this.faults.get(channel)?.shift();
    if (fault && !fault.commit) return fault;
    this.counter += 1;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(this.counter).padStart(6, '0')}`;
    const metadata =
      typeof params.metadata === 'object' && params.metadata !== null ? (params.metadata as Json) : undefined;
    this.in(channel).push({
      ts,
      text: String(params.text ?? ''),
      blocks: params.blocks,
      ...(metadata ? { metadata } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
    return fault ?? { status: 200, body: { ok: true, channel, ts, message: { text: params.text } } };
  }

  /** Newest first, from `oldest` on, `limit` per page, cursor = offset; metadata only when asked. */
  private history(channel: string, params: Json): Json {
    const oldest = Number(params.oldest ?? 0);
    const limit = Math.min(1000, Math.max(1, Number(params.limit ?? 100)));
    const offset = Number(params.cursor ?? 0) || 0;
    const withMetadata = String(params.include_all_metadata) === 'true';
    const all = this.in(channel)
      .filter((m) => Number(m.ts) >= oldest && !m.thread_ts)
      .reverse();
    const page = all.slice(offset, offset + limit).map((m) => view(m, withMetadata));
    const more = offset + limit < all.length;
    return {
      ok: true,
      messages: page,
      has_more: more,
      response_metadata: { next_cursor: more ? String(offset + limit) : '' },
    };
  }

  /** A thread: its parent, then its replies oldest first, `limit` per page, cursor = offset. */
  private replies(channel: string, params: Json): Json {
    const ts = String(params.ts ?? '');
    const parent = this.in(channel).find((m) => m.ts === ts && !m.thread_ts);
    if (!parent) return { ok: false, error: 'thread_not_found' };
    const limit = Math.min(1000, Math.max(1, Number(params.limit ?? 100)));
    const offset = Number(params.cursor ?? 0) || 0;
    const withMetadata = String(params.include_all_metadata) === 'true';
    const all = [parent, ...this.in(channel).filter((m) => m.thread_ts === ts)];
    const more = offset + limit < all.length;
    return {
      ok: true,
      messages: all.slice(offset, offset + limit).map((m) => view(m, withMetadata)),
      has_more: more,
      response_metadata: { next_cursor: more ? String(offset + limit) : '' },
    };
  }

  /** A thread's replies, oldest first. */
  thread(channel: string, ts: string): StoredMessage[] {
    return this.in(channel).filter((m) => m.thread_ts === ts);
  }
}

/** A stored message as the Web API returns it. */
function view(m: StoredMessage, withMetadata: boolean): Json {
  return {
    type: 'message',
    ts: m.ts,
    text: m.text,
    bot_id: 'B0BOT',
    ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
    ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
  };
}
