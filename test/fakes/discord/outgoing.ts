// Discord's side of the HTTP interactions endpoint: the application's Ed25519 key pair, and posting
// an interaction to the bot's endpoint signed as Discord signs it. A 200 answer is taken as the
// interaction's callback (checked and recorded by the fake), so edits and follow-ups work after it.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { FakeDiscord, RecordedRequest } from './server.ts';

/** The application's signing keys. */
export interface SigningKeys {
  privateKey: KeyObject;
  /** The public key in hex, as the Developer Portal shows it (DISCORD_PUBLIC_KEY). */
  publicKeyHex: string;
}

/** A fresh key pair. */
export function createSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' }) as { x: string };
  return { privateKey, publicKeyHex: Buffer.from(jwk.x, 'base64url').toString('hex') };
}

/** The two signature headers for `body` sent at `timestamp` (Unix seconds). */
export function signatureHeaders(keys: SigningKeys, body: Buffer | string, timestamp: string) {
  const message = Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]);
  return {
    'x-signature-ed25519': sign(null, message, keys.privateKey).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

/** What the endpoint answered. */
export interface EndpointAnswer {
  status: number;
  body: unknown;
  /** The recorded callback, when the answer was a 200 to an interaction. */
  callback?: RecordedRequest;
}

/** Now, in Unix seconds, as Discord stamps requests. */
export function nowSeconds(): string {
  return String(Math.floor(Date.now() / 1000));
}

/**
 * Posts `payload` to `url` signed with `keys`; a 200 answer becomes the interaction's callback.
 * `headers` replace the signature headers (tests of refusals).
 */
export async function postInteraction(
  fake: FakeDiscord,
  keys: SigningKeys,
  url: string,
  payload: { id: string; token: string; type: number },
  options: { headers?: Record<string, string>; raw?: string } = {},
): Promise<EndpointAnswer> {
  if (payload.type !== 1) fake.expectInteraction(payload);
  const body = options.raw ?? JSON.stringify(payload);
  const headers = options.headers ?? signatureHeaders(keys, body, nowSeconds());
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  const answer = text ? JSON.parse(text) : null;
  if (response.status !== 200 || payload.type === 1) return { status: response.status, body: answer };
  return { status: response.status, body: answer, callback: fake.recordCallback(payload, answer) };
}
