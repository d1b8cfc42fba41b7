// The archive through the real discord.js door: autocomplete of `article` reaches stored stories
// by headline words (newest first, at most 25), /summit latest shows a button per story that opens
// its summary, and /summit changes shows a revision's added sentences.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { type ArchiveLibrary, createArchiveLibrary } from '../../src/stories/archive-library.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { storyText } from '../archive/helpers/story-text.ts';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../fakes/discord/payloads.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

type Row = { components: { label: string; custom_id: string }[] };

function story(n: number, title: string, extra = '') {
  const published = `2026-05-${String(n).padStart(2, '0')}`;
  return {
    key: `wire:${n}`,
    url: null,
    text: storyText({
      title,
      published,
      lead: [`${title}: the council met on day ${n}. It voted after a long debate.${extra}`],
    }),
    source: { kind: 'feed' as const, name: 'Town Wire' },
    published,
  };
}

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;
  let served: ArchiveLibrary;
  let h: Harness;

  beforeEach(async () => {
    place = await database.create();
    t = await openArchive(place);
    served = createArchiveLibrary({ archive: t.archive, problems: () => [], logger: createLogger('silent') });
    h = await startHarness({ library: served.library });
  });
  afterEach(async () => {
    await h.close();
    served.close();
    await t.close();
    await place.drop();
  });

  it('autocomplete: article matches headline words, newest first, never more than 25', async () => {
    for (let n = 1; n <= 28; n++) await served.archive.ingest(story(n, `Council vote number ${n}`));
    await served.archive.ingest(story(29, 'Lighthouse reopens'));
    await served.settled();
    const ask = async (typed: string) => {
      const answer = await callbackOf(
        h.fake,
        h.fake.sendInteraction(autocompleteInteraction(h.fake.world, 'summary', 'article', typed)),
      );
      return (answer.body as { data: { choices: { name: string; value: string }[] } }).data.choices;
    };
    const council = await ask('counc vot');
    expect(council).toHaveLength(25);
    expect(council[0]?.name).toBe('Council vote number 28');
    expect(council[24]?.name).toBe('Council vote number 4');
    expect(await ask('lightho')).toEqual([{ name: 'Lighthouse reopens', value: 'lighthouse-reopens' }]);
  });

  it('latest: one button per story; a click opens that story summary', async () => {
    for (let n = 1; n <= 3; n++) await served.archive.ingest(story(n, `Council vote number ${n}`));
    const interaction = h.fake.sendInteraction(
      chatInputInteraction(h.fake.world, 'latest', { public: true }),
    );
    await callbackOf(h.fake, interaction);
    const message = h.fake.originalMessage(interaction);
    expect(messageText(message)).toContain('Town Wire');
    const buttons = (message.components as Row[]).flatMap((r) => r.components);
    expect(buttons.map((b) => b.label)).toEqual([3, 2, 1].map((n) => `Council vote number ${n}`));
    const click = h.fake.sendInteraction(
      buttonInteraction(h.fake.world, buttons[1]?.custom_id ?? '', message),
    );
    const answer = await callbackOf(h.fake, click);
    expect(answer.body).toMatchObject({ type: 4, data: { embeds: [{ title: 'Council vote number 2' }] } });
  });

  it('changes: the latest revision of the story named, with the sentence added', async () => {
    await served.archive.ingest(story(1, 'Council vote number 1'));
    await served.archive.ingest(story(1, 'Council vote number 1', ' The mayor abstained.'));
    const answer = await callbackOf(
      h.fake,
      h.fake.sendInteraction(
        chatInputInteraction(h.fake.world, 'changes', { article: 'council-vote-number-1' }),
      ),
    );
    const text = messageText((answer.body as { data: never }).data);
    expect(text).toContain('What changed: Council vote number 1');
    expect(text).toContain('Added: The mayor abstained.');
  });
});
