// BM25 search over the archive on both databases: headline matches first, every field counts,
// stemming applies, and revisions replace what a story is found by.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { IncomingStory } from '../../src/stories/story.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { openArchive, type TestArchive } from './helpers/open-archive.ts';
import { storyText } from './helpers/story-text.ts';

function story(key: string, title: string, lead: string[], dek?: string): IncomingStory {
  return {
    key,
    url: null,
    text: storyText({ title, dek, lead, published: '2026-11-01' }),
    source: { kind: 'webhook', name: 'newsroom' },
    published: null,
  };
}

const stories = [
  story('harbour', 'Harbour Dredging Begins', [
    'Work to deepen the harbour began on Tuesday. The port authority said larger cargo ships will be able to dock by spring.',
    'Fishermen worry the dredging will disturb crab grounds near the breakwater.',
  ]),
  story('crabs', 'Crab Season Opens Early', [
    'The crab season opened a week early after warm weather. Prices at the market fell by a third on the first morning.',
    'Buyers said the catch was the largest in years, with crab boats landing twice the usual haul.',
  ]),
  story('council', 'Council Approves New Budget', [
    'The council approved its budget after a long debate. Spending on roads rises while the library fund is frozen.',
    'Opposition members said the plan ignored the harbour and the town’s fishing families.',
  ]),
];

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;

  beforeEach(async () => {
    place = await database.create();
    t = await openArchive(place);
    for (const s of stories) await t.archive.ingest(s);
  });
  afterEach(async () => {
    await t.close();
    await place.drop();
  });

  const slugsFor = async (words: string, limit = 10) =>
    (await t.archive.search(words, limit)).map((l) => l.slug);

  it('search: a word in the headline ranks above the same word only in the text', async () => {
    expect(await slugsFor('crab')).toEqual(['crab-season-opens-early', 'harbour-dredging-begins']);
    expect(await slugsFor('harbour')).toEqual(['harbour-dredging-begins', 'council-approves-new-budget']);
  });

  it('search: words are stemmed and stopwords ignored, and limit bounds the list', async () => {
    expect(await slugsFor('the approving of budgets')).toEqual(['council-approves-new-budget']);
    expect(await slugsFor('harbour crabs', 1)).toHaveLength(1);
    expect(await slugsFor('the of and')).toEqual([]);
    expect(await slugsFor('zeppelin')).toEqual([]);
  });

  it('search: the story that matches more of the words comes first', async () => {
    expect((await slugsFor('fishing harbour budget'))[0]).toBe('council-approves-new-budget');
  });

  it('search: a revision replaces the terms a story is found by', async () => {
    await t.archive.ingest(
      story('council', 'Council Approves New Budget', [
        'The council approved its budget after a long debate about the new tram line.',
        'Spending on roads rises while the library fund is frozen.',
      ]),
    );
    expect(await slugsFor('tram')).toEqual(['council-approves-new-budget']);
    expect(await slugsFor('fishing')).toEqual([]);
  });

  it('search: results are full listings', async () => {
    const [first] = await t.archive.search('dredging', 5);
    expect(first).toMatchObject({ slug: 'harbour-dredging-begins', sources: ['newsroom'], revision: 1 });
  });
});
