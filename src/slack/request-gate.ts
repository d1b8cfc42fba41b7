// Every HTTP request to /slack/events passes this gate before Bolt sees it. It wraps the HTTP
// receiver's public requestListener: it reads the body (Bolt then uses it as read), refuses
// unsigned, stale, future and replayed requests (request-check.ts) and bodies the listeners cannot
// serve (request-shape.ts), each with a prompt HTTP answer and a log line, and keeps the response
// at hand for the ack fast path (json-ack.ts). Other paths go to Bolt untouched.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { boltHttp, type HTTPReceiver } from './bolt.ts';
import { rememberResponse } from './json-ack.ts';
import { createRequestCheck, type RequestCheckOptions } from './request-check.ts';
import { checkRequestBody, type Refusal } from './request-shape.ts';

/** Options of the gate. */
export interface RequestGateOptions extends RequestCheckOptions {
  /** The paths Bolt serves events on. */
  endpoints: string[];
  /** Where refusals are logged. */
  logger: Logger;
}

type Buffered = IncomingMessage & { rawBody: Buffer };

/** Puts the gate in front of the receiver's request listener. Call before the receiver starts. */
export function installRequestGate(receiver: HTTPReceiver, options: RequestGateOptions): void {
  const bolt = receiver.requestListener;
  const check = createRequestCheck(options);
  const log = options.logger.child({ door: 'slack' });
  const refuse = (res: ServerResponse, refusal: Refusal) => {
    log.warn({ status: refusal.status, reason: refusal.reason }, 'slack: refused a request');
    if (res.headersSent) return void res.end();
    if (refusal.message) res.writeHead(refusal.status, { 'content-type': 'application/json' });
    else res.writeHead(refusal.status);
    res.end(refusal.message ? JSON.stringify(refusal.message) : undefined);
  };
  const pass = async (req: IncomingMessage, res: ServerResponse) => {
    let buffered: Buffered;
    try {
      buffered = (await boltHttp.bufferIncomingMessage(req, boltHttp.defaultBodyLimit)) as Buffered;
    } catch (error) {
      const tooLarge = boltHttp.isRawBodyError(error) && error.type === 'entity.too.large';
      return refuse(res, {
        status: tooLarge ? 413 : 400,
        reason: tooLarge ? 'body too large' : 'body unreadable',
      });
    }
    const raw = buffered.rawBody.toString();
    if (isSslCheck(req, raw)) return bolt(req, res);
    const problem = check(req.headers, raw);
    if (problem) return refuse(res, { status: 401, reason: problem });
    let body: unknown;
    try {
      body = boltHttp.parseHTTPRequestBody(buffered);
    } catch {
      return refuse(res, { status: 400, reason: 'body is not valid JSON or form data' });
    }
    const refusal = checkRequestBody(body);
    if (refusal) return refuse(res, refusal);
    rememberResponse(req, res);
    bolt(req, res);
  };
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || !options.endpoints.includes(pathOf(req))) return bolt(req, res);
    pass(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'slack: the request gate failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

/** The request's path ('' when its URL does not parse: Bolt answers it). */
function pathOf(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** Slack's unsigned SSL check (a form with ssl_check=1), which Bolt answers itself. */
function isSslCheck(req: IncomingMessage, raw: string): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(raw).get('ssl_check') === '1'
  );
}
