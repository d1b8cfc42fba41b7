// Signs a webhook body the way a newsroom does (what the README's openssl example computes):
// X-Summit-Timestamp and X-Summit-Signature = v0=hex(HMAC-SHA256(secret, "v0:" + ts + ":" + body)).
import { createHmac } from 'node:crypto';

/** The two signature headers for `body` at `timestamp` (seconds; default now). */
export function summitSignature(
  secret: string,
  body: string | Buffer,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex');
  return { 'x-summit-timestamp': String(timestamp), 'x-summit-signature': `v0=${signature}` };
}
