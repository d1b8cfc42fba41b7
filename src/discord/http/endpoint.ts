// POST /discord/interactions: Discord's HTTP interactions endpoint. Every request is verified
// (signature and age) before anything runs; a PING gets a PONG; an interaction is answered in the
// HTTP response and, when slow, finished through its webhook after the response has gone. Nothing
// is kept between requests, so any number of instances can serve one address.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, type REST } from 'discord.js';
import type { Summit } from '../../core/summit.ts';
import type { HttpRoute } from '../../http/route.ts';
import type { Logger } from '../../logger.ts';
import { answerInteraction } from './answer.ts';
import { parseInteraction } from './parse.ts';
import { InteractionSession } from './session.ts';
import { createVerifier } from './verify.ts';

/** Where Discord posts interactions (the Interactions Endpoint URL is https://<host>/discord/interactions). */
export const interactionsPath = '/discord/interactions';

/** Interactions are a few kilobytes; a larger body is refused before it is read in full. */
const maxBodyBytes = 1024 * 1024;

/** What the endpoint needs. */
export interface EndpointOptions {
  /** DISCORD_PUBLIC_KEY (hex). */
  publicKey: string;
  summit: Summit;
  logger: Logger;
  /** REST client for the interaction webhooks (edits, follow-ups). */
  rest: Pick<REST, 'patch' | 'post' | 'delete'>;
  /** Defer when the core has not answered within this many ms (default 1500; Discord allows 3000). */
  deferAfterMs?: number;
  /** The clock in ms (tests move it to check stale timestamps). */
  now?: () => number;
}

/** The endpoint's route and a way to wait for answers still being finished after their response. */
export interface InteractionsEndpoint {
  route: HttpRoute;
  /** Waits (at most `ms`) for deferred answers still being edited in. */
  drain(ms: number): Promise<void>;
}

class BodyTooLarge extends Error {}

/** The raw body, refusing more than `limit` bytes. */
async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: Buffer | object): void {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length }).end(bytes);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
}

/** The endpoint for `options`. */
export function createInteractionsEndpoint(options: EndpointOptions): InteractionsEndpoint {
  const verify = createVerifier(options.publicKey, options.now);
  const deps = { summit: options.summit, logger: options.logger, deferAfterMs: options.deferAfterMs ?? 1500 };
  const inFlight = new Set<Promise<void>>();
  const { logger } = options;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readRaw(req, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      sendJson(res, 413, { error: 'request body too large' });
      return;
    }
    const verdict = verify({
      signature: header(req, 'x-signature-ed25519'),
      timestamp: header(req, 'x-signature-timestamp'),
      body,
    });
    if (verdict !== 'ok') {
      logger.warn({ verdict }, 'discord: interactions endpoint refused a request');
      sendJson(res, 401, { error: 'invalid request signature' });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      json = undefined;
    }
    const interaction = parseInteraction(json);
    if (!interaction) {
      logger.warn({ bytes: body.length }, 'discord: interactions endpoint got a body it cannot read');
      sendJson(res, 400, { error: 'malformed interaction' });
      return;
    }
    if (interaction.kind === 'ping') {
      sendJson(res, 200, { type: InteractionResponseType.Pong });
      return;
    }
    let answered!: () => void;
    const firstSent = new Promise<void>((resolve) => {
      answered = resolve;
    });
    const session = new InteractionSession(interaction, options.rest, (first) => {
      sendJson(res, 200, first);
      answered();
    });
    const work = answerInteraction(interaction, session, deps).finally(() => {
      inFlight.delete(work);
      if (!res.headersSent) sendJson(res, 500, { error: 'no answer' });
    });
    inFlight.add(work);
    await Promise.race([firstSent, work]);
  }

  return {
    route: { methods: ['POST'], path: interactionsPath, handle },
    async drain(ms) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, ms);
      });
      await Promise.race([Promise.allSettled([...inFlight]), late]);
      clearTimeout(timer);
    },
  };
}
