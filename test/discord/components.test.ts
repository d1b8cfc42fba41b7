// Drill-down from a summary: buttons and menus carry their state in the custom id, so a click
// works on a freshly started client (a restart), and answers the clicker ephemerally.
import { afterEach, describe, expect, it } from 'vitest';
import { buttonInteraction, chatInputInteraction, selectInteraction } from '../fakes/discord/payloads.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

type Component = {
  type: number;
  custom_id: string;
  label?: string;
  options?: { label: string; value: string }[];
};
type Row = { components: Component[] };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function summary(harness: Harness) {
  const interaction = harness.fake.sendInteraction(
    chatInputInteraction(harness.fake.world, 'summary', { public: true }),
  );
  await callbackOf(harness.fake, interaction);
  return harness.fake.originalMessage(interaction);
}

describe('discord door: buttons and menus', () => {
  it('a button on a summary opens its section after the client has restarted', async () => {
    h = await startHarness();
    const message = await summary(h);
    const buttons = (message.components as Row[])[0]?.components ?? [];
    const boats = buttons.find((b) => b.label === 'Boats and Music');
    expect(boats?.custom_id).toBe('summit|section|name=part-1|article=harbour-festival');
    await h.restart();
    expect(h.fake.gateway.identifies).toHaveLength(2);
    const click = h.fake.sendInteraction(buttonInteraction(h.fake.world, boats?.custom_id ?? '', message));
    const answer = await callbackOf(h.fake, click);
    expect(answer.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: 'Boats and Music' }], allowed_mentions: { parse: [] } },
    });
    expect(messageText((answer.body as { data: never }).data)).toContain(
      'The tall ships sailed in at noon, part 1.',
    );
  });

  it('the Quotes button opens the quotes', async () => {
    h = await startHarness();
    const message = await summary(h);
    const quotes = ((message.components as Row[])[0]?.components ?? []).find((b) => b.label === 'Quotes');
    const answer = await callbackOf(
      h.fake,
      h.fake.sendInteraction(buttonInteraction(h.fake.world, quotes?.custom_id ?? '', message)),
    );
    expect(messageText((answer.body as { data: never }).data)).toContain('Ana Silva, Lead');
  });

  it('with many sections the summary carries a menu; choosing one opens that section', async () => {
    h = await startHarness({ articles: [handmadeArticle({ sections: 12 })] });
    const message = await summary(h);
    const menu = (message.components as Row[])[0]?.components[0];
    expect(menu?.type).toBe(3);
    const option = menu?.options?.find((o) => o.label === 'Part 5 of the Day');
    await h.restart();
    const pick = h.fake.sendInteraction(
      selectInteraction(h.fake.world, menu?.custom_id ?? '', [option?.value ?? ''], message),
    );
    const answer = await callbackOf(h.fake, pick);
    expect(answer.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: 'Part 5 of the Day' }] },
    });
  });

  it('a button id that is not ours (or out of date) gets a polite ephemeral answer', async () => {
    h = await startHarness();
    const message = await summary(h);
    const answer = await callbackOf(
      h.fake,
      h.fake.sendInteraction(buttonInteraction(h.fake.world, 'legacy:open:3', message)),
    );
    expect(answer.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: 'That button is out of date' }] },
    });
  });
});
