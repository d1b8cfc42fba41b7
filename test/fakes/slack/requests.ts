// What Slack sends to an HTTP-mode app: form-encoded slash commands and block_actions payloads,
// signed with HMAC-SHA256 over `v0:timestamp:body` with the app's signing secret.
import { createHmac } from 'node:crypto';

/** Signature headers for a body, as Slack computes them. */
export function signatureHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

/** The fields of a slash command request (defaults for everything but text and response_url). */
export function slashCommandFields(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
) {
  return {
    token: 'deprecated-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ALICE',
    user_name: 'alice',
    command: '/summit',
    text,
    api_app_id: 'A0FAKE',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.fake',
    ...overrides,
  };
}

/** A block_actions payload for a click on `action` inside a message. */
export function blockActionPayload(action: Record<string, unknown>, responseUrl: string, isEphemeral = true) {
  return {
    type: 'block_actions',
    user: { id: 'U0ALICE', username: 'alice', team_id: 'T0FAKE' },
    api_app_id: 'A0FAKE',
    token: 'deprecated-verification-token',
    container: {
      type: 'message',
      message_ts: '1780000000.000100',
      channel_id: 'C0GENERAL',
      is_ephemeral: isEphemeral,
    },
    trigger_id: '1.3.fake',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [{ block_id: 'b1', action_ts: '1780000001.000200', ...action }],
  };
}

/** Options of a signed POST. */
export interface PostOptions {
  secret: string;
  /** Override the timestamp (e.g. a stale one). */
  timestamp?: number;
  /** Override the signature (e.g. a wrong one). */
  signature?: string;
  contentType?: string;
}

/** POSTs a raw body to the app, signed; returns the HTTP status. */
export async function postSigned(url: string, body: string, options: PostOptions): Promise<number> {
  return (await postSignedForAck(url, body, options)).status;
}

/**
 * POSTs a raw body to the app, signed; returns the HTTP status and the ack's body: the message a
 * slash command answered with at once (JSON), or null for an empty ack.
 */
export async function postSignedForAck(
  url: string,
  body: string,
  options: PostOptions,
): Promise<{ status: number; ack: Record<string, unknown> | null }> {
  const headers = signatureHeaders(options.secret, body, options.timestamp);
  if (options.signature) headers['x-slack-signature'] = options.signature;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  const text = await res.text();
  const json =
    res.headers.get('content-type')?.startsWith('application/json') && text ? JSON.parse(text) : null;
  return { status: res.status, ack: json };
}

/** Form-encodes fields the way Slack does. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
