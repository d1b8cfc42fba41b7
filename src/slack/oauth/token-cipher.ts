// Seals installations (which carry bot and user tokens) before they reach the database:
// AES-256-GCM with a random 96-bit nonce per seal, keyed by SLACK_TOKEN_KEY, the workspace key
// bound in as associated data so a sealed row cannot be moved to another workspace's key.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';

/** The 32-byte key from SLACK_TOKEN_KEY (64 hex characters, or base64). */
export function tokenKeyOf(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('SLACK_TOKEN_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}

/** Seals and opens text under one key. */
export interface TokenCipher {
  /** `v1.<nonce>.<tag>.<ciphertext>` (base64url parts) for `plain`, bound to `context`. */
  seal(plain: string, context: string): string;
  /** The plain text; throws when the key, the context or any byte is wrong. */
  open(sealed: string, context: string): string;
}

/** A cipher for `key` (32 bytes). */
export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error('the token key must be 32 bytes');
  return {
    seal(plain, context) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [nonce, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [version, ...parts].join('.');
    },
    open(sealed, context) {
      const [tag, nonce, auth, body] = sealed.split('.');
      if (tag !== version || !nonce || !auth || body === undefined)
        throw new Error('not a sealed installation this version can read');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(auth, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
