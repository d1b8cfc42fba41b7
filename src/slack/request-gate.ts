// Every HTTP request to /slack/events passes this gate before Bolt sees it. It wraps the HTTP
// receiver's public requestListener: it reads the body (Bolt then uses it as read), refuses
// unsigned, stale, future and replayed requests (request-check.ts) and bodies the listeners cannot
// serve (request-shape.ts), each with a prompt HTTP answer and a log line, and keeps the response
// at hand for the ack fast path (json-ack.ts). Other paths go to Bolt untouched.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { boltHttp, type HTTPReceiver } from './bolt.ts';
import { rememberResponse } from './json-ack.ts';
import { createRequestCheck, type SlackRequestCheckOptions } from './request-check.ts';
import { checkRequestBody, type Refusal } from './request-shape.ts';

/** Options of the gate. */
export interface RequestGateOptions extends SlackRequestCheckOptions {
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
    // One parse serves the SSL check and the shape check; a body that does not parse is refused
    // only after the signature, so an unsigned request always gets 401.
    let body: unknown;
    let parsed = true;
    try {
      body = boltHttp.parseHTTPRequestBody(buffered);
    } catch {
      parsed = false;
    }
    if (isSslCheck(req, body)) return answerSslCheck(res);
    const problem = check(req.headers, buffered.rawBody);
    if (problem) return refuse(res, { status: 401, reason: problem });
    if (!parsed) return refuse(res, { status: 400, reason: 'body is not valid JSON or form data' });
    const refusal = checkRequestBody(body);
    if (refusal) return refuse(res, refusal);
    rememberResponse(req, res);
    bolt(req, res);
  };
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || !options.endpoints.includes(pathOf(req, options.endpoints)))
      return bolt(req, res);
    pass(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'slack: the request gate failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

/**
 * The request's path exactly as Bolt's HTTPReceiver matches its endpoints (so `//host/slack/events`
 * is the endpoint here too); '' when the URL does not parse (Bolt then fails on it as well).
 */
function pathOf(req: IncomingMessage, endpoints: readonly string[]): string {
  if (req.url && endpoints.includes(req.url)) return req.url;
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** Slack's unsigned SSL check: a form with ssl_check=1 (anything else in it is ignored). */
function isSslCheck(req: IncomingMessage, body: unknown): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    (body as { ssl_check?: unknown } | undefined)?.ssl_check === '1'
  );
}

/** Answers the SSL check here, as Bolt would, so Bolt only ever sees requests the gate verified. */
function answerSslCheck(res: ServerResponse): void {
  res.writeHead(200).end();
}
