// The story lists of /summit latest and search, and the changes of a revision, with long, odd and
// many items: every door's rendering stays within its platform's limits (split, never cut short).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import { changesReply } from '../../../src/core/handlers/changes.ts';
import { openActions, storyBlocks } from '../../../src/core/handlers/story-list.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { renderReply } from '../../../src/discord/render.ts';
import { renderSlack } from '../../../src/slack/render.ts';
import type { StoryListing } from '../../../src/stories/story.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { hostileText } from '../../robustness/helpers/arbitraries.ts';
import { discordProblems, slackProblems } from '../../robustness/helpers/checks.ts';

const listing = (i: number, title: string, keyPoint: string, sources: string[]): StoryListing => ({
  slug: `story-${i}`,
  title: title || `Story ${i}`,
  url: null,
  sources,
  feedIds: [],
  tags: [],
  published: '2026-10-01T08:00:00Z',
  updatedAt: '2026-10-01T08:00:00Z',
  revision: 1 + (i % 3),
  keyPoint: keyPoint || null,
  sectionCount: 3,
  quoteCount: 1,
});

const within = (reply: Reply) => {
  expect(discordProblems(renderReply(reply))).toEqual([]);
  expect(slackProblems(renderSlack(reply))).toEqual([]);
};

describe('story lists and changes within platform limits', () => {
  it('latest/search: ten stories with long or hostile headlines, key points and sources render within limits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(hostileText, fc.string({ maxLength: 3000 }), fc.array(hostileText, { maxLength: 4 })),
          {
            minLength: 1,
            maxLength: 10,
          },
        ),
        (items) => {
          const listings = items.map(([title, point, sources], i) =>
            listing(i, title.slice(0, 300), point, sources),
          );
          within({
            tone: 'info',
            title: 'Latest stories',
            blocks: storyBlocks(listings, new Date('2026-10-02T08:00:00Z')),
            actions: openActions(listings),
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('changes: hundreds of long changed sentences across sections are split, never lost', () => {
    const a: AnalyzedArticle = handmadeArticle({ sections: 3 });
    const long = (i: number) => `Sentence ${i} ${'of a very long revised paragraph '.repeat(20)}`;
    const sections = a.sections.map((d) => d.section.heading);
    const reply = changesReply(a, {
      slug: a.article.slug,
      revision: 7,
      storedAt: '2026-10-02T08:00:00Z',
      added: Array.from({ length: 120 }, (_, i) => ({
        section: sections[i % sections.length] ?? 'Lead',
        text: long(i),
      })),
      removed: Array.from({ length: 60 }, (_, i) => ({
        section: 'A section no longer there',
        text: long(i),
      })),
      changed: Array.from({ length: 60 }, (_, i) => ({
        section: 'Lead',
        before: long(i),
        after: long(i + 1),
      })),
    });
    within(reply);
    const shown = JSON.stringify(renderReply(reply));
    expect(shown).toContain('Sentence 119');
    expect(reply.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual(
      [...sections, 'A section no longer there'],
    );
  });
});
