// The interaction verifier: Discord's signature over timestamp + raw body with the application's
// public key, and a five-minute window. Property tests: no change to the body, the signature or the
// timestamp is ever accepted, and a signed request is accepted only inside the window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVerifier, isPublicKeyHex, maxSignatureAgeSeconds } from '../../../src/discord/http/verify.ts';
import { createSigningKeys, signatureHeaders } from '../../fakes/discord/outgoing.ts';

const keys = createSigningKeys();
const clock = 1_780_000_000;
const verify = createVerifier(keys.publicKeyHex, () => clock * 1000);

function signed(body: Buffer, timestamp = String(clock)) {
  const headers = signatureHeaders(keys, body, timestamp);
  return { signature: headers['x-signature-ed25519'], timestamp, body };
}

describe('discord interaction verifier', () => {
  it('accepts a request signed with the key, at any time within five minutes either way', () => {
    const body = Buffer.from('{"type":1}');
    expect(verify(signed(body))).toBe('ok');
    expect(verify(signed(body, String(clock - maxSignatureAgeSeconds)))).toBe('ok');
    expect(verify(signed(body, String(clock + maxSignatureAgeSeconds)))).toBe('ok');
    expect(verify(signed(body, String(clock - maxSignatureAgeSeconds - 1)))).toBe('stale');
    expect(verify(signed(body, String(clock - 5 * 24 * 3600)))).toBe('stale');
  });

  it('refuses missing headers, a signature from another key and malformed signatures', () => {
    const body = Buffer.from('{"type":1}');
    const good = signed(body);
    expect(verify({ ...good, signature: undefined })).toBe('missing');
    expect(verify({ ...good, timestamp: undefined })).toBe('missing');
    const other = createSigningKeys();
    const foreign = signatureHeaders(other, body, String(clock))['x-signature-ed25519'];
    expect(verify({ ...good, signature: foreign })).toBe('bad-signature');
    expect(verify({ ...good, signature: good.signature.slice(2) })).toBe('bad-signature');
    expect(verify({ ...good, timestamp: `${clock}.0` })).toBe('bad-signature');
  });

  it('a public key must be 64 hex characters', () => {
    expect(isPublicKeyHex(keys.publicKeyHex)).toBe(true);
    expect(isPublicKeyHex(keys.publicKeyHex.slice(1))).toBe(false);
    expect(() => createVerifier('zz')).toThrow(/64 hexadecimal/);
  });

  it('property: a modified body is never accepted', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (bytes, at, flip) => {
          const body = Buffer.from(bytes);
          const request = signed(body);
          const changed = Buffer.from(body);
          const i = at % changed.length;
          changed[i] = (changed[i] ?? 0) ^ flip;
          expect(verify({ ...request, body: changed })).not.toBe('ok');
          expect(verify({ ...request, body: Buffer.concat([body, Buffer.from([flip])]) })).not.toBe('ok');
          expect(verify({ ...request, body: body.subarray(0, body.length - 1) })).not.toBe('ok');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a modified signature header is never accepted', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 15 }),
        (body, at, flip) => {
          const request = signed(Buffer.from(body));
          const chars = [...request.signature];
          const i = at % chars.length;
          chars[i] = (Number.parseInt(chars[i] ?? '0', 16) ^ flip).toString(16);
          expect(verify({ ...request, signature: chars.join('') })).not.toBe('ok');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: a changed timestamp is never accepted, and a signed one only inside the window', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.string({ maxLength: 12 }),
        (body, shift, other) => {
          const bytes = Buffer.from(body);
          const request = signed(bytes);
          if (shift !== 0) expect(verify({ ...request, timestamp: String(clock + shift) })).not.toBe('ok');
          if (other !== request.timestamp) expect(verify({ ...request, timestamp: other })).not.toBe('ok');
          const shifted = signed(bytes, String(clock + shift));
          expect(verify(shifted)).toBe(Math.abs(shift) <= maxSignatureAgeSeconds ? 'ok' : 'stale');
        },
      ),
      { numRuns: 200 },
    );
  });
});
