import { describe, expect, it } from 'vitest';
import { composeSummit } from '../../../src/compose-summit.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import type { Reply } from '../../../src/core/reply.ts';
import type { CommandRequest } from '../../../src/core/request.ts';
import { parseTextCommand } from '../../../src/core/text-command.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';

/** A megabyte of junk with control characters, as pasted by mistake. */
const junk = 'x\u0007y\u001b[2J '.repeat(100_000);

function summitOver(articles: AnalyzedArticle[]) {
  const summit = composeSummit({
    library: memoryLibrary(articles),
    now: () => new Date('2026-06-06T08:00:00Z'),
  });
  return (command: string, options: CommandRequest['options']): Promise<Reply> =>
    summit.handle({
      command,
      options,
      who: { platform: 'console', userId: 'u1', canManage: false },
      where: { platform: 'console', channelId: 'c1' },
    });
}

/** Every text of a reply, as one string. */
const textOf = (reply: Reply) => JSON.stringify(reply);

describe('error replies echo a short excerpt and a few names', () => {
  it('help: a megabyte after help comes back as a short excerpt without control characters', async () => {
    const ask = summitOver([handmadeArticle()]);
    const { command, options } = parseTextCommand(`/summit help ${junk}`);
    const reply = await ask(command, options);
    expect(reply.tone).toBe('error');
    expect(textOf(reply).length).toBeLessThan(1000);
    expect(textOf(reply)).not.toMatch(/\\u0007|\\u001b/);
    expect(textOf(reply)).toContain("does not take 'x y");
  });

  it('unknown subcommand: a megabyte typed as the subcommand comes back as a short excerpt', async () => {
    const ask = summitOver([handmadeArticle()]);
    const reply = await ask(junk, {});
    expect(reply.title).toBe('Unknown command');
    expect(textOf(reply).length).toBeLessThan(1000);
    expect(textOf(reply)).not.toMatch(/\\u0007|\\u001b/);
    expect(textOf(reply)).toContain('There is no /summit x y');
  });

  it('section: an unknown name is echoed short and at most 5 of 40 headings are offered', async () => {
    const ask = summitOver([handmadeArticle({ sections: 40 })]);
    const reply = await ask('section', { name: `Part 3 ${junk}`.slice(0, 100) });
    const text = reply.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(reply.title).toBe('No such section');
    expect(text).toMatch(/^No section matches 'Part 3 x y \[2J x y .{0,40}…'\. Try: /);
    expect(text).toContain('and 36 more (/summit summary lists them all).');
    expect(reply.actions?.length).toBe(5);
  });

  it('quotes: an unknown speaker among 2,000 gets the 5 closest names and a count of the rest', async () => {
    const base = handmadeArticle();
    const speakers = Array.from({ length: 2000 }, (_, i) => `Speaker Number ${i}`);
    const ask = summitOver([{ ...base, speakers: [...base.speakers, ...speakers] }]);
    const reply = await ask('quotes', { speaker: 'Zorba the Greek' });
    expect(reply.title).toBe('No such speaker');
    expect(textOf(reply).length).toBeLessThan(1000);
    expect(textOf(reply)).toContain(
      `and ${base.speakers.length + 1995} more (/summit quotes lists them all).`,
    );
  });

  it('article: no article among 2,000 lists the 5 closest slugs of the best matches, with buttons for them only', async () => {
    const articles = Array.from({ length: 2000 }, (_, i) =>
      handmadeArticle({ slug: `story-${i}`, title: `Story ${i}`, published: '2026-01-01' }),
    );
    const ask = summitOver(articles);
    const reply = await ask('summary', { article: `stori-1999${'!'.repeat(90)}` });
    expect(reply.title).toBe('No such article');
    expect(textOf(reply).length).toBeLessThan(1500);
    expect(textOf(reply)).toMatch(/and \d+ more \(autocomplete on the article option lists them all\)/);
    expect(reply.actions?.map((a) => a.options.article)).toContain('story-1999');
    expect(reply.actions).toHaveLength(5);
  });
});
