import { describe, expect, it, vi } from 'vitest';
import { commandLimits } from '../../commands/limits.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import type { StoryLibrary } from '../../src/core/library.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

const summit = composeSummit({
  library: memoryLibrary([handmadeArticle()]),
  now: () => new Date('2026-06-06T08:00:00Z'),
});

function ask(command: string, options: CommandRequest['options'] = {}, canManage = false): Promise<Reply> {
  return summit.handle({
    command,
    options,
    who: { platform: 'console', userId: 'u1', canManage },
    where: { platform: 'console', channelId: 'c1' },
  });
}

const textOf = (reply: Reply) => JSON.stringify(reply);

describe('core replies', () => {
  it('summary: headline, dek, key points, sections and a button per section and for quotes', async () => {
    const reply = await ask('summary');
    expect(reply.tone).toBe('info');
    expect(reply.title).toBe('Harbour Festival Draws Record Crowds');
    expect(reply.blocks[0]).toEqual({
      kind: 'text',
      text: 'A weekend of boats, music and food brings the town to the water.',
    });
    expect(reply.blocks).toContainEqual({ kind: 'bullets', items: handmadeArticle().keyPoints });
    expect(reply.footer).toBe('Test Gazette · Friday, 5 June 2026 · Porto');
    expect(reply.actions?.map((a) => a.label)).toEqual([
      'Lead',
      'Boats and Music',
      'Part 2 of the Day',
      'Quotes',
    ]);
  });

  it('section: finds a section by part of its heading and shows its summary, text and quotes', async () => {
    const reply = await ask('section', { name: 'boats' });
    expect(reply.title).toBe('Boats and Music');
    expect(textOf(reply)).toContain('The tall ships sailed in at noon, part 1.');
    expect(reply.blocks).toContainEqual({
      kind: 'quote',
      text: 'The boats are the heart of it,',
      speaker: 'Rui Costa',
      section: null,
    });
    expect(reply.actions?.map((a) => a.label)).toEqual([
      'Previous: Lead',
      'Next: Part 2 of the Day',
      'Summary',
    ]);
  });

  it('section: an unknown name is answered with the headings to try', async () => {
    const reply = await ask('section', { name: 'weather forecast' });
    expect(reply.tone).toBe('error');
    expect(textOf(reply)).toContain(
      "No section matches 'weather forecast'. Try: Lead; Boats and Music; Part 2 of the Day.",
    );
  });

  it('quotes: all quotations with speaker and section, or one speaker by part of the name', async () => {
    const all = await ask('quotes');
    expect(all.blocks.filter((b) => b.kind === 'quote')).toHaveLength(2);
    const one = await ask('quotes', { speaker: 'silva' });
    expect(one.title).toBe('Ana Silva, quoted');
    expect(one.blocks.filter((b) => b.kind === 'quote')).toEqual([
      { kind: 'quote', text: 'We have never seen so many people,', speaker: 'Ana Silva', section: 'Lead' },
    ]);
    const none = await ask('quotes', { speaker: 'nobody-here' });
    expect(textOf(none)).toContain('Speakers: Ana Silva, Rui Costa.');
  });

  it('help: lists every subcommand from the command tree with its usage', async () => {
    const reply = await ask('help');
    expect(textOf(reply)).toContain(
      '/summit section <name> [article] [public]: One part of the story, summarised',
    );
    expect(textOf(reply)).toContain('/summit subscribe [time] [timezone] [mode]');
  });

  it('unknown commands get a did-you-mean', async () => {
    const reply = await ask('summry');
    expect(reply.tone).toBe('error');
    expect(textOf(reply)).toContain('Did you mean /summit summary?');
  });

  it('refuses a missing required option, a value too long and a wrong type with the usage', async () => {
    expect(textOf(await ask('section'))).toContain('Missing name');
    expect(textOf(await ask('section', { name: 'x'.repeat(101) }))).toContain(
      'name is too long (101 characters; at most 100)',
    );
    expect(textOf(await ask('summary', { public: 'maybe' }))).toContain('public must be true or false');
    expect(textOf(await ask('summary', { colour: 'red' }))).toContain(
      "/summit summary does not take 'colour'",
    );
  });

  it('a search cut inside an emoji echoes no broken character: the lone half becomes U+FFFD', async () => {
    const reply = await ask('search', { words: 'Harbour 𐀀\uD800' });
    expect(textOf(reply)).not.toMatch(/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i);
    expect(reply.title).toContain('Harbour 𐀀\uFFFD');
  });

  it('refuses managers-only commands to people who cannot manage the channel', async () => {
    const reply = await ask('unsubscribe');
    expect(reply.tone).toBe('error');
    expect(textOf(reply)).toContain('Only people who can manage this channel');
  });

  it("a refusal adds the door's own words on who may manage, and the core has none of its own", async () => {
    const req = (manageHint?: string): CommandRequest => ({
      command: 'subscribe',
      options: {},
      who: { platform: 'slack', userId: 'u1', canManage: false, ...(manageHint ? { manageHint } : {}) },
      where: { platform: 'slack', channelId: 'c1' },
    });
    const hinted = await summit.handle(req('Ask a keeper of the lighthouse.'));
    expect(hinted.blocks).toEqual([
      { kind: 'text', text: 'Only people who can manage this channel may use /summit subscribe.' },
      { kind: 'text', text: 'Ask a keeper of the lighthouse.' },
    ]);
    const plain = await summit.handle(req());
    expect(plain.title).toBe('Not allowed');
    expect(plain.blocks).toHaveLength(1);
  });

  it('reaches another article by slug and says which slugs exist when none matches', async () => {
    const two = composeSummit({
      library: memoryLibrary([
        handmadeArticle(),
        handmadeArticle({ slug: 'old-news', title: 'Old News', published: '2020-01-01' }),
      ]),
      now: () => new Date(),
    });
    const req = (options: CommandRequest['options']) => ({
      command: 'summary',
      options,
      who: { platform: 'console' as const, userId: 'u', canManage: false },
      where: { platform: 'console' as const, channelId: 'c' },
    });
    expect((await two.handle(req({}))).title).toBe('Harbour Festival Draws Record Crowds');
    expect((await two.handle(req({ article: 'old-news' }))).title).toBe('Old News');
    expect(textOf(await two.handle(req({ article: 'nope' })))).toContain(
      'Articles: harbour-festival, old-news.',
    );
  });

  it('says how to add an article when content/ has none', async () => {
    const empty = composeSummit({ library: memoryLibrary([]), now: () => new Date() });
    const reply = await empty.handle({
      command: 'summary',
      options: {},
      who: { platform: 'console', userId: 'u', canManage: false },
      where: { platform: 'console', channelId: 'c' },
    });
    expect(textOf(reply)).toContain('dropping a .txt or .md file into content/');
  });

  it('autocomplete: sections and speakers filtered by what was typed, at most 25', async () => {
    const many = composeSummit({
      library: memoryLibrary([handmadeArticle({ sections: 40 })]),
      now: () => new Date(),
    });
    const all = await many.complete({ command: 'section', option: 'name', value: '', options: {} });
    expect(all).toHaveLength(commandLimits.choices);
    const speakers = await summit.complete({
      command: 'quotes',
      option: 'speaker',
      value: 'cost',
      options: {},
    });
    expect(speakers).toEqual([{ name: 'Rui Costa', value: 'Rui Costa' }]);
  });

  it('autocomplete: a story store that does not answer within 2 s gives no choices instead of a late answer', async () => {
    vi.useFakeTimers();
    try {
      const stalled: StoryLibrary = {
        ...memoryLibrary([handmadeArticle()]),
        headlines: () => new Promise(() => undefined),
      };
      const slow = composeSummit({ library: stalled, now: () => new Date() });
      const choices = slow.complete({ command: 'summary', option: 'article', value: 'harb', options: {} });
      await vi.advanceTimersByTimeAsync(2000);
      expect(await choices).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('autocomplete: article offers headlines whose words start with what was typed, newest first', async () => {
    const stories = composeSummit({
      library: memoryLibrary([
        handmadeArticle({ slug: 'ferry-old', title: 'Ferry strike begins', published: '2026-01-01' }),
        handmadeArticle({ slug: 'ferry-new', title: 'Harbour ferry strike ends', published: '2026-02-01' }),
        handmadeArticle({ slug: 'tram', title: 'Tram line opens', published: '2026-03-01' }),
      ]),
      now: () => new Date(),
    });
    const typed = (value: string) =>
      stories.complete({ command: 'summary', option: 'article', value, options: {} });
    expect(await typed('ferr str')).toEqual([
      { name: 'Harbour ferry strike ends', value: 'ferry-new' },
      { name: 'Ferry strike begins', value: 'ferry-old' },
    ]);
    expect((await typed('')).map((c) => c.value)).toEqual(['tram', 'ferry-new', 'ferry-old']);
    expect(await typed('trike')).toEqual([]);
  });
});
