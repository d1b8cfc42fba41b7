// Console and Slack say the same: every fact of a reply is in both renderings, and the real Slack
// door shows each answer to the channel or only to the caller as the core's answer policy says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { answer } from '../../src/console/door.ts';
import { renderConsole } from '../../src/console/render.ts';
import { visibilityOf } from '../../src/core/answer-policy.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { parseTextCommand } from '../../src/core/text-command.ts';
import { unescapeSlackText } from '../../src/slack/escape.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { type Harness, signingSecret, startHarness } from './harness.ts';

const article = handmadeArticle({ sections: 7, extra: 'Tom & Jerry <b>bold</b> said <!channel> hi.' });
const summit = composeSummit({
  library: memoryLibrary([article]),
  now: () => new Date('2026-06-06T08:00:00Z'),
});

function ask(command: string, options: CommandRequest['options'] = {}): Promise<Reply> {
  return summit.handle({
    command,
    options,
    who: { platform: 'slack', userId: 'U1', canManage: false },
    where: { platform: 'slack', channelId: 'C1' },
  });
}

/** Everything a reader should learn from a reply, verbatim. */
function facts(reply: Reply): string[] {
  const out = [reply.title, reply.footer ?? '', ...(reply.actions ?? []).map((a) => a.label)];
  for (const block of reply.blocks) {
    if (block.kind === 'text' || block.kind === 'heading') out.push(block.text);
    if (block.kind === 'bullets') out.push(...block.items);
    if (block.kind === 'quote') out.push(block.text, block.speaker ?? 'Unattributed', block.section ?? '');
    if (block.kind === 'fields') out.push(...block.fields.flatMap((f) => [f.name, f.value]));
  }
  return out.map((f) => f.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** All the words a Slack user sees, over every message: texts, fields, context, buttons and menu options. */
function slackView(reply: Reply): string {
  const seen: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && key === 'text') seen.push(value);
    else if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  for (const message of renderSlack(reply)) walk(message.blocks);
  return unescapeSlackText(seen.join(' ')).replace(/\s+/g, ' ');
}

const cases: [string, CommandRequest['options']][] = [
  ['summary', {}],
  ['section', { name: 'boats' }],
  ['section', { name: 'weather' }],
  ['quotes', {}],
  ['quotes', { speaker: 'silva' }],
  ['help', {}],
  ['summry', {}],
];

describe('console and Slack say the same', () => {
  it.each(cases)('%s %o: every fact of the reply is in both renderings', async (command, options) => {
    const reply = await ask(command, options);
    const consoleText = renderConsole(reply).replace(/\s+/g, ' ');
    const slackText = slackView(reply);
    const all = facts(reply);
    expect(all.length).toBeGreaterThan(1);
    for (const fact of all) {
      expect(consoleText).toContain(fact);
      expect(slackText).toContain(fact);
    }
  });

  it('a reply split over several Slack messages still carries every fact', async () => {
    const quotes = Array.from({ length: 80 }, (_, i) => ({
      kind: 'quote' as const,
      text: `Remark ${i}: ${'a sentence about the talks. '.repeat(10).trim()}`,
      speaker: `Speaker ${i}`,
      section: 'Talks',
    }));
    const reply: Reply = { tone: 'info', title: 'Many remarks', blocks: quotes, footer: 'Source' };
    expect(renderSlack(reply).length).toBeGreaterThan(1);
    const slackText = slackView(reply);
    for (const fact of facts(reply)) expect(slackText).toContain(fact);
  });
});

describe('console and Slack show an answer to the same people', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'http', articles: [article] });
  });
  afterAll(async () => {
    await h.stop();
  });

  const lines: [string, 'public' | 'private'][] = [
    ['summary', 'private'],
    ['summary public', 'public'],
    ['section boats public', 'public'],
    ['section weather public', 'private'],
    ['quotes silva', 'private'],
  ];
  it.each(lines)(
    '%s: every Slack message is in_channel exactly when the core policy says public (%s)',
    async (line, seenBy) => {
      expect(visibilityOf(parseTextCommand(line), await answer(summit, line))).toBe(seenBy);
      const id = `seen-${line.replaceAll(' ', '-')}`;
      const body = formBody(slashCommandFields(line, h.fake.responseUrl(id)));
      const { status, ack } = await postSignedForAck(h.eventsUrl, body, { secret: signingSecret });
      expect(status).toBe(200);
      const inAck = ack ? [ack] : [];
      await h.fake.until(() => inAck.length + h.fake.accepted(id).length >= 1);
      const messages = [...inAck, ...h.fake.accepted(id)];
      const expected = seenBy === 'public' ? 'in_channel' : 'ephemeral';
      expect(messages.map((m) => m.response_type)).toEqual(messages.map(() => expected));
    },
  );
});
