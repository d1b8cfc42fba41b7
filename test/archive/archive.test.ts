// The story archive on both databases: identity by key and URL, revisions with their sentence
// diff, near-duplicates from a second feed, rejected text, and reading after a restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingStory } from '../../src/stories/story.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { openArchive, type TestArchive } from './helpers/open-archive.ts';
import { storyText } from './helpers/story-text.ts';

const ferryLead = [
  'Ferry crews in Portmere walked out on Monday after talks over night-shift pay collapsed. The strike halted every crossing to the three islands.',
  'The union said its members had rejected a two percent offer as an insult. Managers called the walkout premature and urged crews to return.',
];
const ferrySections = [
  {
    heading: 'Islanders Stranded',
    paragraphs: [
      'Hundreds of islanders were unable to reach work or hospital appointments. The council opened a hall in the harbour for stranded passengers.',
      'A water taxi service carried a few dozen people across before the wind rose. Its owner said he would run again at first light.',
    ],
  },
  {
    heading: 'What Comes Next',
    paragraphs: [
      'Both sides are due to meet a mediator on Thursday morning. The union has warned that further stoppages could follow next week.',
    ],
  },
];

const ferry = (edit: (text: string) => string = (t) => t) =>
  edit(
    storyText({
      title: 'Ferry Crews Strike Over Night Pay',
      dek: 'Every crossing to the islands is halted.',
      published: '2026-12-01',
      tags: ['transport', 'strikes'],
      lead: ferryLead,
      sections: ferrySections,
    }),
  );

const orchard = storyText({
  title: 'Orchard Festival Draws Record Crowd',
  published: '2026-11-20',
  lead: [
    'The orchard festival in Elmbridge drew a record crowd of twelve thousand visitors on Saturday. Growers sold out of cider apples by noon.',
    'Organisers credited the dry weather and a new shuttle bus from the station. Next year the festival will run over two days.',
  ],
});

const library = storyText({
  title: 'Library Extends Opening Hours',
  published: '2026-11-25',
  lead: [
    'The central library will open until nine in the evening from January. The council said the later hours follow a survey of readers.',
    'Students asked for quiet study space after work and school. The change costs less than a new branch, officials said.',
  ],
});

function fromFeed(key: string, text: string, feed = 'wire', url: string | null = null): IncomingStory {
  return {
    key: `${feed}:${key}`,
    url,
    text,
    source: { kind: 'feed', name: `${feed} news`, feedId: feed },
    published: null,
  };
}

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;
  let clock: Date;

  beforeEach(async () => {
    place = await database.create();
    clock = new Date('2026-12-02T10:00:00Z');
    t = await openArchive(place, { now: () => clock });
  });
  afterEach(async () => {
    await t.close();
    await place.drop();
  });

  describe('ingest', () => {
    it('archive: a new story is stored under a slug from its headline; the same text again is unchanged and not analysed', async () => {
      const first = await t.archive.ingest(fromFeed('g1', ferry()));
      expect(first).toEqual({ status: 'new', slug: 'ferry-crews-strike-over-night-pay', revision: 1 });
      const again = await t.archive.ingest(fromFeed('g1', ferry()));
      expect(again).toEqual({ status: 'unchanged', slug: 'ferry-crews-strike-over-night-pay', revision: 1 });
      expect(t.analysed()).toBe(1);
      const [listing] = await t.archive.latest(10);
      expect(listing).toMatchObject({
        slug: 'ferry-crews-strike-over-night-pay',
        title: 'Ferry Crews Strike Over Night Pay',
        sources: ['wire news'],
        feedIds: ['wire'],
        tags: ['transport', 'strikes'],
        published: '2026-12-01T00:00:00.000Z',
        updatedAt: '2026-12-02T10:00:00.000Z',
        revision: 1,
        sectionCount: 3,
      });
      expect(listing?.keyPoint).toBeTruthy();
    });

    it('archive: edited text under a known key is a revision of the same story, with added, removed and changed sentences', async () => {
      await t.archive.ingest(fromFeed('g1', ferry()));
      clock = new Date('2026-12-02T12:00:00Z');
      const edited = ferry((text) =>
        text
          .replace('rejected a two percent offer', 'rejected a three percent offer')
          .replace(' Its owner said he would run again at first light.', '')
          .replace(
            'next week.',
            'next week. Ministers said they were watching closely and would not rule out stepping in.',
          ),
      );
      const outcome = await t.archive.ingest(fromFeed('g1', edited));
      expect(outcome).toEqual({ status: 'revised', slug: 'ferry-crews-strike-over-night-pay', revision: 2 });
      const changes = await t.archive.changes('ferry-crews-strike-over-night-pay');
      expect(changes).toEqual({
        slug: 'ferry-crews-strike-over-night-pay',
        revision: 2,
        storedAt: '2026-12-02T12:00:00.000Z',
        added: [
          {
            section: 'What Comes Next',
            text: 'Ministers said they were watching closely and would not rule out stepping in.',
          },
        ],
        removed: [
          { section: 'Islanders Stranded', text: 'Its owner said he would run again at first light.' },
        ],
        changed: [
          {
            section: 'Lead',
            before: 'The union said its members had rejected a two percent offer as an insult.',
            after: 'The union said its members had rejected a three percent offer as an insult.',
          },
        ],
      });
      const article = await t.archive.article('ferry-crews-strike-over-night-pay');
      expect(JSON.stringify(article)).toContain('three percent');
      expect((await t.archive.latest(10)).map((l) => [l.slug, l.revision])).toEqual([
        ['ferry-crews-strike-over-night-pay', 2],
      ]);
    });

    it('archive: a story with one revision has no changes', async () => {
      await t.archive.ingest(fromFeed('g1', ferry()));
      expect(await t.archive.changes('ferry-crews-strike-over-night-pay')).toBeNull();
      expect(await t.archive.changes('no-such-story')).toBeNull();
    });

    it('archive: the same wire copy from a second feed joins the story, shown once with both sources', async () => {
      await t.archive.ingest(fromFeed('a-1', ferry(), 'north'));
      const wire = ferry((text) =>
        text
          .replace('Ferry Crews Strike Over Night Pay', 'Island Ferries Halted as Crews Walk Out')
          .replace('Both sides are due to meet a mediator on Thursday morning. ', ''),
      );
      const outcome = await t.archive.ingest(fromFeed('b-7', wire, 'south'));
      expect(outcome).toEqual({
        status: 'duplicate',
        slug: 'ferry-crews-strike-over-night-pay',
        revision: 1,
      });
      await t.archive.ingest(fromFeed('o-1', orchard, 'south'));
      const latest = await t.archive.latest(10);
      expect(latest.map((l) => l.slug)).toEqual([
        'ferry-crews-strike-over-night-pay',
        'orchard-festival-draws-record-crowd',
      ]);
      expect(latest[0]).toMatchObject({ sources: ['north news', 'south news'], feedIds: ['north', 'south'] });
      expect(await t.archive.ingest(fromFeed('b-7', wire, 'south'))).toMatchObject({ status: 'unchanged' });
    });

    it('archive: an unrelated story from another feed is a story of its own', async () => {
      await t.archive.ingest(fromFeed('a-1', ferry(), 'north'));
      expect(await t.archive.ingest(fromFeed('x', library, 'south'))).toMatchObject({ status: 'new' });
    });

    it('archive: a stored story older than the duplicate window is not joined', async () => {
      await t.archive.ingest(fromFeed('a-1', ferry(), 'north'));
      clock = new Date('2026-12-05T10:00:00Z');
      expect(await t.archive.ingest(fromFeed('b-1', ferry(), 'south'))).toMatchObject({
        status: 'new',
        slug: 'ferry-crews-strike-over-night-pay-2',
      });
    });

    it('archive: an unknown key with a stored story’s URL is the same story (a revision when its text differs)', async () => {
      const url = 'https://news.example/ferry-strike';
      await t.archive.ingest(fromFeed('g1', ferry(), 'wire', url));
      const page: IncomingStory = {
        key: url,
        url,
        text: ferry((text) => text.replace('on Thursday morning', 'on Friday morning')),
        source: { kind: 'page', name: 'news.example' },
        published: '2026-12-01T08:30:00Z',
      };
      expect(await t.archive.ingest(page)).toEqual({
        status: 'revised',
        slug: 'ferry-crews-strike-over-night-pay',
        revision: 2,
      });
      const [listing] = await t.archive.latest(10);
      expect(listing).toMatchObject({
        sources: ['wire news', 'news.example'],
        published: '2026-12-01T08:30:00.000Z',
      });
    });

    it('archive: a text that is not an article is rejected with the reason, and nothing is stored', async () => {
      const outcome = await t.archive.ingest(fromFeed('bad', '---\ntitle: [unclosed\n---\n'));
      expect(outcome.status).toBe('rejected');
      expect(outcome.slug).toBeNull();
      expect(outcome.reason).toMatch(/\w/);
      expect(await t.archive.ingest(fromFeed('empty', '   \n'))).toMatchObject({ status: 'rejected' });
      expect(await t.archive.latest(10)).toEqual([]);
    });

    it('archive: stories arriving together are settled one at a time (one story per key, distinct slugs)', async () => {
      const same = await Promise.all([
        t.archive.ingest(fromFeed('g1', ferry())),
        t.archive.ingest(fromFeed('g1', ferry())),
      ]);
      expect(same.map((o) => o.status).sort()).toEqual(['new', 'unchanged']);
      clock = new Date('2026-12-09T10:00:00Z');
      const leads = [ferryLead, ferrySections[0]?.paragraphs ?? [], ferrySections[1]?.paragraphs ?? []];
      const apart = await Promise.all(
        leads.map((lead, n) =>
          t.archive.ingest(
            fromFeed(`o${n}`, storyText({ title: 'Orchard Festival Draws Record Crowd', lead }), `feed${n}`),
          ),
        ),
      );
      expect(apart.map((o) => o.status)).toEqual(['new', 'new', 'new']);
      expect(apart.map((o) => o.slug).sort()).toEqual([
        'orchard-festival-draws-record-crowd',
        'orchard-festival-draws-record-crowd-2',
        'orchard-festival-draws-record-crowd-3',
      ]);
    });

    it('archive: two stories with the same headline get distinct slugs; a file keeps its file-name slug', async () => {
      expect((await t.archive.ingest(fromFeed('1', orchard, 'north'))).slug).toBe(
        'orchard-festival-draws-record-crowd',
      );
      clock = new Date('2026-12-09T10:00:00Z');
      expect((await t.archive.ingest(fromFeed('2', orchard, 'south'))).slug).toBe(
        'orchard-festival-draws-record-crowd-2',
      );
      const file: IncomingStory = {
        key: '2026-11-25-library-hours.md',
        url: null,
        text: library,
        source: { kind: 'file', name: 'content/2026-11-25-library-hours.md' },
        published: null,
      };
      expect(await t.archive.ingest(file)).toEqual({ status: 'new', slug: 'library-hours', revision: 1 });
      expect((await t.archive.article('library-hours'))?.article.slug).toBe('library-hours');
    });
  });

  describe('reading', () => {
    it('archive: after a restart, stories are read from storage without analysing anything again', async () => {
      await t.archive.ingest(fromFeed('g1', ferry()));
      const before = await t.archive.article('ferry-crews-strike-over-night-pay');
      await t.close();
      t = await openArchive(place);
      expect(t.archive.hotSize()).toBe(0);
      expect(t.archive.cached('ferry-crews-strike-over-night-pay')).toBeNull();
      expect(await t.archive.article('ferry-crews-strike-over-night-pay')).toEqual(before);
      expect(t.archive.cached('ferry-crews-strike-over-night-pay')).toEqual(before);
      expect(await t.archive.ingest(fromFeed('g1', ferry()))).toMatchObject({ status: 'unchanged' });
      expect(t.analysed()).toBe(0);
      expect(await t.archive.article('nothing-here')).toBeNull();
    });

    it('archive: warm loads the newest stories into the hot set, bounded by its size', async () => {
      for (const [key, text] of [
        ['f', ferry()],
        ['o', orchard],
        ['l', library],
      ] as const)
        await t.archive.ingest(fromFeed(key, text));
      await t.close();
      t = await openArchive(place, { hotSetSize: 2 });
      expect(await t.archive.warm(10)).toBe(2);
      expect(t.archive.cached('ferry-crews-strike-over-night-pay')).not.toBeNull();
      expect(t.archive.cached('library-extends-opening-hours')).not.toBeNull();
      expect(t.archive.cached('orchard-festival-draws-record-crowd')).toBeNull();
      expect(t.analysed()).toBe(0);
    });

    it('archive: a damaged stored analysis is refused (null), never served', async () => {
      await t.archive.ingest(fromFeed('g1', ferry()));
      await t.opened.db.updateTable('story_revisions').set({ analysis: '{"article":{}}' }).execute();
      await t.close();
      t = await openArchive(place);
      expect(await t.archive.article('ferry-crews-strike-over-night-pay')).toBeNull();
      expect((await t.archive.latest(1))[0]?.slug).toBe('ferry-crews-strike-over-night-pay');
    });

    it('archive: the hot set holds at most its size; an evicted article is reloaded from storage', async () => {
      await t.close();
      t = await openArchive(place, { hotSetSize: 2, now: () => clock });
      const slugs: string[] = [];
      for (const [key, text] of [
        ['f', ferry()],
        ['o', orchard],
        ['l', library],
      ] as const) {
        const outcome = await t.archive.ingest(fromFeed(key, text));
        slugs.push(outcome.slug ?? '');
      }
      expect(t.archive.hotSize()).toBe(2);
      const reloaded = await t.archive.article(slugs[0] ?? '');
      expect(reloaded?.article.title).toBe('Ferry Crews Strike Over Night Pay');
      expect(t.archive.hotSize()).toBe(2);
      expect(t.analysed()).toBe(3);
    });

    it('archive: changedSince lists stories new or revised after the time, most recent first', async () => {
      await t.archive.ingest(fromFeed('f', ferry()));
      clock = new Date('2026-12-02T11:00:00Z');
      await t.archive.ingest(fromFeed('o', orchard));
      clock = new Date('2026-12-02T12:00:00Z');
      await t.archive.ingest(fromFeed('l', library));
      clock = new Date('2026-12-02T13:00:00Z');
      await t.archive.ingest(
        fromFeed(
          'f',
          ferry((x) => x.replace('three islands', 'four islands')),
        ),
      );
      const changed = await t.archive.changedSince(new Date('2026-12-02T10:30:00Z'), 10);
      expect(changed.map((l) => l.slug)).toEqual([
        'ferry-crews-strike-over-night-pay',
        'library-extends-opening-hours',
        'orchard-festival-draws-record-crowd',
      ]);
      expect(await t.archive.changedSince(new Date('2026-12-02T12:30:00Z'), 1)).toHaveLength(1);
    });

    it('archive: latest is newest published first and bounded by count', async () => {
      await t.archive.ingest(fromFeed('o', orchard));
      await t.archive.ingest(fromFeed('f', ferry()));
      await t.archive.ingest(fromFeed('l', library));
      expect((await t.archive.latest(2)).map((l) => l.slug)).toEqual([
        'ferry-crews-strike-over-night-pay',
        'library-extends-opening-hours',
      ]);
    });

    it('archive: complete matches words of the headline, newest first', async () => {
      await t.archive.ingest(fromFeed('o', orchard));
      await t.archive.ingest(fromFeed('f', ferry()));
      await t.archive.ingest(fromFeed('l', library));
      expect((await t.archive.complete('FEST', 5)).map((l) => l.slug)).toEqual([
        'orchard-festival-draws-record-crowd',
      ]);
      expect((await t.archive.complete('', 5)).map((l) => l.slug)).toHaveLength(3);
      expect(await t.archive.complete('100%_', 5)).toEqual([]);
    });
  });
});
