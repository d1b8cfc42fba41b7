import { afterEach, describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import { failureReply, staleActionReply } from '../../src/core/answer-policy.ts';
import type { AnalyzedArticle } from '../../src/core/article.ts';
import {
  blockActionPayload,
  formBody,
  postSigned,
  postSignedForAck,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { checkMessage } from '../fakes/slack/validate.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { type Harness, type HarnessOptions, signingSecret, startHarness } from './harness.ts';

type Json = Record<string, unknown>;
let h: Harness | undefined;
let seq = 0;

async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  h = await startHarness({ mode: 'http', ...options });
  return h;
}
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/**
 * Posts a signed, form-encoded request to /slack/events and waits for `count` messages in all: the
 * one in the ack's body (when there is one) and then the response_url posts. `messages` lists the
 * ack's message first, then the accepted posts; `posts` only the response_url posts.
 */
async function send(h: Harness, fields: Record<string, string>, id: string, count: number) {
  const { status, ack } = await postSignedForAck(h.eventsUrl, formBody(fields), { secret: signingSecret });
  expect(status).toBe(200);
  const inAck = ack ? [ack] : [];
  await h.fake.until(() => inAck.length + (h.fake.responses.get(id) ?? []).length >= count);
  return { ack, posts: h.fake.responses.get(id) ?? [], messages: [...inAck, ...h.fake.accepted(id)] };
}

/** Runs `/summit <text>` and resolves with what Slack received. */
function run(h: Harness, text: string, count = 1, overrides: Record<string, string> = {}) {
  const id = `cmd${++seq}`;
  return send(h, slashCommandFields(text, h.fake.responseUrl(id), overrides), id, count);
}

/** Clicks a button or picks a menu option; resolves with what Slack received. */
function click(h: Harness, action: Json, count = 1, isEphemeral = true) {
  const id = `act${++seq}`;
  const payload = JSON.stringify(blockActionPayload(action, h.fake.responseUrl(id), isEphemeral));
  return send(h, { payload }, id, count);
}

const textOf = (messages: Json[]) => JSON.stringify(messages);
type Block = { type: string; elements?: Json[] };
const actionsOf = (message: Json | undefined) =>
  ((message?.blocks ?? []) as Block[]).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

function manyQuotes(count: number): AnalyzedArticle {
  const article = handmadeArticle();
  const quotes = Array.from({ length: count }, (_, i) => ({
    text: `Statement ${i}: ${'we discussed trade, security and the future of the region at length. '.repeat(6).trim()}`,
    speaker: `Speaker ${i}`,
    sectionId: 'lead',
    section: 'Lead',
  }));
  return { ...article, quotes, speakers: quotes.map((q) => q.speaker as string) };
}

describe('slack door over HTTP (real Bolt, signed requests)', () => {
  it('summary: an ephemeral header, key points, footer and a button for each section and the quotes', async () => {
    const h = await start({ articles: [handmadeArticle({ sections: 6 })] });
    const { ack, posts, messages } = await run(h, 'summary');
    expect(posts).toEqual([]);
    const [message] = messages;
    expect(message).toBe(ack);
    expect(message).toMatchObject({
      response_type: 'ephemeral',
      text: 'Harbour Festival Draws Record Crowds',
    });
    expect(((message?.blocks ?? []) as Block[])[0]).toMatchObject({ type: 'header' });
    expect(textOf(messages)).toContain('The harbour festival opened on Friday with record crowds.');
    expect(textOf(messages)).toContain('Test Gazette · Friday, 5 June 2026 · Porto');
    const buttons = actionsOf(message);
    expect(buttons.map((b) => b.type)).toEqual(Array(8).fill('button'));
    expect(buttons.map((b) => (b.text as Json).text)).toEqual([
      'Lead',
      'Boats and Music',
      ...[2, 3, 4, 5, 6].map((n) => `Part ${n} of the Day`),
      'Quotes',
    ]);
  });

  it('section: the free words after the subcommand name the section', async () => {
    const h = await start();
    const { messages } = await run(h, 'section boats and music');
    expect(messages[0]?.text).toBe('Boats and Music');
    expect(textOf(messages)).toContain('The tall ships sailed in at noon, part 1.');
  });

  it('quotes: a speaker filter, quotes rendered as block quotes with the speaker', async () => {
    const h = await start();
    const { messages } = await run(h, 'quotes silva');
    expect(messages[0]?.text).toBe('Ana Silva, quoted');
    expect(textOf(messages)).toContain('>“We have never seen so many people,”\\n>— *Ana Silva*');
    expect(textOf(messages)).not.toContain('Rui Costa');
  });

  it('help: empty text and `help` both list every subcommand of the tree', async () => {
    const h = await start();
    for (const text of ['', 'help']) {
      const { messages } = await run(h, text);
      for (const sub of summitTree.subcommands) expect(textOf(messages)).toContain(`/summit ${sub.name}`);
    }
  });

  it('unknown word: the answer suggests the closest subcommand', async () => {
    const h = await start();
    const { messages } = await run(h, 'summry');
    expect(textOf(messages)).toContain('Did you mean /summit summary?');
  });

  it('every subcommand of the tree gets an answer Slack accepts', async () => {
    const h = await start();
    for (const sub of summitTree.subcommands) {
      const required = sub.options.filter((o) => o.required).map((o) => o.example ?? 'x');
      const { posts, messages } = await run(h, [sub.name, ...required].join(' '));
      expect(messages.map((m) => checkMessage(m))).toEqual([null]);
      expect(posts.map((p) => p.status)).toEqual([]);
    }
  });

  it('public: a trailing `public` posts in the channel (in_channel)', async () => {
    const h = await start();
    const { messages } = await run(h, 'quotes public');
    expect(messages[0]?.response_type).toBe('in_channel');
  });

  it('public: a mistake stays ephemeral even when `public` was asked for', async () => {
    const h = await start();
    const { messages } = await run(h, 'section weather public');
    expect(messages[0]).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(messages)).toContain("No section matches 'weather'");
  });

  it('escaping: <!channel> and <@U123> in article text arrive as &lt;…&gt; and never as mentions', async () => {
    const h = await start({
      articles: [handmadeArticle({ extra: 'Call <!channel> and <@U123> & <!here>.' })],
    });
    const { messages } = await run(h, 'summary');
    const text = textOf(messages);
    expect(text).toContain('Call &lt;!channel&gt; and &lt;@U123&gt; &amp; &lt;!here&gt;.');
    expect(text).not.toMatch(/<[!@]/);
  });

  it('a long answer: part 1 in the ack body, the later parts through response_url, in order, under every limit', async () => {
    const h = await start({ articles: [manyQuotes(60)] });
    const first = await run(h, 'quotes', 1);
    const total = Number(/of (\d+)\)/.exec(String(first.messages[0]?.text))?.[1]);
    expect(total).toBeGreaterThan(1);
    const { ack, posts, messages } = await run(h, 'quotes', total);
    expect(ack?.text).toMatch(/\(part 1 of \d+\)$/);
    expect(posts.map((p) => [p.status, p.problem])).toEqual(Array(total - 1).fill([200, null]));
    expect(messages.map((m) => checkMessage(m))).toEqual(Array(total).fill(null));
    expect(messages.map((m) => m.text)).toEqual(
      Array.from(
        { length: total },
        (_, i) => `Who said what: Harbour Festival Draws Record Crowds (part ${i + 1} of ${total})`,
      ),
    );
    for (let i = 0; i < 60; i++) expect(textOf(messages)).toContain(`*Speaker ${i}*`);
  });

  it('an answer longer than 5 messages sends 4 parts and says plainly how many did not fit', async () => {
    const h = await start({ articles: [manyQuotes(200)] });
    const { ack, posts, messages } = await run(h, 'quotes', 5);
    expect(ack?.text).toMatch(/\(part 1 of \d+\)$/);
    expect(posts.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    expect(String(messages[4]?.text)).toMatch(/too long for one Slack reply: \d+ more parts were not sent/);
  });

  it('buttons: a click answers in place (replace_original) with the state from the value', async () => {
    const h = await start();
    const help = await run(h, 'help');
    const [button] = actionsOf(help.messages[0]);
    expect(button).toMatchObject({ type: 'button', action_id: 'summit:open:0' });
    const { messages } = await click(h, {
      type: 'button',
      action_id: button?.action_id,
      value: button?.value,
      text: button?.text,
    });
    expect(messages[0]).toMatchObject({
      replace_original: true,
      text: 'Harbour Festival Draws Record Crowds',
    });
  });

  it('buttons: a click on a public message answers in the channel, in place', async () => {
    const h = await start();
    const action = { type: 'button', action_id: 'summit:open:0', value: 'summit|section|name=part-1' };
    const { messages } = await click(h, action, 1, false);
    expect(messages[0]).toMatchObject({
      response_type: 'in_channel',
      replace_original: true,
      text: 'Boats and Music',
    });
  });

  it('buttons: an error answer to a click on a public message stays private and leaves the message alone', async () => {
    const h = await start();
    const action = { type: 'button', action_id: 'summit:open:0', value: 'summit|section|name=nowhere' };
    const { messages } = await click(h, action, 1, false);
    expect(messages[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textOf(messages)).toContain("No section matches 'nowhere'");
  });

  it('menu: with more than ten follow-ups, picking a section from the menu opens it in place', async () => {
    const h = await start({ articles: [handmadeArticle({ sections: 12 })] });
    const summary = await run(h, 'summary');
    const [menu] = actionsOf(summary.messages[0]);
    const option = ((menu?.options ?? []) as Json[])[1];
    const { messages } = await click(h, {
      type: 'static_select',
      action_id: menu?.action_id,
      selected_option: option,
    });
    expect(messages[0]).toMatchObject({ replace_original: true, text: 'Boats and Music' });
  });

  it('a button value from elsewhere gets a polite ephemeral note, not a crash', async () => {
    const h = await start();
    const { messages } = await click(h, { type: 'button', action_id: 'summit:open:0', value: 'not-ours' });
    expect(messages[0]).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: staleActionReply.title,
    });
    expect(textOf(messages)).toContain('no longer matches a command');
  });

  // subscribe makes the handler ask users.info at once, so a handler that ran would show in the calls.
  const lookups = (h: Harness) => h.fake.calls.filter((c) => c.method === 'users.info');

  it('a bad signature is refused with 401 and the handler never runs', async () => {
    const h = await start();
    const id = `sig${++seq}`;
    const body = formBody(slashCommandFields('subscribe 08:00 UTC', h.fake.responseUrl(id)));
    const answer = await postSignedForAck(h.eventsUrl, body, { secret: 'wrong-secret' });
    expect(answer).toEqual({ status: 401, ack: null });
    await run(h, 'help');
    expect(lookups(h)).toEqual([]);
    expect(h.fake.responses.get(id)).toEqual([]);
  });

  it('a stale timestamp (over 5 minutes old) is refused with 401 even when correctly signed', async () => {
    const h = await start();
    const id = `old${++seq}`;
    const body = formBody(slashCommandFields('subscribe 08:00 UTC', h.fake.responseUrl(id)));
    const answer = await postSignedForAck(h.eventsUrl, body, {
      secret: signingSecret,
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(answer).toEqual({ status: 401, ack: null });
    await run(h, 'help');
    expect(lookups(h)).toEqual([]);
    expect(h.fake.responses.get(id)).toEqual([]);
  });

  it('a malformed body is refused with 400 and the door keeps serving', async () => {
    const h = await start();
    expect(await postSigned(h.eventsUrl, 'payload=%7Bnot-json', { secret: signingSecret })).toBe(400);
    expect(
      await postSigned(h.eventsUrl, '{"broken":', { secret: signingSecret, contentType: 'application/json' }),
    ).toBe(400);
    const { messages } = await run(h, 'summary');
    expect(messages[0]?.text).toBe('Harbour Festival Draws Record Crowds');
  });

  it('when Slack refuses a later part of the answer, the user gets a polite ephemeral note and the log a line', async () => {
    const h = await start({ articles: [manyQuotes(60)] });
    h.fake.failNextResponse(500);
    const { ack, posts, messages } = await run(h, 'quotes', 3);
    expect(ack?.text).toMatch(/\(part 1 of \d+\)$/);
    expect(posts.map((p) => p.status)).toEqual([500, 200]);
    expect(messages[1]).toMatchObject({ response_type: 'ephemeral', text: failureReply.title });
    expect(textOf(messages)).toContain('Sorry, that did not work.');
    expect(h.logs.some((l) => l.msg === 'slack: failed to answer' && l.level === 50)).toBe(true);
  });

  it('manager check: users.info is asked only for managersOnly subcommands; SLACK_BRIEFING_ADMINS needs no lookup', async () => {
    const h = await start({
      env: { SLACK_BRIEFING_ADMINS: 'U0BOSS' },
      fake: { users: { U0ALICE: { is_admin: false } } },
    });
    const lookups = () => h.fake.calls.filter((c) => c.method === 'users.info');
    await run(h, 'summary');
    expect(lookups()).toHaveLength(0);
    await run(h, 'subscribe 08:00 Europe/London');
    expect(lookups().map((c) => c.params.user)).toEqual(['U0ALICE']);
    await run(h, 'unsubscribe', 1, { user_id: 'U0BOSS' });
    expect(lookups()).toHaveLength(1);
  });
  it('latest: ten stories fit Slack limits, with a button per story that opens its summary', async () => {
    const articles = Array.from({ length: 12 }, (_, i) =>
      handmadeArticle({
        slug: `story-${i + 1}`,
        title: `Harbour story number ${i + 1}`,
        published: `2026-06-${String(i + 1).padStart(2, '0')}`,
      }),
    );
    const h = await start({ articles });
    const { messages } = await run(h, 'latest 10');
    expect(messages.map((m) => checkMessage(m))).toEqual(messages.map(() => null));
    expect(textOf(messages)).toContain('The 10 newest stories, newest first.');
    const buttons = messages.flatMap(actionsOf);
    expect(buttons.map((b) => (b.text as Json).text)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((n) => `Harbour story number ${n}`),
    );
    const opened = await click(h, {
      type: 'button',
      action_id: buttons[2]?.action_id,
      value: buttons[2]?.value,
    });
    expect(opened.messages[0]).toMatchObject({ text: 'Harbour story number 10' });
  });

  it('search: nothing matching gets a plain answer, not an error', async () => {
    const h = await start();
    const { messages } = await run(h, 'search zeppelin airship');
    expect(textOf(messages)).toContain("No story matches 'zeppelin airship'");
    expect(messages[0]).toMatchObject({ response_type: 'ephemeral' });
  });
});
