// A very long answer (every quote of a long article) through the real client: at most five
// messages per interaction, the last one saying how many parts were left out and how to ask for less.
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.ts';
import { analyzeArticle } from '../../src/core/analyze.ts';
import { fitAnswerBudget, leftOutNote, maxAnswerMessages } from '../../src/discord/budget.ts';
import { renderReply } from '../../src/discord/render.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { callbackOf, followUpsOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A long article in the newsroom's plain-text format: many paragraphs, each with a quotation. */
function longArticle() {
  const paragraphs = Array.from(
    { length: 160 },
    (_, i) =>
      `“The harbour talks went on through night ${i}, and every crew on the quay had something to say about the wages, the weather, the boats and the long winter ahead of them,” said Speaker${i} Almeida, a pilot who has worked the channel for years.`,
  );
  const text = ['Dock workers talk', 'Harbour Talks Run Long', ...paragraphs].join('\n');
  return analyzeArticle(parseArticle(text, 'harbour-talks.txt'), 'budget');
}

describe('discord door: message budget', () => {
  it('budget: quotes on a very long article is five messages at most, the last saying what was left out', async () => {
    const article = longArticle();
    h = await startHarness({ articles: [article] });
    const reply = await h.summit.handle({
      command: 'quotes',
      options: {},
      who: { platform: 'discord', userId: 'u', canManage: false },
      where: { platform: 'discord', channelId: 'c' },
    });
    const rendered = renderReply(reply);
    expect(rendered.length).toBeGreaterThan(maxAnswerMessages);

    const interaction = h.fake.sendInteraction(chatInputInteraction(h.fake.world, 'quotes'));
    const first = await callbackOf(h.fake, interaction);
    expect(first.status).toBe(204);
    const followUps = await followUpsOf(h.fake, interaction, maxAnswerMessages - 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sent = h.fake.requestsFor(interaction);
    expect(sent).toHaveLength(maxAnswerMessages);
    expect(sent.every((r) => r.status < 300)).toBe(true);
    const last = followUps[followUps.length - 1]?.body as { flags?: number };
    expect(last.flags).toBe(64);
    const note = messageText(last as never);
    expect(note).toContain(leftOutNote(rendered.length - (maxAnswerMessages - 1)));
    expect(note).toMatch(
      /\d+ more parts were not sent\. Ask for less, for example one section or one speaker\./,
    );
  });

  it('budget: an answer within the budget is sent whole, and a cut one keeps its buttons on the last message', () => {
    const part = (n: number) => ({ embeds: [{ title: `part ${n}` }], components: [] });
    const within = [part(1), part(2)];
    expect(fitAnswerBudget(within)).toBe(within);
    const row = { type: 1, components: [] } as never;
    const long = [...Array.from({ length: 8 }, (_, i) => part(i + 1)), { ...part(9), components: [row] }];
    const fitted = fitAnswerBudget(long);
    expect(fitted).toHaveLength(maxAnswerMessages);
    expect(fitted.slice(0, 4)).toEqual(long.slice(0, 4));
    expect(fitted[4]?.components).toEqual([row]);
    expect(messageText(fitted[4] as never)).toBe(leftOutNote(5));
    expect(fitAnswerBudget(long)).toBe(fitted);
  });
});
