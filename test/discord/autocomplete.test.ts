// Autocomplete for /summit section (the article's sections) and /summit quotes (its speakers):
// filtered by what was typed, never more than Discord's 25 choices.
import { afterEach, describe, expect, it } from 'vitest';
import { autocompleteInteraction } from '../fakes/discord/payloads.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function choices(sub: string, option: string, typed: string) {
  if (!h) throw new Error('no harness');
  const answer = await callbackOf(
    h.fake,
    h.fake.sendInteraction(autocompleteInteraction(h.fake.world, sub, option, typed)),
  );
  expect(answer.status).toBe(204);
  expect((answer.body as { type: number }).type).toBe(8);
  return (answer.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
}

describe('discord door: autocomplete', () => {
  it('section: offers every section when nothing is typed, and filters by what is typed', async () => {
    h = await startHarness();
    expect(await choices('section', 'name', '')).toEqual([
      { name: 'Lead', value: 'lead' },
      { name: 'Boats and Music', value: 'part-1' },
      { name: 'Part 2 of the Day', value: 'part-2' },
    ]);
    expect(await choices('section', 'name', 'boat')).toEqual([{ name: 'Boats and Music', value: 'part-1' }]);
  });

  it('quotes: offers the speakers, filtered by what is typed', async () => {
    h = await startHarness();
    expect((await choices('quotes', 'speaker', '')).map((c) => c.value)).toEqual(['Ana Silva', 'Rui Costa']);
    expect(await choices('quotes', 'speaker', 'ana')).toEqual([{ name: 'Ana Silva', value: 'Ana Silva' }]);
  });

  it('section: an article with 40 sections still gets at most 25 choices (Discord rejects more)', async () => {
    h = await startHarness({ articles: [handmadeArticle({ sections: 40 })] });
    const all = await choices('section', 'name', '');
    expect(all).toHaveLength(25);
    expect(all[0]).toEqual({ name: 'Lead', value: 'lead' });
  });
});
