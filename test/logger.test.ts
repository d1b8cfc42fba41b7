// The process logger scrubs secrets by their shape, wherever they appear in a line: interaction
// and webhook tokens in any URL (whatever the interaction id looks like), bot tokens, Slack tokens,
// in err.url, err.message, err.stack, nested causes and the message itself.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, redactSecrets } from '../src/logger.ts';

/** A logger writing into memory, and the raw lines it wrote. */
function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('trace', sink as never), lines };
}

const hex = (n: number) => randomBytes(n).toString('hex');
const interactionToken = `aW50ZXJhY3Rpb246${hex(40)}`;
const webhookToken = `wh_${hex(30)}`;
const botToken = `MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.${hex(20)}`;
const slackTokens = [`xoxb-1234-5678-${hex(12)}`, `xoxp-1234-5678-${hex(12)}`, `xapp-1-A01-${hex(16)}`];

function apiError(url: string): DiscordAPIError {
  return new DiscordAPIError({ code: 10062, message: 'Unknown interaction' }, 10062, 404, 'POST', url, {
    body: { type: 4 },
  });
}

describe('logger: secrets are redacted by pattern', () => {
  it('logger: an interaction token in err.url is redacted when the interaction id is not numeric', () => {
    const { logger, lines } = capture();
    for (const id of ['1234567890', 'not-a-number', 'abc.def', '12ab']) {
      logger.error(
        { err: apiError(`https://discord.com/api/v10/interactions/${id}/${interactionToken}/callback`) },
        'discord: interaction failed',
      );
    }
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line).not.toContain(interactionToken);
      expect(line).toMatch(/\/interactions\/[^/]+\/\[redacted\]\/callback/);
    }
  });

  it('logger: webhook, bot and Slack tokens are redacted in messages, stacks, nested causes and any field', () => {
    const { logger, lines } = capture();
    const webhook = `https://discord.com/api/v10/webhooks/app-id/${webhookToken}/messages/@original`;
    const cause = Object.assign(new Error(`request to ${webhook} failed`), { url: webhook });
    const error = new Error(`refused Authorization: Bot ${botToken} and ${slackTokens.join(' ')}`, { cause });
    logger.error({ err: error, nested: { deeper: { note: `token ${slackTokens[0]}` } } }, 'failed');
    logger.warn(`posting to ${webhook} with Bot ${botToken}`);
    logger.info({ raw: botToken, headers: { authorization: `Bot ${botToken}` } }, 'raw token');
    const out = lines.join('\n');
    for (const secret of [webhookToken, botToken, ...slackTokens]) expect(out).not.toContain(secret);
    expect(out).toContain('/webhooks/app-id/[redacted]');
    expect(out).toContain('"msg":"failed"');
  });

  it('logger: ordinary text is left alone', () => {
    const text = 'discord: door ready in guild 1234567890; Bot is online; see https://example.com/a/b';
    expect(redactSecrets(text)).toBe(text);
  });
});
