// What every fake Discord is: one HTTP server on 127.0.0.1 serving REST under /api and the gateway
// websocket on the same port. The test fake and the bench fake differ only in how REST answers.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenLocal } from '../http.ts';
import { FakeGateway } from './gateway.ts';
import { createWorld, type FakeWorld, snowflake } from './payloads.ts';

/** The server, gateway and world of a fake Discord; subclasses answer REST in `serve`. */
export abstract class FakeDiscordHost extends EventEmitter {
  /** The guild, channel and users interactions come from. */
  readonly world: FakeWorld = createWorld();
  /** The bot token the gateway accepts. */
  readonly token: string;
  /** The gateway on the same port. */
  readonly gateway: FakeGateway;
  /** The HTTP server (REST and the websocket upgrade). */
  protected readonly server = createServer((req, res) => void this.serve(req, res));
  private port = 0;

  constructor(tokenPrefix: string) {
    super();
    this.token = `${tokenPrefix}-${snowflake()}`;
    this.gateway = new FakeGateway(this.server, this.world, this.token, () => this.gatewayUrl);
  }

  /** REST base to hand discord.js (DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The websocket URL GET /gateway/bot returns. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Starts listening on 127.0.0.1, port 0. */
  async listen(): Promise<this> {
    this.port = await listenLocal(this.server);
    return this;
  }

  /** Stops the gateway and the HTTP server, dropping keep-alive connections. */
  async close(): Promise<void> {
    await this.gateway.close();
    await closeServer(this.server);
  }

  /** Answers one REST request. */
  protected abstract serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
}
