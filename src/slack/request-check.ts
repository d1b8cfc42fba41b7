// Who may reach the Slack listeners over HTTP: the shared signed-request check
// (src/http/signed-request.ts) on Slack's headers. Bolt's own check is off; this one also refuses
// future timestamps and replays.
import {
  createRequestCheck as createSignedRequestCheck,
  type RequestCheck,
  type RequestCheckOptions,
} from '../http/signed-request.ts';

export { type RequestCheck, requestWindowMs, signatureMatches } from '../http/signed-request.ts';

/** Slack's signature headers. */
export const slackSignatureHeaders = {
  signature: 'x-slack-signature',
  timestamp: 'x-slack-request-timestamp',
};

/** Options of Slack's check: the signed-request options without the headers, which are Slack's. */
export type SlackRequestCheckOptions = Omit<RequestCheckOptions, 'headers'>;

/** A check of Slack's signature headers with its own memory of the signatures it let through. */
export function createRequestCheck(options: SlackRequestCheckOptions): RequestCheck {
  return createSignedRequestCheck({ ...options, headers: slackSignatureHeaders });
}
