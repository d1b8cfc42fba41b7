// Who may reach the listeners over HTTP. Bolt checks the signature and refuses a timestamp over
// 5 minutes old, but takes any future timestamp and runs a replayed request again. This check does
// all three (Bolt's own check is then off): Slack's v0 signature, HMAC-SHA256 compared in constant
// time with node:crypto (one HMAC; Bolt's comparison adds two more and random bytes per request),
// a timestamp at most 5 minutes either way, and no signed request already seen within that window
// (the memory of signatures is bounded in time and size).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** How far a request's timestamp may be from now, either way (Slack's rule). */
export const requestWindowMs = 5 * 60 * 1000;

/** Options of the check. */
export interface RequestCheckOptions {
  /** The app's signing secret. */
  signingSecret: string;
  /** The clock (tests move it). */
  now?: () => number;
  /** Most signatures remembered at once (default 10,000); the oldest go first. */
  maxRemembered?: number;
}

/** Checks one request's headers and raw body; returns why it is refused, or null when it may pass. */
export type RequestCheck = (headers: IncomingHttpHeaders, rawBody: string | Buffer) => string | null;

/** A check with its own memory of the signatures it let through. */
export function createRequestCheck(options: RequestCheckOptions): RequestCheck {
  const now = options.now ?? Date.now;
  const seen = createSeenSignatures(options.maxRemembered ?? 10_000);
  return (headers, rawBody) => {
    const signature = headers['x-slack-signature'];
    const stamp = headers['x-slack-request-timestamp'];
    if (typeof signature !== 'string' || typeof stamp !== 'string') return 'signature headers missing';
    if (!/^\d{1,12}$/.test(stamp)) return 'timestamp is not a number of seconds';
    const seconds = Number(stamp);
    const at = now();
    if (Math.abs(at - seconds * 1000) > requestWindowMs) return 'timestamp more than 5 minutes from now';
    if (!signatureMatches(options.signingSecret, stamp, rawBody, signature)) return 'signature mismatch';
    if (!seen.add(signature, seconds * 1000 + requestWindowMs, at))
      return 'replay of a request already handled';
    return null;
  };
}

/** Slack's v0 signature: `v0=` and hex HMAC-SHA256 of `v0:<timestamp>:<body>`, compared in constant time. */
export function signatureMatches(
  secret: string,
  stamp: string,
  rawBody: string | Buffer,
  signature: string,
): boolean {
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return false;
  const expected = createHmac('sha256', secret).update(`v0:${stamp}:`).update(rawBody).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Signatures with the time they stop being valid; `add` is false for one already present and live. */
function createSeenSignatures(max: number) {
  const expiries = new Map<string, number>();
  return {
    add(signature: string, expiresAt: number, at: number): boolean {
      const known = expiries.get(signature);
      if (known !== undefined && known >= at) return false;
      expiries.delete(signature);
      // Insertion order is close to expiry order (every expiry is within 10 minutes of its insertion).
      for (const [key, expiry] of expiries) {
        if (expiry >= at && expiries.size < max) break;
        expiries.delete(key);
      }
      expiries.set(signature, expiresAt);
      return true;
    },
  };
}
