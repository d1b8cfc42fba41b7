// fast-check generators of hostile input: text full of mention attempts, markup, entities, long
// runs and any Unicode, and whole Replies built from it, for the renderer and parser properties.
import fc from 'fast-check';
import { summitTree } from '../../../commands/summit.ts';
import type { Reply, ReplyAction, ReplyBlock } from '../../../src/core/reply.ts';

/** Strings that try to ping, break markup or confuse a splitter. */
export const hostileWords = [
  '@everyone',
  '@here',
  '@everyone1',
  '@HERE!',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123ABC>',
  '<@U0123ABC>',
  '<@U0123ABC|alice>',
  '<#C0123ABC|general>',
  '<https://evil.example|click>',
  '**bold**',
  '__under__',
  '`code`',
  '```block```',
  '||spoiler||',
  '~~strike~~',
  '> quoted',
  '# Heading',
  '-# small',
  '1. list',
  '[link](https://example.com)',
  '&amp;',
  '&lt;',
  '&gt;',
  '&',
  '<',
  '>',
  '|',
  '\\',
  '…',
  '\u200b',
  '\n',
  '\n\n',
  '😀',
  '👩‍👩‍👧',
  'Dr.',
  'U.S.',
  '“Quoted,” she said.',
  'End.',
] as const;

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileWords) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A very long run: one repeated piece (a word without spaces, or a sentence), up to ~6000 characters. */
const longRun = fc
  .tuple(
    fc.constantFrom('x', '@everyone', '<!here>', '😀', '*_', 'Word ', 'A sentence about the port. ', '&<>'),
    fc.integer({ min: 50, max: 1500 }),
  )
  .map(([piece, times]) => piece.repeat(Math.ceil(times / piece.length) * 4).slice(0, times * 4));

/** Hostile text: words joined by spaces, nothing or newlines, sometimes with a very long run. */
export const hostileText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(fc.tuple(word, fc.constantFrom(' ', ' ', '', '\n')), { maxLength: 24 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join('')),
  },
  { weight: 1, arbitrary: longRun },
);

/** Text that is never blank (button labels, names). */
export const hostileLabel = hostileText.filter((t) => t.trim().length > 0);

/** Strings a URL parser accepts (the article schema's `url` rule), some of them hostile. */
const linkUrl = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://example.com/<!here>|x',
    'https://example.com/a?b=<@U1>&c=|d',
    'mailto:<!channel>',
    'https://ex.com/@everyone',
  ),
);

const subcommandNames = summitTree.subcommands.map((s) => s.name);

const action: fc.Arbitrary<ReplyAction> = fc.record({
  label: hostileLabel,
  command: fc.oneof(fc.constantFrom(...subcommandNames), fc.string({ maxLength: 10 })),
  options: fc.dictionary(fc.string({ maxLength: 8 }), hostileText, { maxKeys: 3 }),
});

const block: fc.Arbitrary<ReplyBlock> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), text: hostileText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('heading' as const), text: hostileText }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bullets' as const),
      items: fc.array(hostileText, { maxLength: 12 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('quote' as const),
      text: hostileText,
      speaker: fc.option(hostileLabel, { nil: null }),
      section: fc.option(hostileLabel, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('fields' as const),
      fields: fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 30 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'divider' as const }) },
);

/** Any Reply the core could hand a renderer, and many it never would. */
export const anyReply: fc.Arbitrary<Reply> = fc.record(
  {
    tone: fc.constantFrom('info' as const, 'error' as const, 'success' as const),
    title: hostileText,
    url: linkUrl,
    blocks: fc.array(block, { maxLength: 30 }),
    footer: hostileText,
    actions: fc.array(action, { maxLength: 40 }),
  },
  { requiredKeys: ['tone', 'title', 'blocks'] },
);
