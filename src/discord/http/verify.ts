// Checks that a request to the interactions endpoint comes from Discord: an Ed25519 signature (the
// application's public key) over the timestamp header followed by the raw body, and a timestamp no
// older than five minutes, so a captured request cannot be replayed later.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** Why a request was refused, or 'ok'. */
export type Verdict = 'ok' | 'missing' | 'bad-signature' | 'stale';

/** A request's signature headers and raw body. */
export interface SignedRequest {
  /** X-Signature-Ed25519 (hex). */
  signature: string | undefined;
  /** X-Signature-Timestamp (Unix seconds). */
  timestamp: string | undefined;
  /** The body exactly as received. */
  body: Buffer;
}

/** Oldest (and furthest in the future) a timestamp may be, in seconds. */
export const maxSignatureAgeSeconds = 300;

const hex64 = /^[0-9a-f]{64}$/i;
const hex128 = /^[0-9a-f]{128}$/i;

/** True when `hex` is a public key as the Developer Portal shows it (32 bytes in hex). */
export function isPublicKeyHex(hex: string): boolean {
  return hex64.test(hex);
}

/** The public key from its hex form, wrapped as JWK (Node 20 does not import raw Ed25519 keys). */
export function publicKeyOf(hex: string): KeyObject {
  if (!isPublicKeyHex(hex)) throw new Error('a Discord public key is 64 hexadecimal characters');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x } });
}

/** A verifier for `publicKeyHex`; `now` gives the clock in ms (tests move it). */
export function createVerifier(
  publicKeyHex: string,
  now: () => number = Date.now,
): (request: SignedRequest) => Verdict {
  const key = publicKeyOf(publicKeyHex);
  return ({ signature, timestamp, body }) => {
    if (!signature || !timestamp) return 'missing';
    if (!hex128.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'bad-signature';
    const signed = verify(
      null,
      Buffer.concat([Buffer.from(timestamp), body]),
      key,
      Buffer.from(signature, 'hex'),
    );
    if (!signed) return 'bad-signature';
    const age = now() / 1000 - Number(timestamp);
    return Math.abs(age) > maxSignatureAgeSeconds ? 'stale' : 'ok';
  };
}
