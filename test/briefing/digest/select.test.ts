// Which stories a channel's digest shows, on an archive built in the test (both databases) with a
// clock: the window since the last digest, revisions, topic and feed filters, a busy feed, more
// stories than shown, and days with nothing new in both modes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newMarker } from '../../../src/briefing/compose.ts';
import type { Digest } from '../../../src/briefing/digest/compose-digest.ts';
import { layoutMessages } from '../../../src/briefing/digest/layout.ts';
import { DigestRun, type DigestSubscription, planDigest } from '../../../src/briefing/digest/plan.ts';
import { noFilter } from '../../../src/storage/store.ts';
import { openArchive, type TestArchive } from '../../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { addStory, type StoryShape } from '../helpers/stories.ts';

const until = new Date('2026-12-04T08:00:00Z');
const hoursBefore = (h: number) => new Date(until.getTime() - h * 3_600_000);

function sub(over: Partial<DigestSubscription> & { stories?: number; topic?: string; feed?: string } = {}) {
  const { stories, topic, feed, ...rest } = over;
  return {
    briefedUntil: null,
    mode: 'daily' as const,
    timezone: 'UTC',
    ...rest,
    filter: { ...noFilter, ...(stories ? { stories } : {}), topic: topic ?? null, feed: feed ?? null },
  };
}

function slugsOf(digest: Digest): string[] {
  return digest.kind === 'single' ? [digest.headline] : digest.stories.map((s) => s.slug);
}

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;
  let clock: Date;

  beforeEach(async () => {
    place = await database.create();
    clock = hoursBefore(48);
    t = await openArchive(place, { now: () => clock });
  });
  afterEach(async () => {
    await t.close();
    await place.drop();
  });

  /** Ingests `shape` as if it arrived `h` hours before the digest. */
  async function arrives(h: number, shape: StoryShape, extra: string[] = []) {
    clock = hoursBefore(h);
    const outcome = await addStory(t.archive, shape, extra);
    if (!outcome.slug) throw new Error(`story ${shape.title} rejected: ${outcome.reason}`);
    return outcome.slug;
  }

  const plan = (s = sub()) => planDigest(new DigestRun(t.archive, until), s, null);

  describe('digest selection', () => {
    it('digest: a first briefing shows the last 24 hours, newest first; older stories wait for nothing', async () => {
      const old = await arrives(30, { seed: 1, title: 'Old harbour works' });
      const five = await arrives(5, { seed: 2, title: 'Bridge opens' });
      const one = await arrives(1, { seed: 3, title: 'Library extends hours' });
      const planned = await plan();
      if (!planned.post) throw new Error(planned.reason);
      expect(slugsOf(planned.digest)).toEqual([one, five]);
      expect(planned.record.stories).toEqual([one, five]);
      expect(planned.record.since).toBe(hoursBefore(24).toISOString());
      expect(slugsOf(planned.digest)).not.toContain(old);
    });

    it('digest: within the same hour, the story that says more (sections, quotes) comes first', async () => {
      const thin = await arrives(0.5, { seed: 4, title: 'Thin story', sections: 1 });
      const rich = await arrives(0.6, { seed: 5, title: 'Rich story', sections: 3, quote: true });
      const planned = await plan();
      if (!planned.post) throw new Error(planned.reason);
      expect(slugsOf(planned.digest)).toEqual([rich, thin]);
    });

    it('digest: a story revised since the last digest is marked Updated with what changed, never as new', async () => {
      const revised = await arrives(40, { seed: 6, title: 'Council budget talks', sections: 2 });
      const fresh = await arrives(3, { seed: 7, title: 'Ferry timetable changes' });
      await arrives(2, { seed: 6, title: 'Council budget talks', sections: 2 }, [
        'The canal budget was approved on Friday.',
        'The tower council questioned the museum plan on Monday.',
      ]);
      const planned = await plan(sub({ briefedUntil: hoursBefore(30) }));
      if (!planned.post || planned.digest.kind !== 'stories') throw new Error('expected a digest of stories');
      const byslug = new Map(planned.digest.stories.map((s) => [s.slug, s]));
      expect(byslug.get(fresh)?.status).toBe('new');
      const updated = byslug.get(revised);
      expect(updated?.status).toBe('updated');
      const lines = updated?.body.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
      expect(lines?.find((l) => l.startsWith('Updated'))).toMatch(
        /^Updated: 2 sentences added in 'Part \w+ 2'\.$/,
      );
      expect(planned.digest.title).toBe('Daily briefing: 1 new, 1 updated');
    });

    it('digest: topic keeps only stories whose text matches; feed keeps one feed’s stories', async () => {
      const swap = await arrives(2, {
        seed: 8,
        title: 'Currency swap agreed',
        about: 'A currency swap line was signed',
      });
      const other = await arrives(3, { seed: 9, title: 'Stadium roof repaired', feed: 'metro' });
      await arrives(4, { seed: 10, title: 'Quarry closes' });
      const topical = await plan(sub({ topic: 'currency swap' }));
      if (!topical.post) throw new Error(topical.reason);
      expect(slugsOf(topical.digest)).toEqual(['Currency swap agreed']);
      expect(topical.record.stories).toEqual([swap]);
      const metro = await plan(sub({ feed: 'Metro' }));
      if (!metro.post) throw new Error(metro.reason);
      expect(metro.record.stories).toEqual([other]);
      const byName = await plan(sub({ feed: 'metro news' }));
      expect(byName.post && byName.record.stories).toEqual([other]);
    });

    it('digest: one busy feed does not fill the digest; the rest is one line "and N more"', async () => {
      const busy: string[] = [];
      for (let i = 0; i < 8; i++)
        busy.push(await arrives(1 + i * 0.1, { seed: 20 + i, title: `Busy item ${i}`, feed: 'busy' }));
      const quiet1 = await arrives(6, { seed: 40, title: 'Quiet one', feed: 'quiet' });
      const other = await arrives(7, { seed: 41, title: 'Other one', feed: 'other' });
      const planned = await plan();
      if (!planned.post || planned.digest.kind !== 'stories') throw new Error('expected a digest of stories');
      const shown = planned.record.stories;
      expect(shown).toHaveLength(5);
      expect(shown).toContain(quiet1);
      expect(shown).toContain(other);
      expect(shown.filter((s) => busy.includes(s))).toHaveLength(3);
      expect(planned.digest.more).toBe(5);
      const [message] = layoutMessages(planned.digest, () => true);
      expect(message?.blocks.at(-1)).toEqual({ kind: 'text', text: 'and 5 more: /summit latest' });
      expect(message?.actions?.map((a) => a.options.article)).toEqual(shown);
    });

    it('digest: stories:<n> shows n in full', async () => {
      for (let i = 0; i < 4; i++) await arrives(1 + i, { seed: 50 + i, title: `Item ${i}`, feed: `f${i}` });
      const planned = await plan(sub({ stories: 2 }));
      if (!planned.post || planned.digest.kind !== 'stories') throw new Error('expected a digest of stories');
      expect(planned.digest.stories).toHaveLength(2);
      expect(planned.digest.more).toBe(2);
    });

    it('digest: one qualifying story is briefed as a single article always was', async () => {
      const slug = await arrives(2, { seed: 60, title: 'Only story today', quote: true, sections: 2 });
      const planned = await plan();
      if (!planned.post || planned.digest.kind !== 'single') throw new Error('expected a single briefing');
      expect(planned.record.stories).toEqual([slug]);
      expect(planned.digest.reply.title).toBe('Only story today');
      expect(planned.digest.reply.blocks[0]).toEqual({ kind: 'text', text: newMarker });
      expect(planned.digest.reply.blocks.some((b) => b.kind === 'quote')).toBe(true);
    });

    it('digest: nothing new skips the day in new-only mode; daily says so above the top story', async () => {
      const top = await arrives(30, { seed: 70, title: 'Yesterday’s news' });
      const skipped = await plan(sub({ mode: 'new-only', briefedUntil: hoursBefore(10) }));
      expect(skipped).toEqual({
        post: false,
        reason: 'no new or updated stories since the last briefing (mode new-only)',
      });
      const daily = await plan(sub({ briefedUntil: hoursBefore(10) }));
      if (!daily.post || daily.digest.kind !== 'single') throw new Error('expected the top story');
      expect(daily.record).toMatchObject({ stories: [top], quiet: true });
      expect(daily.digest.reply.blocks[0]).toEqual({
        kind: 'text',
        text: 'No new stories since Thu, 3 Dec 2026.',
      });
      const filtered = await plan(sub({ briefedUntil: hoursBefore(10), feed: 'nobody' }));
      expect(filtered).toEqual({
        post: false,
        reason: 'there are no stories matching this channel’s filter in the archive',
      });
    });
  });
});
