// A quick answer to a slash command rides in its HTTP ack, and the same few rendered messages (a
// summary, a section) are sent again and again. Bolt's ack() JSON-encodes an object body on every
// request but sends a string as it is, so the door encodes each rendered message once and acks
// with that text. ack() cannot mark a string as JSON, so the door keeps each request's response at
// hand (set by the request gate before Bolt runs, handed on through Bolt's custom properties)
// and sets the content type itself. Without the response (Socket Mode) the ack carries the object.
// test/slack/json-ack.test.ts names each thing this relies on in Bolt.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RespondArguments } from '@slack/bolt';
import { memoByFlag } from '../core/memo-by-flag.ts';
import type { SlackMessage } from './render.ts';

/** The context property that carries a slash command's HTTP response. */
export const responseProperty = 'summitHttpResponse';

/** Where a request keeps its response (a symbol: invisible to everything else that reads it). */
const responseOf = Symbol('summit.response');

type TrackedRequest = IncomingMessage & { [responseOf]?: ServerResponse };

/** Remembers a request's response for extractResponse (the request gate calls it before Bolt runs). */
export function rememberResponse(req: TrackedRequest, res: ServerResponse): void {
  req[responseOf] = res;
}

/** Bolt's customPropertiesExtractor: the request's response, for the listener's context. */
export function extractResponse(req: TrackedRequest): Record<string, ServerResponse> {
  const res = req[responseOf];
  return res ? { [responseProperty]: res } : {};
}

/** An ack body: what a slash command's immediate response takes (no replace_original). */
export function ackBody(message: SlackMessage, isPublic: boolean): RespondArguments {
  return { response_type: isPublic ? 'in_channel' : 'ephemeral', text: message.text, blocks: message.blocks };
}

/** `ackBody` as JSON text, encoded once per message and visibility. */
export const encodedAck = memoByFlag((message: SlackMessage, isPublic: boolean) =>
  JSON.stringify(ackBody(message, isPublic)),
);

/**
 * The ack for `message`: its encoded text with the JSON content type set on `res` when the
 * response is at hand and untouched, else the object for Bolt to encode.
 */
export function ackFor(
  message: SlackMessage,
  isPublic: boolean,
  res: ServerResponse | undefined,
): string | RespondArguments {
  if (!res || res.headersSent) return ackBody(message, isPublic);
  res.setHeader('content-type', 'application/json');
  return encodedAck(message, isPublic);
}
