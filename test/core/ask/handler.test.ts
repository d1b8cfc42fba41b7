// The /summit ask reply: answers with their sections, quotes, follow-up actions, an honest "the
// article doesn't say", and clear replies to empty or odd questions.
import { describe, expect, it } from 'vitest';
import { composeSummit } from '../../../src/compose-summit.ts';
import { askHandler } from '../../../src/core/ask/index.ts';
import type { CoreContext } from '../../../src/core/context.ts';
import type { Reply } from '../../../src/core/reply.ts';
import type { CommandRequest } from '../../../src/core/request.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { tramArticle } from './fixture.ts';

const ctx: CoreContext = {
  library: memoryLibrary([tramArticle(), tramArticle('older-story', 'An Older Story')]),
  now: () => new Date('2026-11-28T09:00:00Z'),
};

function request(options: CommandRequest['options']): CommandRequest {
  return {
    command: 'ask',
    options,
    who: { platform: 'console', userId: 'u1', canManage: false },
    where: { platform: 'console', channelId: 'c1' },
  };
}

async function ask(question: string | undefined, extra: CommandRequest['options'] = {}): Promise<Reply> {
  return askHandler(request({ question, ...extra }), ctx);
}

function bodyText(reply: Reply): string {
  return reply.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')).join('\n');
}

describe('askHandler', () => {
  it('ask: answers with the sentence, its section and an action opening that section', async () => {
    const reply = await ask('how much will it cost?');
    expect(reply.tone).toBe('info');
    expect(reply.title).toBe('Ask: how much will it cost?');
    expect(reply.blocks).toContainEqual({
      kind: 'bullets',
      items: ['The project is expected to cost 240 million euros. (section: Costs and Funding)'],
    });
    expect(reply.actions).toContainEqual({
      label: 'Section: Costs and Funding',
      command: 'section',
      options: { name: 'costs-and-funding', article: 'larkford-tram' },
    });
  });

  it('ask: a speaker question shows their quotes as quote blocks and offers all their quotes', async () => {
    const reply = await ask('What did Okafor say?');
    expect(reply.blocks).toContainEqual({
      kind: 'quote',
      text: 'This tram will change how people move through Larkford,',
      speaker: 'Helen Okafor',
      section: 'Lead',
    });
    expect(reply.actions).toContainEqual({
      label: 'All quotes: Helen Okafor',
      command: 'quotes',
      options: { speaker: 'Helen Okafor', article: 'larkford-tram' },
    });
  });

  it('ask: says plainly when the article does not say, and lists its sections instead', async () => {
    const reply = await ask('weather in Paris');
    expect(bodyText(reply)).toContain("The article doesn't say.");
    expect(bodyText(reply)).not.toContain('240 million');
    expect(reply.blocks).toContainEqual({
      kind: 'bullets',
      items: ['Lead', 'Costs and Funding', 'Route and Timetable'],
    });
    expect(reply.footer ?? '').not.toContain('quoted verbatim');
    expect(reply.actions?.map((x) => x.options.name)).toEqual([
      'lead',
      'costs-and-funding',
      'route-and-timetable',
    ]);
  });

  it('ask: a question that only touches the article points at the closest sections', async () => {
    const reply = await ask('weather forecast for the campus');
    expect(bodyText(reply)).toContain("The article doesn't say.");
    expect(reply.blocks).toContainEqual({ kind: 'heading', text: 'Closest sections to look at' });
    expect(reply.actions?.map((x) => x.options.name)).toEqual(['lead']);
  });

  it('ask: an empty or stopword-only question gets an error reply with example questions', async () => {
    for (const question of [undefined, '', '   ', 'what is the?']) {
      const reply = await ask(question);
      expect(reply.tone).toBe('error');
      expect(bodyText(reply)).toContain('What about costs and funding?');
    }
    expect((await ask('')).title).toBe('Ask: (no question)');
  });

  it('ask: the question echoed in the title is capped with an ellipsis and cleaned of control characters', async () => {
    const reply = await ask(`budget\u0000\u200b ${'words '.repeat(200)}`);
    expect(reply.title.startsWith('Ask: budget words words')).toBe(true);
    expect(reply.title.endsWith('…')).toBe(true);
    expect(reply.title.length).toBeLessThanOrEqual('Ask: '.length + 100);
    expect(reply.title.includes('\u0000') || reply.title.includes('\u200b')).toBe(false);
  });

  it('ask: answers from the article named in the request, and refuses an unknown one', async () => {
    const reply = await ask('budget', { article: 'older-story' });
    expect(reply.actions?.every((x) => x.options.article === 'older-story')).toBe(true);
    expect((await ask('budget', { article: 'no-such-story' })).tone).toBe('error');
  });

  it('ask: is wired into the core: /summit ask answers and its question option autocompletes', async () => {
    const summit = composeSummit(ctx);
    const reply = await summit.handle(request({ question: 'budget' }));
    expect(bodyText(reply)).toContain('Critics argued that the budget could grow.');
    const choices = await summit.complete({ command: 'ask', option: 'question', value: 'rout', options: {} });
    expect(choices).toEqual([
      { name: 'What about route and timetable?', value: 'What about route and timetable?' },
    ]);
  });
});
