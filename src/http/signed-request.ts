// Requests signed the way Slack signs them, for every signed door on the HTTP port (Slack's events,
// the newsroom webhook): a v0 signature, HMAC-SHA256 over "v0:<timestamp>:<body>" compared in
// constant time with node:crypto (one HMAC per request), a timestamp at most 5 minutes either way,
// and no signed request already seen within that window (the memory is bounded in time and size).
// Bolt checks the signature and the age, but takes any future timestamp and runs a replay again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** How far a request's timestamp may be from now, either way (Slack's rule). */
export const requestWindowMs = 5 * 60 * 1000;

/** The two headers a signed request carries (lower case, as node reads them). */
export interface SignatureHeaders {
  /** Carries `v0=<hex>`. */
  signature: string;
  /** Carries the request's time in whole seconds since the epoch. */
  timestamp: string;
}

/** Options of the check. */
export interface RequestCheckOptions {
  /** The shared signing secret. */
  signingSecret: string;
  /** Where the signature and timestamp are. */
  headers: SignatureHeaders;
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
    const signature = headers[options.headers.signature];
    const stamp = headers[options.headers.timestamp];
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

/** The v0 signature: `v0=` and hex HMAC-SHA256 of `v0:<timestamp>:<body>`, compared in constant time. */
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
