import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../src/core/actions.ts';
import type { Reply } from '../../src/core/reply.ts';
import { splitText } from '../../src/core/text/split.ts';
import { escapeMrkdwn, unescapeSlackText } from '../../src/slack/escape.ts';
import { slackLimits } from '../../src/slack/limits.ts';
import { renderSlack, type SlackMessage } from '../../src/slack/render.ts';
import { fitResponseBudget } from '../../src/slack/respond.ts';
import { checkMessage } from '../fakes/slack/validate.ts';

const base: Reply = { tone: 'info', title: 'A title', blocks: [] };

function expectAllValid(messages: SlackMessage[]) {
  for (const message of messages)
    expect(checkMessage({ text: message.text, blocks: message.blocks })).toBeNull();
}

const texts = (messages: SlackMessage[]) =>
  messages.flatMap((m) =>
    m.blocks.flatMap((b) => {
      if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
      if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : ''));
      if (b.type === 'header') return [b.text.text];
      return [];
    }),
  );

describe('slack renderer', () => {
  it('escape: & < > become entities so <!channel> and <@U123> cannot ping', () => {
    expect(escapeMrkdwn('Tom & Jerry <!channel> <@U123> <http://x|y>')).toBe(
      'Tom &amp; Jerry &lt;!channel&gt; &lt;@U123&gt; &lt;http://x|y&gt;',
    );
    expect(unescapeSlackText('R&amp;D &lt;b&gt;')).toBe('R&D <b>');
  });

  it('render: article text with mentions arrives escaped in every block and in the fallback', () => {
    const evil = 'Hi <!channel> <!here> <@U123> <#C1> & <https://evil.example|click>';
    const messages = renderSlack({
      ...base,
      title: `Title ${evil}`,
      footer: evil,
      blocks: [
        { kind: 'text', text: evil },
        { kind: 'heading', text: evil },
        { kind: 'bullets', items: [evil] },
        { kind: 'quote', text: evil, speaker: evil, section: evil },
        { kind: 'fields', fields: [{ name: evil, value: evil }] },
      ],
    });
    expectAllValid(messages);
    const mrkdwn = [...texts(messages).slice(1), ...messages.map((m) => m.text)];
    for (const text of mrkdwn) {
      expect(text).not.toMatch(/<[!@#]/);
      expect(text).not.toContain('<https://evil');
    }
    expect(mrkdwn.join('\n')).toContain('&lt;!channel&gt;');
  });

  it('render: quotes are block quotes with the speaker, or say Unattributed as the console does', () => {
    const [message] = renderSlack({
      ...base,
      blocks: [
        { kind: 'quote', text: 'We will cooperate,', speaker: 'Xi Jinping', section: 'Economy' },
        { kind: 'quote', text: 'Line one\nline two', speaker: null, section: null },
      ],
    });
    const [, first, second] = message?.blocks ?? [];
    expect(first).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '>“We will cooperate,”\n>— *Xi Jinping* · _Economy_' },
    });
    expect(second).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '>“Line one line two”\n>— _Unattributed_' },
    });
  });

  it('render: a text over 3000 characters is split at sentence ends into several sections, nothing lost', () => {
    const sentence = 'The delegations met for talks on trade and security in the old capital. ';
    const long = sentence.repeat(100).trim();
    const messages = renderSlack({ ...base, blocks: [{ kind: 'text', text: long }] });
    expectAllValid(messages);
    const sections = texts(messages).slice(1);
    expect(sections.length).toBeGreaterThan(2);
    for (const text of sections) expect(text.endsWith('capital.')).toBe(true);
    expect(sections.join(' ')).toBe(long);
  });

  it('render: a reply over 50 blocks or the text budget becomes several valid messages, in order', () => {
    const quotes = Array.from({ length: 120 }, (_, i) => ({
      kind: 'quote' as const,
      text: `Quote number ${i} ${'is long and says something. '.repeat(8)}`,
      speaker: `Speaker ${i}`,
      section: 'Talks',
    }));
    const messages = renderSlack({
      ...base,
      blocks: quotes,
      footer: 'Source',
      actions: [{ label: 'Summary', command: 'summary', options: {} }],
    });
    expect(messages.length).toBeGreaterThan(2);
    expectAllValid(messages);
    for (const [i, m] of messages.entries()) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      expect(m.text).toBe(`A title (part ${i + 1} of ${messages.length})`);
      expect(JSON.stringify(m.blocks.at(-1))).toContain(`Part ${i + 1} of ${messages.length}`);
    }
    const all = texts(messages).join('\n');
    for (let i = 0; i < 120; i++) expect(all).toContain(`*Speaker ${i}*`);
    expect(JSON.stringify(messages.at(-1))).toContain('summit|summary');
  });

  it('render: the article link sits under the header as <url|host>, its & escaped and no | breakout', () => {
    const [message] = renderSlack({ ...base, url: 'https://news.example.org/a?x=1&y=2|z' });
    expect(message?.blocks[1]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '<https://news.example.org/a?x=1&amp;y=2%7Cz|news.example.org>' }],
    });
  });

  it('render: a title over 150 characters is a bold section, not a cut header', () => {
    const title = 'Long headline '.repeat(15).trim();
    const [message] = renderSlack({ ...base, title });
    expect(message?.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } });
  });

  it('render: up to 5 follow-ups are buttons with unique action ids and their state in the value', () => {
    const actions = ['Lead', 'Economy', 'Quotes'].map((label, i) => ({
      label,
      command: 'section',
      options: { name: `s${i}` },
    }));
    const [message] = renderSlack({ ...base, actions });
    const block = message?.blocks.at(-1);
    expect(block?.type).toBe('actions');
    const elements = block?.type === 'actions' ? block.elements : [];
    expect(elements.map((e) => e.action_id)).toEqual(['summit:open:0', 'summit:open:1', 'summit:open:2']);
    expect(elements.map((e) => (e.type === 'button' ? decodeAction(e.value ?? '') : null))).toEqual(
      actions.map(({ command, options }) => ({ command, options })),
    );
  });

  it('render: more follow-ups become a static menu; a label over 75 characters visibly ends in …', () => {
    const actions = Array.from({ length: 12 }, (_, i) => ({
      label:
        i === 0
          ? 'A very long section heading that goes on and on well past the Slack button limit'
          : `Part ${i}`,
      command: 'section',
      options: { name: `part-${i}` },
    }));
    const messages = renderSlack({ ...base, actions });
    expectAllValid(messages);
    const block = messages[0]?.blocks.at(-1);
    const select = block?.type === 'actions' ? block.elements[0] : undefined;
    expect(select?.type).toBe('static_select');
    const options = select?.type === 'static_select' ? (select.options ?? []) : [];
    expect(options).toHaveLength(12);
    const label = options[0]?.text.text ?? '';
    expect(label.length).toBeLessThanOrEqual(75);
    expect(label).toBe('A very long section heading that goes on and on well past the Slack…');
  });

  it('render: fields go 10 to a section; a value too long for a field becomes section text', () => {
    const fields = Array.from({ length: 13 }, (_, i) => ({ name: `Field ${i}`, value: `Value ${i}` }));
    fields.push({ name: 'Long', value: 'word '.repeat(500).trim() });
    const messages = renderSlack({ ...base, blocks: [{ kind: 'fields', fields }] });
    expectAllValid(messages);
    const sections = messages[0]?.blocks.filter((b) => b.type === 'section') ?? [];
    expect(sections.map((s) => (s.type === 'section' ? (s.fields?.length ?? 0) : 0))).toEqual([10, 3, 0]);
  });

  it('render: error replies are marked with a warning and success with a check', () => {
    expect(renderSlack({ ...base, tone: 'error' })[0]?.blocks[0]).toMatchObject({
      text: { text: ':warning: A title' },
    });
    expect(renderSlack({ ...base, tone: 'success' })[0]?.blocks[0]).toMatchObject({
      text: { text: ':white_check_mark: A title' },
    });
  });

  it('split: never cuts inside an entity or a surrogate pair, and keeps every character', () => {
    const text = `${'a'.repeat(95)}&amp;${'b'.repeat(10)}`;
    const pieces = splitText(text, 98);
    expect(pieces[0]).toBe('a'.repeat(95));
    expect(pieces.join('')).toBe(text);
    const emoji = `${'c'.repeat(99)}😀${'d'.repeat(5)}`;
    const parts = splitText(emoji, 100);
    expect(parts.join('')).toBe(emoji);
    expect(parts.every((p) => p.length <= 100 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
  });

  it('render: a reply of 150,000 blocks renders without running out of stack, paged and capped at five messages', () => {
    const blocks = Array.from({ length: 150_000 }, (_, i) => ({
      kind: 'text' as const,
      text: `Paragraph ${i}.`,
    }));
    const items = Array.from({ length: 150_000 }, (_, i) => `Item ${i}.`);
    const messages = renderSlack({
      ...base,
      blocks: [...blocks, { kind: 'bullets', items }],
      footer: 'Long footer. '.repeat(50_000),
    });
    expect(messages.length).toBeGreaterThan(slackLimits.responsesPerUrl);
    expectAllValid(messages.slice(0, 3));
    expectAllValid(messages.slice(-3));
    const sent = fitResponseBudget(messages);
    expect(sent).toHaveLength(slackLimits.responsesPerUrl);
    expectAllValid(sent);
    expect(sent.at(-1)?.text).toContain(`${messages.length - 4} more parts were not sent`);
  });
});
