// Property: the parsers take any text without throwing. A typed command line (console, Slack)
// always becomes a request the core answers; any article text either parses or is refused with a
// ContentError; and whatever article comes through, every answer about it renders within the
// platform limits and pings nobody.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import { ContentError, parseArticle } from '../../src/content/parse.ts';
import { analyzeArticle } from '../../src/core/analyze.ts';
import type { AnalyzedArticle } from '../../src/core/article.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { parseTextCommand } from '../../src/core/text-command.ts';
import { renderReply } from '../../src/discord/render.ts';
import { createLogger } from '../../src/logger.ts';
import { parseSlackText, toCommandRequest } from '../../src/slack/parse-command.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { hostileText, hostileWords } from './helpers/arbitraries.ts';
import { discordProblems, slackProblems } from './helpers/checks.ts';

const names = summitTree.subcommands.map((s) => s.name);
const optionNames = [...new Set(summitTree.subcommands.flatMap((s) => s.options.map((o) => o.name)))];

/** A typed line: sometimes a real subcommand with real and made-up options, sometimes anything. */
const commandLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  hostileText,
  fc
    .tuple(
      fc.constantFrom('', '/summit ', '/SUMMIT ', '  '),
      fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 8 })),
      fc.array(
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...optionNames), fc.constantFrom(':', '='), hostileText)
            .map((p) => p.join('')),
          fc
            .tuple(fc.constantFrom(...optionNames), fc.constantFrom(':"', '="'), hostileText)
            .map((p) => `${p.join('')}"`),
          fc.constantFrom(
            'public',
            'PUBLIC',
            'true',
            '08:00',
            '25:99',
            'Europe/London',
            'Not/AZone',
            'daily',
            'new-only',
            '"',
            ':',
            '=',
          ),
          hostileText,
        ),
        { maxLength: 6 },
      ),
    )
    .map(([prefix, sub, rest]) => `${prefix}${sub} ${rest.join(' ')}`),
);

/** Handler failures the core caught (it answers them politely, which would hide a crash). */
const failures: string[] = [];
const logger = createLogger('error', { write: (line: string) => void failures.push(line) });

const summit = composeSummit({
  library: memoryLibrary([handmadeArticle({ sections: 4 })]),
  now: () => new Date('2026-06-06T08:00:00Z'),
  logger,
});
let parsedArticles = 0;
let generatedArticles = 0;

function request(
  parsed: { command: string; options: CommandRequest['options'] },
  platform: 'console' | 'slack',
): CommandRequest {
  return {
    ...parsed,
    who: { platform, userId: 'U1', canManage: true },
    where: { platform, channelId: 'C1' },
  };
}

function expectOptionValues(options: CommandRequest['options']): void {
  for (const value of Object.values(options)) expect(['string', 'number', 'boolean']).toContain(typeof value);
}

describe('parsers on arbitrary text', () => {
  it('text commands: any line parses without throwing, and the core answers it with a reply both doors can render', async () => {
    await fc.assert(
      fc.asyncProperty(commandLine, async (line) => {
        const parsed = parseTextCommand(line);
        expect(typeof parsed.command).toBe('string');
        expectOptionValues(parsed.options);
        const reply = await summit.handle(request(parsed, 'console'));
        expect(['info', 'error', 'success']).toContain(reply.tone);
        expect(discordProblems(renderReply(reply))).toEqual([]);
        expect(slackProblems(renderSlack(reply))).toEqual([]);
        expect(failures).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('slack: any command text (escaped as Slack sends it) parses, becomes a request and gets an answer', async () => {
    const slackEscaped = commandLine.map((t) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(commandLine, slackEscaped), async (text) => {
        const parsed = parseSlackText(text);
        expectOptionValues(parsed.options);
        let asked = 0;
        const req = await toCommandRequest(
          parsed,
          { userId: 'U1', channelId: 'C1', teamId: 'T1' },
          async () => {
            asked++;
            return false;
          },
        );
        expect(asked).toBeLessThanOrEqual(1);
        const reply = await summit.handle(req);
        expect(slackProblems(renderSlack(reply))).toEqual([]);
        expect(failures).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('autocomplete: any typed value for any option gives at most 25 choices of at most 100 characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(fc.constantFrom(...optionNames), fc.string({ maxLength: 6 })),
        hostileText,
        async (command, option, value) => {
          const choices = await summit.complete({ command, option, value, options: {} });
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

const englishWords = [
  'the',
  'talks',
  'in',
  'Seoul',
  'ended',
  'with',
  'a',
  'deal',
  'on',
  'trade',
  'and',
  'ports',
  'Minister',
  'Kim',
];
const sentenceWord = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...englishWords) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileWords.filter((w) => !w.includes('\n'))) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);
const sentence = fc
  .tuple(fc.array(sentenceWord, { minLength: 1, maxLength: 18 }), fc.constantFrom('.', '!', '?', '', '…'))
  .map(([ws, end]) => `${ws.join(' ')}${end}`);
const speakerName = fc.constantFrom(
  'Ana Silva',
  'Kim Min-jun',
  '@everyone',
  '<@123456789012345678>',
  '<!here> Lee',
  'Dr. O’Neil',
);
const quoteLine = fc
  .tuple(sentence, speakerName)
  .map(([s, who]) => `“${s.replace(/[.!?…]$/, '')},” said ${who}. “${s}” ${who} added.`);
const line = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' ')) },
  { weight: 2, arbitrary: quoteLine },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...englishWords), { minLength: 1, maxLength: 4 })
      .map((w) => w.join(' ')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '## Trade <!channel>',
      '# @everyone',
      '---',
      '',
      '> quoted',
      '**Bold Heading**',
    ),
  },
  { weight: 1, arbitrary: hostileText },
);
const headline = fc
  .array(sentenceWord, { minLength: 2, maxLength: 10 })
  .map((ws) => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
const articleText = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      {
        weight: 2,
        arbitrary: fc.constant('---\ntitle: "@everyone <!here> news"\npublished: 2026-11-01\n---\n'),
      },
      { weight: 1, arbitrary: fc.constant('---\nbroken: [\n---\n') },
    ),
    fc.oneof({ weight: 4, arbitrary: headline }, { weight: 1, arbitrary: hostileText }),
    fc.array(line, { minLength: 2, maxLength: 14 }),
  )
  .map(([front, headline, lines]) => `${front}${headline}\n\n${lines.join('\n\n')}`);

/** Every command a reader can run about one article, with names taken from the article itself. */
function commandsFor(a: AnalyzedArticle): { command: string; options: CommandRequest['options'] }[] {
  const section = a.article.sections[a.article.sections.length - 1];
  return [
    { command: 'summary', options: {} },
    { command: 'section', options: { name: section?.heading ?? 'x' } },
    { command: 'quotes', options: {} },
    { command: 'quotes', options: { speaker: a.speakers[0] ?? 'nobody' } },
    {
      command: 'ask',
      options: { question: a.article.sections[0]?.sentences[0]?.text.slice(0, 80) ?? 'what' },
    },
    { command: 'brief', options: {} },
    { command: 'latest', options: { count: 10 } },
    { command: 'search', options: { words: a.article.title.slice(0, 100) } },
    { command: 'changes', options: {} },
  ];
}

/**
 * Texts a random run once failed on, tried first on every run. The first: a search for a headline
 * clipped to 100 characters inside an astral-plane character echoed the lone half back (CI, seed
 * 1896936350).
 */
const foundBefore: [string][] = [
  [
    '\n\n# Heading @everyone 𐀀 in talks ports 𐀀𐀀𐀀𐀀𐀀 the Minister. `code` -# small @everyone the 𐀀𐀀𐀀𐀀𐀀𐀀. the.\n\n“@everyone,” said Ana Silva. “@everyone.” Ana Silva added.',
  ],
];

describe('articles from arbitrary text', () => {
  it.each(['story.txt', 'story.md'])(
    'content: any %s parses or is refused with a ContentError, and every answer about it renders within limits with no ping',
    async (file) => {
      await fc.assert(
        fc.asyncProperty(articleText, async (text) => {
          let analyzed: AnalyzedArticle;
          generatedArticles++;
          try {
            analyzed = analyzeArticle(parseArticle(text, file), 'v1');
          } catch (error) {
            if (!(error instanceof ContentError)) throw error;
            return;
          }
          parsedArticles++;
          const core = composeSummit({
            library: memoryLibrary([analyzed]),
            now: () => new Date('2026-11-28T08:00:00Z'),
            logger,
          });
          for (const cmd of commandsFor(analyzed)) {
            const reply = await core.handle(request(cmd, 'console'));
            expect(discordProblems(renderReply(reply)), cmd.command).toEqual([]);
            expect(slackProblems(renderSlack(reply)), cmd.command).toEqual([]);
            expect(failures, cmd.command).toEqual([]);
          }
          for (const option of ['name', 'speaker', 'question', 'article']) {
            const choices = await core.complete({
              command: option === 'name' ? 'section' : option === 'speaker' ? 'quotes' : 'ask',
              option,
              value: '',
              options: {},
            });
            expect(choices.length).toBeLessThanOrEqual(25);
          }
        }),
        { numRuns: 40, examples: foundBefore },
      );
    },
  );

  it('content: the generated texts mostly parse, so the property above is about real articles', () => {
    // About half of the random texts make an article (80 runs, 40 per file type, a pinned example among them); a
    // fixed count of 41 failed at 40 on one seed, so the floor is a share well below the usual rate.
    expect(generatedArticles).toBeGreaterThanOrEqual(80);
    expect(parsedArticles / generatedArticles).toBeGreaterThan(0.3);
  });
});
