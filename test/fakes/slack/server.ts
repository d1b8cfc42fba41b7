// A fake Slack on 127.0.0.1 port 0: the Web API methods the bot calls (auth.test,
// chat.postMessage, users.info, apps.connections.open), a response_url sink and the Socket Mode
// websocket, on one port. It records every call and refuses what Slack refuses.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { closeServer, listenLocal, readBody } from '../http.ts';
import type { SlackExtension } from './channels.ts';
import { FakeSocketMode } from './socket-mode.ts';
import { checkMessage, type MessageProblem } from './validate.ts';

type Json = Record<string, unknown>;

/** One Web API call and the answer it got. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Json;
  response: Json;
}

/** One message posted to a response_url and whether the fake accepted it. */
export interface ResponsePost {
  body: Json;
  status: number;
  problem: MessageProblem | null;
}

/** Users the fake knows, for users.info. */
export type FakeUsers = Record<
  string,
  { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean }
>;

/** A workspace (or Enterprise Grid org) that can install the app through OAuth. */
export interface FakeInstall {
  /** The code Slack hands the installer's browser for this install. */
  code: string;
  /** The workspace; absent for an org-wide install. */
  teamId?: string;
  enterpriseId?: string;
  /** The bot token oauth.v2.access grants. */
  botToken: string;
}

/** Options of the fake. */
export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  users?: FakeUsers;
  /** OAuth: the app's client id and secret oauth.v2.access checks. */
  clientId?: string;
  clientSecret?: string;
  /** OAuth: the installs oauth.v2.access can complete, by code. */
  installs?: FakeInstall[];
}

const botMethods = new Set(['auth.test', 'chat.postMessage', 'users.info']);

/** A running fake Slack. */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses = new Map<string, ResponsePost[]>();
  private readonly events = new EventEmitter();
  readonly socket = new FakeSocketMode(() => this.events.emit('record'));
  private readonly server = createServer((req, res) => void this.route(req, res));
  private failNext: number[] = [];
  /** Web API methods added by a test (e.g. FakeSlackChannels for the briefing), consulted first. */
  extension: SlackExtension | null = null;
  private posted = 0;
  port = 0;

  /** Tokens Slack no longer accepts (the app was uninstalled or the token revoked). */
  readonly revoked = new Set<string>();
  private readonly usedCodes = new Set<string>();

  constructor(private readonly options: Required<FakeSlackOptions>) {
    this.server.on('upgrade', (req, socket, head) => this.socket.upgrade(req, socket, head));
  }

  /** Starts listening on 127.0.0.1, port 0. */
  async listen(): Promise<this> {
    this.port = await listenLocal(this.server);
    this.socket.url = `ws://127.0.0.1:${this.port}/link/?ticket=fake`;
    return this;
  }

  /** Base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url whose posts are recorded under `id`. */
  responseUrl(id: string): string {
    this.responses.set(id, this.responses.get(id) ?? []);
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Makes the next response_url post fail with this HTTP status (as a Slack outage would). */
  failNextResponse(status = 500): void {
    this.failNext.push(status);
  }

  /** Accepted messages posted to a response_url. */
  accepted(id: string): Json[] {
    return (this.responses.get(id) ?? []).filter((p) => p.status === 200).map((p) => p.body);
  }

  /** Resolves once `check` is true, re-checking after every request, connection and ack (no sleeps). */
  until(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = () => {
        if (!check()) return;
        this.events.off('record', listener);
        resolve();
      };
      this.events.on('record', listener);
    });
  }

  /** Closes the websocket server and the HTTP server. */
  async close(): Promise<void> {
    await this.socket.close();
    await closeServer(this.server);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = parseBody(raw, req.headers['content-type']);
    if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      const method = url.pathname.slice('/api/'.length);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ')
        ? auth.slice(7)
        : typeof body.token === 'string'
          ? body.token
          : undefined;
      const extended = this.extension?.(method, token, body);
      const response = extended ? extended.body : this.api(method, token, body);
      this.calls.push({ method, token, params: body, response });
      send(res, extended?.status ?? 200, response, extended?.headers);
    } else if (url.pathname.startsWith('/response/') && req.method === 'POST') {
      const id = decodeURIComponent(url.pathname.slice('/response/'.length));
      const [status, answer, problem] = this.respond(id, body);
      this.responses.set(id, [...(this.responses.get(id) ?? []), { body, status, problem }]);
      send(res, status, answer);
    } else send(res, 404, { ok: false, error: 'not_found' });
    this.events.emit('record');
  }

  /** The install a bot token belongs to (OAuth), if any. */
  private installOf(token: string): FakeInstall | undefined {
    return this.options.installs.find((i) => i.botToken === token);
  }

  /** oauth.v2.access: the app's credentials and a fresh code give the install's bot token, once. */
  private exchange(params: Json): Json {
    if (params.client_id !== this.options.clientId || params.client_secret !== this.options.clientSecret)
      return { ok: false, error: 'invalid_client_id' };
    const install = this.options.installs.find((i) => i.code === params.code);
    if (!install || this.usedCodes.has(install.code)) return { ok: false, error: 'invalid_code' };
    this.usedCodes.add(install.code);
    const orgWide = !install.teamId;
    return {
      ok: true,
      app_id: 'A0FAKE',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'commands,chat:write,chat:write.public,users:read,channels:history,groups:history',
      token_type: 'bot',
      access_token: install.botToken,
      bot_user_id: `U0BOT${install.teamId ?? install.enterpriseId}`,
      team: install.teamId ? { id: install.teamId, name: `Team ${install.teamId}` } : null,
      enterprise: install.enterpriseId
        ? { id: install.enterpriseId, name: `Org ${install.enterpriseId}` }
        : null,
      is_enterprise_install: orgWide,
    };
  }

  private api(method: string, token: string | undefined, params: Json): Json {
    if (method === 'oauth.v2.access') return this.exchange(params);
    if (!token) return { ok: false, error: 'not_authed' };
    if (this.revoked.has(token)) return { ok: false, error: 'token_revoked' };
    if (method === 'apps.connections.open') {
      return token === this.options.appToken
        ? { ok: true, url: this.socket.url }
        : { ok: false, error: 'invalid_auth' };
    }
    if (!botMethods.has(method)) return { ok: false, error: 'unknown_method' };
    const install = this.installOf(token);
    if (token !== this.options.botToken && !install) return { ok: false, error: 'invalid_auth' };
    if (method === 'auth.test') {
      const team = install ? (install.teamId ?? install.enterpriseId) : 'T0FAKE';
      return {
        ok: true,
        url: `https://${team}.fake.slack.com/`,
        team: 'Fake',
        user: 'summit',
        team_id: install?.teamId ?? (install ? undefined : 'T0FAKE'),
        ...(install?.enterpriseId ? { enterprise_id: install.enterpriseId } : {}),
        user_id: install ? `U0BOT${team}` : 'U0BOT',
        bot_id: install ? `B0BOT${team}` : 'B0BOT',
      };
    }
    if (method === 'users.info') {
      const id = String(params.user ?? '');
      const user = this.options.users[id];
      return user
        ? { ok: true, user: { id, is_admin: false, is_owner: false, ...user } }
        : { ok: false, error: 'user_not_found' };
    }
    const channel = String(params.channel ?? '');
    if (!/^[CGD][A-Z0-9]+$/.test(channel)) return { ok: false, error: 'channel_not_found' };
    const problem = checkMessage(params);
    if (problem)
      return {
        ok: false,
        error: problem.error,
        response_metadata: { messages: [`[ERROR] ${problem.detail}`] },
      };
    this.posted += 1;
    return {
      ok: true,
      channel,
      ts: `1780000000.${String(this.posted).padStart(6, '0')}`,
      message: { text: params.text },
    };
  }

  private respond(id: string, body: Json): [number, Json, MessageProblem | null] {
    const earlier = (this.responses.get(id) ?? []).filter((p) => p.status === 200).length;
    const failure = this.failNext.shift();
    if (failure) return [failure, { ok: false, error: 'internal_error' }, null];
    if (!this.responses.has(id)) return [404, { ok: false, error: 'expired_url' }, null];
    if (earlier >= 5) return [404, { ok: false, error: 'used_url' }, null];
    const problem = checkMessage(body);
    return problem ? [400, { ok: false, error: problem.error }, problem] : [200, { ok: true }, null];
  }
}

/** Starts a fake Slack. */
export function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  return new FakeSlack({
    botToken: options.botToken ?? 'xoxb-fake-bot',
    appToken: options.appToken ?? 'xapp-fake-app',
    users: options.users ?? {},
    clientId: options.clientId ?? 'fake-client-id',
    clientSecret: options.clientSecret ?? 'fake-client-secret',
    installs: options.installs ?? [],
  }).listen();
}

/** Form bodies (JSON-encoded values such as `blocks` decoded) or JSON bodies. */
function parseBody(raw: string, contentType: string | undefined): Json {
  if (!raw) return {};
  try {
    if (contentType?.includes('application/json')) return JSON.parse(raw) as Json;
    const form = parseQuery(raw) as Record<string, string>;
    const out: Json = { ...form };
    for (const key of ['blocks', 'metadata', 'attachments']) {
      if (typeof form[key] === 'string') out[key] = JSON.parse(form[key]);
    }
    return out;
  } catch {
    return { unparsable: raw };
  }
}

function send(res: ServerResponse, status: number, body: Json, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}
