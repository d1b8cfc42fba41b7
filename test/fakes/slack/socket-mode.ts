// The Socket Mode side of the fake Slack: a websocket that greets with `hello`, delivers
// envelopes (slash commands, interactions) and records the client's acks by envelope_id.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

type Json = Record<string, unknown>;

/** An ack the client sent for an envelope. */
export interface EnvelopeAck {
  envelope_id: string;
  payload?: Json;
}

/** Fake Socket Mode endpoint. */
export class FakeSocketMode {
  /** What apps.connections.open hands out. */
  url = '';
  /** Every ack received, in order. */
  readonly acks: EnvelopeAck[] = [];
  /** Connections accepted so far (a reconnect adds one). */
  opened = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Set<WebSocket>();
  private readonly waiting = new Map<string, (ack: EnvelopeAck) => void>();
  private connectedWaiters: (() => void)[] = [];

  /** `changed` is called whenever a connection opens or closes or an ack arrives. */
  constructor(private readonly changed: () => void = () => {}) {}

  /** Accepts an upgrade on /link/ and says hello, as Slack does. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (!req.url?.startsWith('/link/')) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.clients.add(ws);
      this.opened += 1;
      ws.on('close', () => {
        this.clients.delete(ws);
        this.changed();
      });
      ws.on('message', (data) => this.onMessage(String(data)));
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: this.clients.size,
          debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0FAKE' },
        }),
      );
      for (const resolve of this.connectedWaiters.splice(0)) resolve();
      this.changed();
    });
  }

  /** Number of open client connections. */
  get connections(): number {
    return this.clients.size;
  }

  /** Resolves when a client is connected (at once if one already is). */
  connected(): Promise<void> {
    if (this.clients.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** Sends an envelope to every connected client; resolves with the client's ack. */
  deliver(type: 'slash_commands' | 'interactive', payload: Json): Promise<EnvelopeAck> {
    const envelopeId = randomUUID();
    const acked = new Promise<EnvelopeAck>((resolve) => this.waiting.set(envelopeId, resolve));
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type === 'slash_commands',
    };
    for (const ws of this.clients) ws.send(JSON.stringify(envelope));
    return acked;
  }

  /** Asks clients to reconnect, as Slack does before recycling a connection. */
  sendDisconnect(reason = 'refresh_requested'): void {
    for (const ws of this.clients) ws.send(JSON.stringify({ type: 'disconnect', reason }));
  }

  /** Cuts every connection without a goodbye, as a network failure would; the server stays up. */
  dropConnections(): void {
    for (const ws of this.clients) ws.terminate();
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const ws of this.clients) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onMessage(text: string): void {
    let message: EnvelopeAck;
    try {
      message = JSON.parse(text) as EnvelopeAck;
    } catch {
      return;
    }
    if (typeof message.envelope_id !== 'string') return;
    this.acks.push(message);
    this.waiting.get(message.envelope_id)?.(message);
    this.waiting.delete(message.envelope_id);
    this.changed();
  }
}
