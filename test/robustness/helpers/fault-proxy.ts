// A fault-injecting HTTP proxy in front of a fake platform: by rule it answers for the fake (a
// 429, a 500), holds a request forever (a timeout), cuts the connection, or delays it; everything
// else is forwarded untouched. The SDKs are pointed at the proxy instead of the fake.
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { closeServer, listenLocal } from '../../fakes/http.ts';

/** What the proxy does with one request. */
export type Fault =
  | { kind: 'respond'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'destroy' }
  | { kind: 'delay'; ms: number };

/** A request as a rule sees it. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  body: string;
}

/** A rule: a matcher, a fault and how many more times it applies (Infinity: always). */
interface Rule {
  match: (req: ProxiedRequest) => boolean;
  fault: Fault;
  times: number;
}

/** The running proxy. */
export interface FaultProxy {
  /** http://127.0.0.1:port (append the fake's path, e.g. /api). */
  origin: string;
  /** Every request seen, with what was done to it. */
  seen: (ProxiedRequest & { fault: Fault['kind'] | 'forward'; status?: number })[];
  /** Applies `fault` to the next `times` requests that match. */
  inject(match: (req: ProxiedRequest) => boolean, fault: Fault, times?: number): void;
  /** Drops every rule. */
  clear(): void;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 port 0 forwarding to `target` (an origin such as http://127.0.0.1:1234). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const to = new URL(target);
  const rules: Rule[] = [];
  const held = new Set<ServerResponse>();
  const seen: FaultProxy['seen'] = [];

  const forward = (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    entry: FaultProxy['seen'][number],
  ) => {
    const upstream = request(
      { host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        entry.status = answer.statusCode;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const incoming: ProxiedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      body: body.toString('utf8'),
    };
    const rule = rules.find((r) => r.times > 0 && r.match(incoming));
    const entry: FaultProxy['seen'][number] = { ...incoming, fault: rule ? rule.fault.kind : 'forward' };
    seen.push(entry);
    if (!rule) return forward(req, res, body, entry);
    rule.times -= 1;
    const { fault } = rule;
    if (fault.kind === 'respond') {
      entry.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
      res.end(JSON.stringify(fault.body));
    } else if (fault.kind === 'hang') {
      held.add(res);
    } else if (fault.kind === 'destroy') {
      req.socket.destroy();
    } else {
      setTimeout(() => forward(req, res, body, entry), fault.ms);
    }
  });
  const port = await listenLocal(server);
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    inject(match, fault, times = 1) {
      rules.push({ match, fault, times });
    },
    clear() {
      rules.length = 0;
    },
    async close() {
      for (const res of held) res.destroy();
      await closeServer(server);
    },
  };
}
