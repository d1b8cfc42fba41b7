// A fake Discord on 127.0.0.1 port 0: the REST API the bot uses (gateway info, interaction
// callbacks, webhook edits and follow-ups, channel messages, command registration) and the
// gateway on the same port. It records every request and answers 400 where Discord would.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http.ts';
import type { Extension } from './channels.ts';
import { FakeDiscordHost } from './host.ts';
import { messageObject, snowflake } from './payloads.ts';
import { checkChoices, checkMessage, type FieldError, nestErrors } from './validate.ts';
import { checkCommands } from './validate-commands.ts';

/** One request the fake received, with the answer it gave. */
export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, e.g. /interactions/1/abc/callback. */
  route: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  status: number;
  response: unknown;
}

/** A one-shot failure to answer instead of the normal response. */
export interface Failure {
  method?: string;
  route: RegExp;
  status: number;
  body: unknown;
}

interface InteractionState {
  type: number;
  acknowledged: boolean;
  expired: boolean;
  original?: Record<string, unknown>;
}

type Json = Record<string, unknown>;
type Answer = [number, unknown];

const bad = (errors: FieldError[]): Answer => [
  400,
  { code: 50035, message: 'Invalid Form Body', errors: nestErrors(errors) },
];
const unknownInteraction: Answer = [404, { code: 10062, message: 'Unknown interaction' }];

/** The running fake. */
export class FakeDiscord extends FakeDiscordHost {
  readonly requests: RecordedRequest[] = [];
  readonly commands = new Map<string, unknown[]>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly tokens = new Map<string, string>();
  private readonly failures: Failure[] = [];
  /** Shards that may identify at once (session_start_limit.max_concurrency; large bots get 16 or more). */
  maxConcurrency = 1;
  /** Routes added by a test (e.g. FakeChannels for the briefing), consulted before the built-in ones. */
  extension: Extension | null = null;

  constructor() {
    super('fake-bot-token');
  }

  /** Remembers an interaction and its token, so its callback, edits and follow-ups are accepted. */
  expectInteraction(
    payload: { id: string; token: string; type: number },
    options: { expired?: boolean } = {},
  ): void {
    this.interactions.set(payload.id, {
      type: payload.type,
      acknowledged: false,
      expired: options.expired ?? false,
    });
    this.tokens.set(payload.token, payload.id);
  }

  /**
   * Takes an HTTP endpoint's response to an interaction as Discord does, by the rules of the
   * callback route, and records it as that route (so tests read both doors' answers alike).
   */
  recordCallback(interaction: { id: string; token: string }, body: unknown): RecordedRequest {
    const [status, response] = this.callback(interaction.id, interaction.token, body as Json);
    const route = `/interactions/${interaction.id}/${interaction.token}/callback`;
    const record: RecordedRequest = {
      method: 'POST',
      route,
      query: new URLSearchParams(),
      authorization: undefined,
      body,
      status,
      response,
    };
    this.requests.push(record);
    this.emit('request', record);
    return record;
  }

  /** Dispatches INTERACTION_CREATE to every identified client and remembers its token. */
  sendInteraction<T extends { id: string; token: string; type: number }>(
    payload: T,
    options: { expired?: boolean } = {},
  ): T {
    this.expectInteraction(payload, options);
    if (this.gateway.dispatch('INTERACTION_CREATE', payload) === 0)
      throw new Error('fake discord: no client is connected');
    return payload;
  }

  /** The message an interaction's answer created (as Discord stores it), for component clicks. */
  originalMessage(interaction: { id: string }): Record<string, unknown> {
    const original = this.interactions.get(interaction.id)?.original;
    if (!original) throw new Error('fake discord: that interaction has no message yet');
    return original;
  }

  /** Answers the next request matching `failure` with its status and body instead. */
  failNext(failure: Failure): void {
    this.failures.push(failure);
  }

  /**
   * Resolves with the first recorded request (past or future) that matches. 15 s by default: a
   * loaded CI machine is slow, and a wait that is met returns at once.
   */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 15_000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', listener);
        reject(
          new Error(
            `fake discord: no matching request within ${timeoutMs} ms; saw ${this.requests.map((r) => `${r.method} ${r.route}`).join(', ')}`,
          ),
        );
      }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!match(r)) return;
        clearTimeout(timer);
        this.off('request', listener);
        resolve(r);
      };
      this.on('request', listener);
    });
  }

  /** Requests made about one interaction (its callback, edits and follow-ups), in order. */
  requestsFor(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.route.includes(`/${interaction.id}/`) || r.route.includes(`/${interaction.token}`),
    );
  }

  protected async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const route = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    let body: unknown = null;
    let answer: Answer;
    let headers: Record<string, string> = {};
    try {
      body = raw ? JSON.parse(raw) : null;
      const authorized = req.headers.authorization === `Bot ${this.token}`;
      const extended = this.extension?.({
        method: req.method ?? 'GET',
        route,
        query: url.searchParams,
        authorized,
        body,
      });
      answer = extended
        ? [extended.status, extended.body]
        : this.route(req.method ?? 'GET', route, req.headers.authorization, body);
      headers = extended?.headers ?? {};
    } catch {
      answer = [400, { code: 50109, message: 'The request body contains invalid JSON.' }];
    }
    const [status, response] = answer;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      route,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body,
      status,
      response,
    };
    this.requests.push(record);
    if (status === 204) res.writeHead(204).end();
    else
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(response));
    this.emit('request', record);
  }

  private route(method: string, route: string, authorization: string | undefined, body: unknown): Answer {
    const failure = this.failures.findIndex((f) => (!f.method || f.method === method) && f.route.test(route));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      return [f?.status ?? 500, f?.body];
    }
    const authed = authorization === `Bot ${this.token}`;
    const unauthorized: Answer = [401, { code: 0, message: '401: Unauthorized' }];
    if (method === 'GET' && route === '/gateway/bot') {
      if (!authed) return unauthorized;
      const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency };
      return [200, { url: this.gatewayUrl, shards: this.gateway.shardCount, session_start_limit: limit }];
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route);
    if (method === 'POST' && callback)
      return this.callback(callback[1] ?? '', callback[2] ?? '', body as Json);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(route);
    if (webhook) return this.webhook(method, webhook[1] ?? '', webhook[2] ?? '', webhook[3], body as Json);
    const channel = /^\/channels\/(\d+)\/messages$/.exec(route);
    if (method === 'POST' && channel) {
      if (!authed) return unauthorized;
      if (channel[1] !== this.world.channelId) return [404, { code: 10003, message: 'Unknown Channel' }];
      const errors = checkMessage(body as Json);
      return errors.length > 0 ? bad(errors) : [200, messageObject(this.world, body as Json)];
    }
    const commands = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(route);
    if (commands) {
      if (!authed) return unauthorized;
      return this.registerCommands(method, commands[1] ?? '', commands[2], body);
    }
    return [404, { code: 0, message: '404: Not Found' }];
  }

  private registerCommands(
    method: string,
    appId: string,
    guildId: string | undefined,
    body: unknown,
  ): Answer {
    const missingAccess: Answer = [403, { code: 50001, message: 'Missing Access' }];
    if (appId !== this.world.applicationId) return missingAccess;
    if (guildId !== undefined && guildId !== this.world.guildId) return missingAccess;
    const scope = guildId ?? 'global';
    if (method === 'GET') return [200, this.commands.get(scope) ?? []];
    if (method !== 'PUT') return [405, { code: 0, message: '405: Method Not Allowed' }];
    const errors = checkCommands(body);
    if (errors.length > 0) return bad(errors);
    const saved = (body as Json[]).map((c) => ({
      ...c,
      id: snowflake(),
      application_id: this.world.applicationId,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    this.commands.set(scope, saved);
    return [200, saved];
  }

  private callback(id: string, token: string, body: Json): Answer {
    const state = this.interactions.get(id);
    if (!state || state.expired || this.tokens.get(token) !== id) return unknownInteraction;
    if (state.acknowledged)
      return [400, { code: 40060, message: 'Interaction has already been acknowledged.' }];
    const data = (body?.data ?? {}) as Json;
    const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8] };
    if (!allowed[state.type]?.includes(body?.type as number)) {
      return [
        400,
        {
          code: 50035,
          message: 'Invalid Form Body',
          errors: nestErrors([
            {
              path: ['type'],
              code: 'INTERACTION_RESPONSE_TYPE_INVALID',
              message: 'Invalid response type for this interaction',
            },
          ]),
        },
      ];
    }
    const errors =
      body.type === 8
        ? checkChoices(data)
        : body.type === 4 || body.type === 7
          ? checkMessage(data).map((e) => ({ ...e, path: ['data', ...e.path] }))
          : [];
    if (errors.length > 0) return bad(errors);
    state.acknowledged = true;
    if (body.type === 4) state.original = messageObject(this.world, data, { webhook: true });
    if (body.type === 5)
      state.original = messageObject(
        this.world,
        { flags: (data.flags as number | undefined) ?? 0 },
        { webhook: true },
      );
    return [204, null];
  }

  private webhook(
    method: string,
    appId: string,
    token: string,
    messageId: string | undefined,
    body: Json,
  ): Answer {
    const id = this.tokens.get(token);
    const state = id ? this.interactions.get(id) : undefined;
    if (appId !== this.world.applicationId || !state || state.expired)
      return [404, { code: 10015, message: 'Unknown Webhook' }];
    if (!state.acknowledged) return [404, { code: 10015, message: 'Unknown Webhook' }];
    if (messageId === '@original') {
      if (!state.original) return [404, { code: 10008, message: 'Unknown Message' }];
      if (method === 'GET') return [200, state.original];
      if (method === 'DELETE') return [204, null];
      if (method !== 'PATCH') return [405, { code: 0, message: '405: Method Not Allowed' }];
      const errors = checkMessage(body);
      if (errors.length > 0) return bad(errors);
      const flags = state.original.flags;
      state.original = messageObject(
        this.world,
        { ...state.original, ...body, flags },
        { id: state.original.id as string, webhook: true },
      );
      return [200, state.original];
    }
    if (method === 'POST' && messageId === undefined) {
      const errors = checkMessage(body);
      return errors.length > 0 ? bad(errors) : [200, messageObject(this.world, body, { webhook: true })];
    }
    return [404, { code: 10008, message: 'Unknown Message' }];
  }
}

/** Starts a fake Discord on 127.0.0.1 port 0. */
export async function startFakeDiscord(): Promise<FakeDiscord> {
  return new FakeDiscord().listen();
}
