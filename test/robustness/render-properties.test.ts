// Property: whatever a Reply holds (mention attempts, markup, entities, any Unicode, very long
// runs, too many fields or actions), each platform's renderer stays inside every limit, never
// emits a live mention, never breaks a character, and drops nothing of the content.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../src/discord/render.ts';
import { callbackBody } from '../../src/discord/reply-body.ts';
import { payloadOf } from '../../src/discord/respond.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { fitResponseBudget } from '../../src/slack/respond.ts';
import { checkMessage as discordCheck } from '../fakes/discord/validate.ts';
import { checkMessage as slackCheck } from '../fakes/slack/validate.ts';
import { anyReply } from './helpers/arbitraries.ts';
import {
  contentOf,
  discordProblems,
  discordVisible,
  missingFrom,
  slackProblems,
  slackVisible,
} from './helpers/checks.ts';

const runs = { numRuns: 150 };

describe('renderers under hostile replies', () => {
  it('discord: every message fits every limit, pings nobody and keeps all the content in order', () => {
    fc.assert(
      fc.property(anyReply, (reply) => {
        const messages = renderReply(reply);
        expect(discordProblems(messages)).toEqual([]);
        for (const message of messages) {
          // As sent: embeds and components go out through their toJSON.
          const sent = JSON.parse(JSON.stringify(payloadOf(message)));
          expect(discordCheck({ ...sent, allowed_mentions: { parse: [] } })).toEqual([]);
          expect(payloadOf(message).allowedMentions).toEqual({ parse: [] });
          // The first reply goes out pre-encoded: the same message, no ping, the ephemeral flag when asked.
          for (const ephemeral of [false, true]) {
            const body = JSON.parse(callbackBody(message, ephemeral).toString('utf8'));
            expect(body.data.allowed_mentions).toEqual({ parse: [] });
            expect(body.data.flags).toBe(ephemeral ? 64 : undefined);
            expect(discordCheck(body.data)).toEqual([]);
            expect({ embeds: body.data.embeds, components: body.data.components }).toEqual({
              embeds: sent.embeds,
              components: sent.components,
            });
          }
        }
        const content = contentOf(reply);
        const lostAt = missingFrom(content, discordVisible(messages));
        expect(lostAt, `lost from: ${JSON.stringify(content.slice(lostAt, lostAt + 40))}`).toBe(-1);
      }),
      runs,
    );
  });

  it('slack: every message fits every limit, pings nobody and keeps all the content in order', () => {
    fc.assert(
      fc.property(anyReply, (reply) => {
        const messages = renderSlack(reply);
        expect(slackProblems(messages)).toEqual([]);
        for (const message of fitResponseBudget(messages)) {
          expect(slackCheck({ text: message.text, blocks: message.blocks })).toBeNull();
        }
        const content = contentOf(reply);
        const lostAt = missingFrom(content, slackVisible(messages));
        expect(lostAt, `lost from: ${JSON.stringify(content.slice(lostAt, lostAt + 40))}`).toBe(-1);
      }),
      runs,
    );
  });

  it('checks: the property catches a live mention and a dropped sentence (the checks can fail)', () => {
    const ping = renderReply({ tone: 'info', title: 'x', blocks: [] });
    const first = ping[0];
    if (first?.embeds[0]) first.embeds[0].description = 'hi @everyone';
    expect(discordProblems(ping).join()).toContain('live mention');
    const slack = renderSlack({ tone: 'info', title: 'x', blocks: [] });
    slack[0]?.blocks.push({ type: 'section', text: { type: 'mrkdwn', text: '<!here> now' } });
    expect(slackProblems(slack).join()).toContain('live mention');
    expect(missingFrom('abc', 'axc')).toBe(1);
  });
});
