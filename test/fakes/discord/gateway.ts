// The fake gateway: the websocket half of Discord. It says HELLO, checks IDENTIFY (token,
// intents, no compression), sends READY then GUILD_CREATE, ACKs heartbeats and dispatches events.
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeWorld, guildObject, snowflake, userObject } from './payloads.ts';

/** One identified connection. */
interface Session {
  seq: number;
  id: string;
  shardId: number;
}

/** Privileged intents the fake application has not been granted (MessageContent, members, presences). */
const privilegedIntents = (1 << 15) | (1 << 1) | (1 << 8);

/** What an IDENTIFY carried. */
export interface Identify {
  intents: number;
  properties: Record<string, unknown>;
  /** [shard id, shard count] as sent (absent: unsharded). */
  shard?: [number, number];
}

/** A guild the fake serves besides the world's (for sharding: a guild on another shard). */
export interface ExtraGuild {
  guildId: string;
  channelId: string;
}

/** Discord's shard of a guild: (guild_id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** The gateway side of the fake: identified sessions, dispatch, shutdown. */
export class FakeGateway extends EventEmitter {
  readonly identifies: Identify[] = [];
  /** How many shards the application must run (GET /gateway/bot says so; IDENTIFY must match). */
  shardCount = 1;
  /** Guilds beyond the world's one, each sent to the session of its shard. */
  readonly extraGuilds: ExtraGuild[] = [];
  readonly rejected: string[] = [];
  /** Sessions resumed after a dropped connection (op 6 RESUME answered with RESUMED). */
  resumes = 0;
  /** When true, connections are opened and never greeted: a gateway that has stopped answering. */
  silent = false;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<WebSocket, Session>();
  /** Sessions whose connection closed, by session id: a RESUME may pick them up again. */
  private readonly resumable = new Map<string, Session>();

  constructor(
    server: Server,
    private readonly world: FakeWorld,
    private readonly token: string,
    private readonly url: () => string,
  ) {
    super();
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const query = new URL(req.url ?? '/', 'http://fake').searchParams;
      const problem = !req.url?.startsWith('/gateway')
        ? 'not the gateway path'
        : query.get('v') !== '10'
          ? `unsupported version ${query.get('v')}`
          : query.get('encoding') !== 'json'
            ? `unsupported encoding ${query.get('encoding')}`
            : query.has('compress')
              ? 'transport compression is not supported by the fake'
              : null;
      if (problem) {
        this.rejected.push(problem);
        socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  /** Number of sessions that have identified and are open. */
  get sessionCount(): number {
    return this.sessions.size;
  }

  private accept(ws: WebSocket): void {
    if (this.silent) return;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      let payload: { op: number; d: Record<string, unknown> };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      else if (payload.op === 2) this.identify(ws, payload.d);
      else if (payload.op === 6) this.resume(ws, payload.d);
    });
    ws.on('close', () => {
      const session = this.sessions.get(ws);
      if (session) this.resumable.set(session.id, session);
      this.sessions.delete(ws);
      this.emit('close');
    });
  }

  private identify(ws: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const intents = Number(d.intents);
    if ((intents & privilegedIntents) !== 0) {
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard = Array.isArray(d.shard) ? (d.shard as [number, number]) : undefined;
    const [shardId, count] = shard ?? [0, 1];
    if (count !== this.shardCount) {
      ws.close(
        this.shardCount > 1 && !shard ? 4011 : 4010,
        this.shardCount > 1 && !shard ? 'Sharding required.' : 'Invalid shard.',
      );
      return;
    }
    this.identifies.push({
      intents,
      properties: (d.properties ?? {}) as Record<string, unknown>,
      ...(shard ? { shard } : {}),
    });
    const session: Session = { seq: 0, id: snowflake(), shardId };
    this.sessions.set(ws, session);
    const guilds = this.guildsOf(shardId);
    this.send(ws, 'READY', {
      v: 10,
      user: {
        ...userObject(this.world.botUserId, 'Summit', true),
        verified: true,
        mfa_enabled: false,
        flags: 0,
      },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard: [shardId, count],
      application: { id: this.world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      presences: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    for (const guild of guilds) this.send(ws, 'GUILD_CREATE', guild);
    this.emit('identify', intents);
  }

  /** The GUILD_CREATE payloads of the guilds on one shard. */
  private guildsOf(shardId: number) {
    const all = [
      guildObject(this.world),
      ...this.extraGuilds.map((g) =>
        guildObject({ ...this.world, guildId: g.guildId, channelId: g.channelId }),
      ),
    ];
    return all.filter((g) => shardOf(g.id, this.shardCount) === shardId);
  }

  /** The open session of the shard that owns `guildId` gets guild events; others do not. */
  private owns(session: Session, event: string, data: unknown): boolean {
    const fields = (data ?? {}) as { guild_id?: unknown; id?: unknown };
    const guildId = fields.guild_id ?? (event.startsWith('GUILD_') ? fields.id : undefined);
    return typeof guildId !== 'string' || shardOf(guildId, this.shardCount) === session.shardId;
  }

  /** RESUME: a known session with the right token continues (RESUMED); anything else is an invalid session. */
  private resume(ws: WebSocket, d: Record<string, unknown>): void {
    const session = d.token === this.token ? this.resumable.get(String(d.session_id)) : undefined;
    if (!session) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    this.resumable.delete(session.id);
    this.sessions.set(ws, session);
    this.resumes += 1;
    this.send(ws, 'RESUMED', { _trace: ['fake-discord'] });
    this.emit('resume');
  }

  /** Closes every identified connection with `code` (4000: resumable), as Discord does when it drops a client. */
  drop(code = 4000, reason = 'Unknown error'): void {
    for (const ws of this.sessions.keys()) ws.close(code, reason);
  }

  private send(ws: WebSocket, event: string, data: unknown): void {
    const session = this.sessions.get(ws);
    if (!session) return;
    session.seq += 1;
    ws.send(JSON.stringify({ op: 0, t: event, s: session.seq, d: data }));
  }

  /** Sends a dispatch event to every identified session (guild events: the guild's shard); returns how many received it. */
  dispatch(event: string, data: unknown): number {
    let sent = 0;
    for (const [ws, session] of this.sessions) {
      if (!this.owns(session, event, data)) continue;
      this.send(ws, event, data);
      sent += 1;
    }
    return sent;
  }

  /** Closes every connection and the websocket server. */
  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
