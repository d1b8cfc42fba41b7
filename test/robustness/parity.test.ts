// Parity of the four doors: the same commands typed at the console, run as Discord interactions
// over the gateway and over the HTTP interactions endpoint, and sent as Slack slash commands say
// the same thing to the same people (both Discord doors send byte-identical first answers). After platform markup is
// stripped, each door shows exactly the same words in the same order, every sentence, quote and
// speaker of the core's reply appears in that order, and Discord and Slack show the answer to the
// channel or only to the caller exactly as the core's answer policy says (an error always privately).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer } from '../../src/console/door.ts';
import { renderConsole } from '../../src/console/render.ts';
import { parseArticle } from '../../src/content/parse.ts';
import { analyzeArticle } from '../../src/core/analyze.ts';
import { type Visibility, visibilityOf } from '../../src/core/answer-policy.ts';
import type { Reply } from '../../src/core/reply.ts';
import { parseTextCommand } from '../../src/core/text-command.ts';
import {
  callbackOf,
  type Harness as DiscordHarness,
  startHarness as startDiscord,
} from '../discord/helpers/harness.ts';
import { messageText } from '../discord/helpers/text.ts';
import { type HttpHarness, startHttpHarness } from '../discord/http/harness.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { type Harness as SlackHarness, signingSecret, startHarness as startSlack } from '../slack/harness.ts';

const file = new URL('../fixtures/content/harbour-ferry-strike.txt', import.meta.url);
const article = analyzeArticle(
  parseArticle(readFileSync(file, 'utf8'), 'harbour-ferry-strike.txt'),
  'parity',
);

/** One command as each door receives it. */
interface Case {
  line: string;
  sub: string;
  options: Record<string, string | number | boolean>;
  /** Who should see it, by the core's policy: checked against the policy and each door. */
  seenBy: Visibility;
}

const speaker = article.speakers.find((s) => s.includes('Okafor')) ?? '';
const section = article.article.sections.find((s) => s.heading.includes('Buses'))?.heading ?? '';
const cases: Case[] = [
  { line: 'summary', sub: 'summary', options: {}, seenBy: 'private' },
  { line: 'summary public', sub: 'summary', options: { public: true }, seenBy: 'public' },
  {
    line: 'section buses public',
    sub: 'section',
    options: { name: 'buses', public: true },
    seenBy: 'public',
  },
  {
    line: 'section nowhere public',
    sub: 'section',
    options: { name: 'nowhere', public: true },
    seenBy: 'private',
  },
  { line: 'quotes okafor', sub: 'quotes', options: { speaker: 'okafor' }, seenBy: 'private' },
  { line: 'latest', sub: 'latest', options: {}, seenBy: 'private' },
  { line: 'latest 3 public', sub: 'latest', options: { count: 3, public: true }, seenBy: 'public' },
  {
    line: 'search ferry crews public',
    sub: 'search',
    options: { words: 'ferry crews', public: true },
    seenBy: 'public',
  },
  { line: 'search zeppelin', sub: 'search', options: { words: 'zeppelin' }, seenBy: 'private' },
  { line: 'changes', sub: 'changes', options: {}, seenBy: 'private' },
  { line: 'help', sub: 'help', options: {}, seenBy: 'private' },
  { line: 'weather', sub: 'weather', options: {}, seenBy: 'private' },
];

/** Words in reading order: what a reader is told, whatever the markup. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Console output without its follow-up list (those are Discord's and Slack's buttons). */
function consoleText(output: string): string {
  return output.split('\nNext:\n')[0] ?? '';
}

/** Every visible Slack text of the messages (mrkdwn unescaped), without buttons and tone emoji. */
function slackText(messages: Record<string, unknown>[]): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'actions') return;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') parts.push(o.text);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  for (const m of messages) walk(m.blocks);
  return parts
    .join('\n')
    .replace(/:(?:warning|white_check_mark):/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The sentences, quotes and speakers of a reply, in order. */
function factsOf(reply: Reply): string[] {
  const out: string[] = [];
  for (const block of reply.blocks) {
    if (block.kind === 'text') out.push(block.text);
    if (block.kind === 'bullets') out.push(...block.items);
    if (block.kind === 'quote') out.push(block.text, block.speaker ?? 'Unattributed');
  }
  return out;
}

/** Index past the last fact when all are found in order, else the first fact missing. */
function inOrder(facts: string[], text: string): string | null {
  const flat = words(text).join(' ');
  let at = 0;
  for (const fact of facts) {
    const found = flat.indexOf(words(fact).join(' '), at);
    if (found < 0) return fact;
    at = found;
  }
  return null;
}

describe('parity: console, Discord (gateway and HTTP) and Slack say the same thing', () => {
  let discord: DiscordHarness;
  let discordHttp: HttpHarness;
  let slack: SlackHarness;
  beforeAll(async () => {
    [discord, discordHttp, slack] = await Promise.all([
      startDiscord({ articles: [article] }),
      startHttpHarness({ articles: [article] }),
      startSlack({ mode: 'http', articles: [article] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([discord.close(), discordHttp.close(), slack.stop()]);
  });

  it('parity: the fixture has the speaker and section the cases ask for', () => {
    expect(speaker).toBe('Dana Okafor');
    expect(section).toBe('Commuters Turn to Buses');
  });

  it.each(cases)(
    'parity: "$line" reads the same in all four doors and is seen by the same people',
    async ({ line, sub, options, seenBy }) => {
      const reply = await answer(discord.summit, line);
      const onConsole = consoleText(renderConsole(reply));
      expect(
        visibilityOf(parseTextCommand(line), reply),
        'the core policy (the console has one reader)',
      ).toBe(seenBy);

      const interaction = discord.fake.sendInteraction(
        chatInputInteraction(discord.fake.world, sub, options),
      );
      const callback = await callbackOf(discord.fake, interaction);
      expect(callback.status).toBe(204);
      const discordData = (callback.body as { data: { flags?: number } }).data;
      const onDiscord = messageText(discordData as never);
      const discordSeenBy = ((discordData.flags ?? 0) & 64) === 64 ? 'private' : 'public';
      const overHttp = await discordHttp.post(chatInputInteraction(discordHttp.fake.world, sub, options));
      expect(overHttp.callback?.status, 'discord http: Discord accepts the answer').toBe(204);
      expect(overHttp.body, 'discord http: the same answer as the gateway door').toEqual(callback.body);

      const id = `parity-${line.replaceAll(' ', '-')}`;
      const { status, ack } = await postSignedForAck(
        slack.eventsUrl,
        formBody(slashCommandFields(line, slack.fake.responseUrl(id))),
        {
          secret: signingSecret,
        },
      );
      expect(status).toBe(200);
      const inAck = ack ? [ack] : [];
      await slack.fake.until(() => inAck.length + slack.fake.accepted(id).length >= 1);
      const slackMessages = [...inAck, ...slack.fake.accepted(id)];
      const onSlack = slackText(slackMessages);
      const slackSeenBy = slackMessages.map((m) => (m.response_type === 'in_channel' ? 'public' : 'private'));

      expect(discordSeenBy, 'discord: who sees it').toBe(seenBy);
      expect(slackSeenBy, 'slack: who sees each message').toEqual(slackMessages.map(() => seenBy));
      expect(words(onConsole).length).toBeGreaterThan(5);
      expect(words(onDiscord)).toEqual(words(onConsole));
      expect(words(onSlack)).toEqual(words(onConsole));
      const facts = factsOf(reply);
      expect(facts.length).toBeGreaterThan(0);
      for (const [door, text] of [
        ['console', onConsole],
        ['discord', onDiscord],
        ['slack', onSlack],
      ])
        expect(inOrder(facts, text as string), `${door}: first fact missing or out of order`).toBeNull();
    },
  );

  it('parity: the checks notice a door that drops or reorders a sentence', () => {
    expect(inOrder(['One two.', 'Three four.'], 'Three four. One two.')).toBe('Three four.');
    expect(words('a **b** `c`')).toEqual(['a', 'b', 'c']);
  });
});
