// Installations are sealed at rest: AES-256-GCM under SLACK_TOKEN_KEY, bound to the workspace key.
// Any change to the sealed text, the key or the workspace makes opening fail; nothing is in clear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenCipher, tokenKeyOf } from '../../../src/slack/oauth/token-cipher.ts';

const key = tokenKeyOf('0f'.repeat(32));
const cipher = createTokenCipher(key);

describe('slack token cipher', () => {
  it('opens what it sealed; the token never appears in the sealed text; each seal differs', () => {
    const plain = JSON.stringify({ bot: { token: 'xoxb-secret-123' } });
    const one = cipher.seal(plain, 'T0AAA');
    const two = cipher.seal(plain, 'T0AAA');
    expect(one).not.toContain('xoxb');
    expect(one).not.toBe(two);
    expect(cipher.open(one, 'T0AAA')).toBe(plain);
  });

  it('refuses another workspace key, another key, or a changed byte', () => {
    const sealed = cipher.seal('xoxb-secret', 'T0AAA');
    expect(() => cipher.open(sealed, 'T0BBB')).toThrow();
    expect(() => createTokenCipher(tokenKeyOf('1f'.repeat(32))).open(sealed, 'T0AAA')).toThrow();
    const [version, ...parts] = sealed.split('.');
    fc.assert(
      fc.property(fc.nat(2), fc.nat(), fc.integer({ min: 1, max: 255 }), (part, at, flip) => {
        const bytes = Buffer.from(parts[part] ?? '', 'base64url');
        const i = at % bytes.length;
        bytes[i] = (bytes[i] ?? 0) ^ flip;
        const changed = parts.map((p, k) => (k === part ? bytes.toString('base64url') : p));
        expect(() => cipher.open([version, ...changed].join('.'), 'T0AAA')).toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('SLACK_TOKEN_KEY is 32 bytes as hex or base64', () => {
    expect(tokenKeyOf('ab'.repeat(32))).toHaveLength(32);
    expect(tokenKeyOf(Buffer.alloc(32, 7).toString('base64'))).toHaveLength(32);
    expect(() => tokenKeyOf('short')).toThrow(/32 bytes/);
  });
});
