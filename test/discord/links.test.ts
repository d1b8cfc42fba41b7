// Only http: and https: URLs become links on Discord: the title link of an answer is kept for a
// web address and dropped for anything else (the title stays, as plain text), and link syntax in
// article text is shown as text.
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { renderReply } from '../../src/discord/render.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { checkMessage } from '../fakes/discord/validate.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';

const webUrls = ['https://example.com/story', 'http://example.com/a?b=c#d', 'HTTPS://EXAMPLE.COM/Story'];
const notWebUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//example.com/protocol-relative',
  'https:example.com',
  'https://[not-a-host',
  'https://example.com/a\u0007b',
  'https://example.com/a\nb',
  'https://',
];

const withUrl = (url: string): Reply => ({ tone: 'info', title: 'A story', url, blocks: [] });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('discord door: links', () => {
  it('links: the title links only to http(s) URLs; anything else keeps the title and drops the link', () => {
    for (const url of webUrls) expect(renderReply(withUrl(url))[0]?.embeds[0]?.url, url).toBe(url);
    expect(renderReply(withUrl('https://example.com/a b'))[0]?.embeds[0]?.url).toBe(
      'https://example.com/a%20b',
    );
    for (const url of notWebUrls) {
      const [message] = renderReply(withUrl(url));
      expect(message?.embeds[0]?.url, JSON.stringify(url)).toBeUndefined();
      expect(message?.embeds[0]?.title).toBe('A story');
      expect(checkMessage({ ...message, allowed_mentions: { parse: [] } })).toEqual([]);
    }
  });

  it('links: a masked link in article text is shown as text, never as a link', () => {
    const [message] = renderReply({
      tone: 'info',
      title: 'A story',
      blocks: [
        { kind: 'text', text: 'See [the docs](javascript:alert(1)) and [home](https://example.com).' },
      ],
    });
    const description = message?.embeds[0]?.description ?? '';
    expect(description).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(description).toContain('javascript:alert(1)');
  });

  it('links: a summary of an article whose url is not a web address is answered, without a link', async () => {
    const article = handmadeArticle();
    const odd = 'https://example.com/story\u0001';
    h = await startHarness({ articles: [{ ...article, article: { ...article.article, url: odd } }] });
    const callback = await callbackOf(
      h.fake,
      h.fake.sendInteraction(chatInputInteraction(h.fake.world, 'summary')),
    );
    expect(callback.status, JSON.stringify(callback.response)).toBe(204);
    const embed = (callback.body as { data: { embeds: { title: string; url?: string }[] } }).data.embeds[0];
    expect(embed?.title).toBe(article.article.title);
    expect(embed?.url).toBeUndefined();
  });
});
