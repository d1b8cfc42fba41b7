// A digest of any number and length of stories stays within each platform's limits: one message
// when it fits, else split between stories (each story whole in one message), every message
// accepted by the fake platform's checks, with its buttons next to its stories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markForSlot } from '../../../src/briefing/compose.ts';
import type { Digest, StoryBrief } from '../../../src/briefing/digest/compose-digest.ts';
import { layoutMessages, layoutThread } from '../../../src/briefing/digest/layout.ts';
import type { Reply } from '../../../src/core/reply.ts';
import { deepFreeze } from '../../../src/core/reply-cache.ts';
import { renderReply } from '../../../src/discord/render.ts';
import { renderSlack } from '../../../src/slack/render.ts';
import { checkMessage as checkDiscord } from '../../fakes/discord/validate.ts';
import { checkMessage as checkSlack } from '../../fakes/slack/validate.ts';

const platforms = {
  discord: {
    fits: (r: Reply) => renderReply(r).length === 1,
    problems: (r: Reply) =>
      renderReply(r).flatMap((m) => checkDiscord({ ...m, allowed_mentions: { parse: [] } })),
  },
  slack: {
    fits: (r: Reply) => renderSlack(r).length === 1,
    problems: (r: Reply) =>
      renderSlack(r).flatMap((m) => {
        const problem = checkSlack({ channel: 'C1', text: m.text, blocks: m.blocks });
        return problem ? [problem] : [];
      }),
  },
};

const words = fc.array(
  fc.constantFrom('harbour', 'bridge', 'council', 'ferry', 'année', '東京', '*bold*', '<@123>'),
  {
    minLength: 3,
    maxLength: 400,
  },
);
const storyArb = fc.record({
  headline: words.map((w) => w.slice(0, 40).join(' ')),
  points: fc.array(
    words.map((w) => `${w.join(' ')}.`),
    { minLength: 1, maxLength: 2 },
  ),
  quote: fc.option(words.map((w) => w.slice(0, 50).join(' '))),
  updated: fc.boolean(),
});

type StoryInput = { headline: string; points: string[]; quote: string | null; updated: boolean };

function digestOf(stories: StoryInput[], more: number): Extract<Digest, { kind: 'stories' }> {
  const briefs = stories.map(
    (s, i): StoryBrief => ({
      slug: `story-${i}`,
      headline: s.headline || `Story ${i}`,
      url: `https://news.example/${i}`,
      status: s.updated ? 'updated' : 'new',
      body: [
        { kind: 'text', text: `wire news · ${i + 1} h ago` },
        ...(s.updated ? [{ kind: 'text' as const, text: "Updated: 2 sentences added in 'Lead'." }] : []),
        { kind: 'bullets', items: s.points },
        ...(s.quote ? [{ kind: 'quote' as const, text: s.quote, speaker: 'Ana Ruiz', section: null }] : []),
      ],
      action: {
        label: `Open: ${s.headline}`.slice(0, 80),
        command: 'summary',
        options: { article: `story-${i}` },
      },
    }),
  );
  return { kind: 'stories', title: 'Daily briefing: several', intro: null, stories: briefs, more };
}

describe('digest layout', () => {
  for (const [name, platform] of Object.entries(platforms)) {
    it(`layout (${name}): every message fits and passes the platform's checks; stories are never split between messages`, () => {
      fc.assert(
        fc.property(fc.array(storyArb, { minLength: 2, maxLength: 10 }), fc.nat(40), (stories, more) => {
          const digest = digestOf(stories, more);
          const parts = layoutMessages(digest, platform.fits);
          parts.forEach((part, index) => {
            const marked = markForSlot(part, '2026-12-04', '0123456789', { index, count: parts.length });
            expect(platform.problems(marked)).toEqual([]);
            if (!platform.fits(marked)) {
              // Only a story too long for one message on its own may continue in another.
              expect(part.actions).toHaveLength(1);
            }
          });
          const slugs = parts.flatMap((p) => (p.actions ?? []).map((a) => a.options.article));
          expect(slugs).toEqual(digest.stories.map((s) => s.slug));
          const last = parts.at(-1)?.blocks.at(-1);
          if (more > 0) expect(last).toEqual({ kind: 'text', text: `and ${more} more: /summit latest` });
        }),
        {
          numRuns: 25,
          examples: [
            [
              Array.from({ length: 10 }, () => ({
                headline: 'Long',
                points: ['word '.repeat(700)],
                quote: null,
                updated: false,
              })),
              1,
            ],
          ],
        },
      );
    });
  }

  it('layout: a part stamped for a channel renders exactly as if it were rendered whole', () => {
    fc.assert(
      fc.property(
        fc.array(storyArb, { minLength: 2, maxLength: 6 }),
        fc.stringMatching(/^[0-9a-f]{10}$/),
        (stories, ref) => {
          for (const platform of [renderReply, renderSlack] as const) {
            const parts = deepFreeze(layoutMessages(digestOf(stories, 2), platforms.discord.fits));
            parts.forEach((part, index) => {
              const stamped = markForSlot(part, '2026-12-04', ref, { index, count: parts.length });
              const whole = { ...part, footer: stamped.footer };
              expect(platform(stamped)).toEqual(platform(whole));
            });
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('layout: five short stories go out as one message', () => {
    const short = Array.from({ length: 5 }, (_, i) => ({
      headline: `Story ${i}`,
      points: ['One key point.', 'Another key point.'],
      quote: 'We will keep going',
      updated: i === 2,
    }));
    expect(layoutMessages(digestOf(short, 3), platforms.discord.fits)).toHaveLength(1);
    expect(layoutMessages(digestOf(short, 3), platforms.slack.fits)).toHaveLength(1);
  });

  it('layout: a thread digest is a list of headlines, then one reply per story with its linked headline as title', () => {
    const stories = Array.from({ length: 3 }, (_, i) => ({
      headline: `Story ${i}`,
      points: ['A point.'],
      quote: null,
      updated: i === 1,
    }));
    const [root, ...replies] = layoutThread(digestOf(stories, 0));
    expect(root?.blocks).toEqual([{ kind: 'bullets', items: ['Story 0', 'Story 1 (updated)', 'Story 2'] }]);
    expect(replies.map((r) => [r.title, r.url, r.actions?.length])).toEqual([
      ['Story 0', 'https://news.example/0', 1],
      ['Story 1', 'https://news.example/1', 1],
      ['Story 2', 'https://news.example/2', 1],
    ]);
  });
});
