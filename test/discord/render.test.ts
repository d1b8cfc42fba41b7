// Tests for the Discord renderer: layout of a reply as embeds, and every Discord limit respected
// when answers are long, with nothing lost and every cut marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../src/core/actions.ts';
import type { Reply, ReplyBlock } from '../../src/core/reply.ts';
import { fitAnswerBudget, leftOutNote, maxAnswerMessages } from '../../src/discord/budget.ts';
import { actionOfComponent } from '../../src/discord/components.ts';
import { type DiscordMessage, renderReply, toneColours } from '../../src/discord/render.ts';
import { checkMessage } from '../fakes/discord/validate.ts';
import { messageText, plainOf } from './helpers/text.ts';

function assertValid(messages: DiscordMessage[]): void {
  for (const message of messages) {
    expect(checkMessage({ ...message, allowed_mentions: { parse: [] } })).toEqual([]);
  }
}

const sentence = (i: number) =>
  `Sentence number ${i} of the long story says something plain about trade and ports.`;

const tokens = (text: string) => text.match(/[A-Za-z0-9]+/g) ?? [];

function blockText(block: ReplyBlock): string {
  switch (block.kind) {
    case 'text':
    case 'heading':
      return block.text;
    case 'bullets':
      return block.items.join(' ');
    case 'quote':
      return [block.text, block.speaker ?? 'Unattributed', block.section ?? ''].join(' ');
    case 'fields':
      return block.fields.map((f) => `${f.name} ${f.value}`).join(' ');
    case 'divider':
      return '';
  }
}

describe('renderReply', () => {
  it('render: puts the title, link, colour, body and footer of a reply into one embed', () => {
    const reply: Reply = {
      tone: 'info',
      title: 'Leaders meet in Gyeongju',
      url: 'https://example.com/story',
      blocks: [
        { kind: 'text', text: 'A standfirst.' },
        { kind: 'heading', text: 'Key points' },
        { kind: 'bullets', items: ['First point.', 'Second point.'] },
        { kind: 'quote', text: 'We agreed.', speaker: 'Jane Doe', section: 'Trade' },
      ],
      footer: 'Example News · Saturday, 1 November 2025',
    };
    const [message, ...rest] = renderReply(reply);
    expect(rest).toEqual([]);
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('Leaders meet in Gyeongju');
    expect(embed?.url).toBe('https://example.com/story');
    expect(embed?.color).toBe(toneColours.info);
    expect(embed?.description).toBe(
      'A standfirst.\n\n**Key points**\n• First point.\n• Second point.\n\n> “We agreed.”\n> — Jane Doe, Trade',
    );
    expect(embed?.footer?.text).toBe('Example News · Saturday, 1 November 2025');
  });

  it('render: colours errors red and successes green', () => {
    expect(renderReply({ tone: 'error', title: 'No', blocks: [] })[0]?.embeds[0]?.color).toBe(
      toneColours.error,
    );
    expect(renderReply({ tone: 'success', title: 'Yes', blocks: [] })[0]?.embeds[0]?.color).toBe(
      toneColours.success,
    );
  });

  it('render: splits a long answer across embeds and messages under every limit, marking continuations', () => {
    const paragraphs = Array.from({ length: 30 }, (_, p) =>
      Array.from({ length: 12 }, (_, s) => sentence(p * 12 + s)).join(' '),
    );
    const reply: Reply = {
      tone: 'info',
      title: 'A long story',
      blocks: paragraphs.map((text) => ({ kind: 'text', text })),
      footer: 'Source',
    };
    const messages = renderReply(reply);
    assertValid(messages);
    expect(messages.length).toBeGreaterThan(1);
    messages.slice(1).forEach((m, i) => {
      expect(m.embeds[0]?.title).toBe(`A long story (continued ${i + 2}/${messages.length})`);
    });
    const text = messages.map(messageText).join('\n');
    for (let i = 0; i < 360; i += 1) expect(text).toContain(sentence(i));
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toBe('Source');
  });

  it('render: cuts a sentence longer than an embed only at a word, saying so with …', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const messages = renderReply({
      tone: 'info',
      title: 'Run-on',
      blocks: [{ kind: 'text', text: `${words}.` }],
    });
    assertValid(messages);
    const descriptions = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).filter(Boolean);
    expect(descriptions.length).toBeGreaterThan(1);
    expect(descriptions[0]).toMatch(/word\d+…$/);
    expect(descriptions[1]).toMatch(/^…word\d+/);
    const rejoined = descriptions.join('').replaceAll('……', ' ');
    expect(rejoined).toBe(`${words}.`);
  });

  it('render: neutralises @everyone, @here and user, role and channel mentions from article text', () => {
    const text =
      'Ping @everyone and @here, <@123456789012345678>, <@!123456789012345678>, <@&223456789012345678> in <#323456789012345678>.';
    const [message] = renderReply({
      tone: 'info',
      title: 'Hi @everyone',
      blocks: [{ kind: 'text', text }],
      footer: '@here',
    });
    const all = JSON.stringify(message);
    expect(all).not.toMatch(/@(everyone|here)/);
    expect(all).not.toMatch(/<@!?&?\d+>|<#\d+>/);
    expect(plainOf(message?.embeds[0]?.description ?? '')).toBe(text);
  });

  it('render: escapes markdown in article text so it shows as written', () => {
    const text = '*Not bold* and __not underlined__ or `code` or [a link](https://evil.example).';
    const [message] = renderReply({ tone: 'info', title: 'T', blocks: [{ kind: 'text', text }] });
    expect(message?.embeds[0]?.description).not.toContain('*Not bold*');
    expect(plainOf(message?.embeds[0]?.description ?? '')).toBe(text);
  });

  it('render: spreads more than 25 fields and over-long field values over several embeds', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      name: `Field ${i}`,
      value: i === 3 ? sentence(1).repeat(20) : `Value ${i}`,
    }));
    const messages = renderReply({ tone: 'info', title: 'Fields', blocks: [{ kind: 'fields', fields }] });
    assertValid(messages);
    const all = messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? []));
    expect(all.filter((f) => f.name === 'Field 3 (continued)').length).toBeGreaterThan(0);
    expect(all.map((f) => f.name).filter((n) => !n.includes('continued'))).toEqual(fields.map((f) => f.name));
  });

  it('render: keeps a title over 256 characters whole in the body and a shortened one in the embed title', () => {
    const title = `${'Very long headline words '.repeat(15)}end`;
    const [message] = renderReply({ tone: 'info', title, blocks: [] });
    assertValid([message as DiscordMessage]);
    expect(message?.embeds[0]?.title?.endsWith('…')).toBe(true);
    expect(plainOf(message?.embeds[0]?.description ?? '')).toBe(title);
  });

  it('render: offers up to five actions as buttons whose ids decode back to the action', () => {
    const actions = [1, 2, 3].map((i) => ({
      label: `Part ${i}`,
      command: 'section',
      options: { name: `part-${i}` },
    }));
    const [message] = renderReply({ tone: 'info', title: 'T', blocks: [], actions });
    const buttons = message?.components[0]?.components ?? [];
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual(['Part 1', 'Part 2', 'Part 3']);
    const first = buttons[0];
    expect(first && 'custom_id' in first ? decodeAction(first.custom_id) : null).toEqual({
      command: 'section',
      options: { name: 'part-1' },
    });
  });

  it('render: offers more than five actions as a select menu whose values decode back to the action', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({
      label: `Part ${i}`,
      command: 'section',
      options: { name: `part-${i}` },
    }));
    const messages = renderReply({ tone: 'info', title: 'T', blocks: [], actions });
    assertValid(messages);
    const rows = messages.at(-1)?.components ?? [];
    expect(rows).toHaveLength(2);
    const menu = rows[1]?.components[0];
    const value = menu && 'options' in menu ? menu.options?.[0]?.value : undefined;
    expect(menu && 'custom_id' in menu ? actionOfComponent(menu.custom_id, [value ?? '']) : null).toEqual({
      command: 'section',
      options: { name: 'part-25' },
    });
  });

  it('render: any reply, however long or odd, renders within every Discord limit and keeps every word in order', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9*_~`|@<>#&!.,:-]{1,12}$/);
    const text = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '));
    const block: fc.Arbitrary<ReplyBlock> = fc.oneof(
      text(900).map((t) => ({ kind: 'text' as const, text: t })),
      text(10).map((t) => ({ kind: 'heading' as const, text: t })),
      fc
        .array(text(80), { minLength: 1, maxLength: 40 })
        .map((items) => ({ kind: 'bullets' as const, items })),
      fc
        .record({ text: text(300), speaker: fc.option(text(4)), section: fc.option(text(4)) })
        .map((q) => ({ kind: 'quote' as const, ...q })),
      fc
        .array(fc.record({ name: text(8), value: text(300) }), { minLength: 1, maxLength: 30 })
        .map((fields) => ({ kind: 'fields' as const, fields })),
      fc.constant({ kind: 'divider' as const }),
    );
    const reply = fc.record({
      tone: fc.constantFrom('info' as const, 'error' as const, 'success' as const),
      title: text(60),
      blocks: fc.array(block, { maxLength: 12 }),
      footer: fc.option(text(400), { nil: undefined }),
    });
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderReply(r);
        assertValid(messages);
        const shown = tokens(messages.map(messageText).join(' '));
        const source = tokens([r.title, ...r.blocks.map(blockText), r.footer ?? ''].join(' '));
        let at = 0;
        for (const token of shown) if (token === source[at]) at += 1;
        expect(at, `lost words after "${source.slice(Math.max(0, at - 3), at + 3).join(' ')}"`).toBe(
          source.length,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('render: a reply of 150,000 paragraphs renders without running out of stack, valid and capped at five messages', () => {
    const blocks = Array.from({ length: 150_000 }, (_, i) => ({
      kind: 'text' as const,
      text: `Paragraph ${i}.`,
    }));
    const messages = renderReply({
      tone: 'info',
      title: 'Long',
      blocks,
      footer: 'Long footer. '.repeat(400),
    });
    expect(messages.length).toBeGreaterThan(maxAnswerMessages);
    assertValid(messages);
    expect(messages.slice(-2).map(messageText).join('\n')).toContain('Paragraph 149999.');
    const sent = fitAnswerBudget(messages);
    expect(sent).toHaveLength(maxAnswerMessages);
    assertValid([...sent]);
    expect(messageText(sent.at(-1) as DiscordMessage)).toContain(leftOutNote(messages.length - 4));
  });
});
