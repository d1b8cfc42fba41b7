// Mention syntax and hostile URLs from article front matter or a user's question, through the real
// Bolt app: headers, button labels and fallback texts never carry a live `<!channel>` or `<@U…>`,
// and only web URLs become links, percent-encoded so they cannot break Slack's link syntax.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/core/article.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { checkMessage } from '../fakes/slack/validate.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { type Harness, signingSecret, startHarness } from './harness.ts';

let h: Harness | undefined;
let seq = 0;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The handmade article with a hostile headline, second section heading and URL. */
function hostile(url: string | null): AnalyzedArticle {
  const base = handmadeArticle({ title: 'Festival <!channel> and <@U0BOSS> <!here>' });
  const rename = <T extends { heading: string }>(s: T, i: number): T =>
    i === 1 ? { ...s, heading: '<!channel> boats' } : s;
  const sections = base.article.sections.map(rename);
  const analyzed = base.sections.map((s, i) => ({ ...s, section: rename(s.section, i) }));
  return { ...base, sections: analyzed, article: { ...base.article, url, sections } };
}

/** Runs `/summit <text>` and returns the message in the ack. */
async function ack(h: Harness, text: string): Promise<Record<string, unknown>> {
  const body = formBody(slashCommandFields(text, h.fake.responseUrl(`inert${++seq}`)));
  const answer = await postSignedForAck(h.eventsUrl, body, { secret: signingSecret });
  expect(answer.status).toBe(200);
  expect(answer.ack).not.toBeNull();
  expect(checkMessage(answer.ack ?? {})).toBeNull();
  return answer.ack ?? {};
}

const liveSyntax = /<[!@#]|<https?:/;

describe('slack door: no live mention syntax in plain_text or fallbacks', () => {
  it('a headline and a section heading with <!channel> and <@U…> are inert in the header, buttons and fallback', async () => {
    h = await startHarness({ mode: 'http', articles: [hostile(null)] });
    const message = await ack(h, 'summary');
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/<[!@#]/);
    const header = (message.blocks as { type: string; text?: { text: string } }[])[0];
    expect(header?.type).toBe('header');
    expect(header?.text?.text.replace(/\u2060/g, '')).toBe('Festival <!channel> and <@U0BOSS> <!here>');
    expect(String(message.text)).toBe('Festival &lt;!channel&gt; and &lt;@U0BOSS&gt; &lt;!here&gt;');
    expect(json.replace(/\u2060/g, '')).toContain('"text":"<!channel> boats"');
  });

  it('an ask question with mention syntax is inert in the answer header', async () => {
    h = await startHarness({ mode: 'http' });
    const json = JSON.stringify(await ack(h, 'ask who is <!channel> <@U0BOSS>?'));
    expect(json).not.toMatch(liveSyntax);
    expect(json.replace(/\u2060/g, '')).toContain('<!channel>');
  });
});

describe('slack door: only web URLs become links', () => {
  it('a javascript: URL in front matter is not rendered as a link', async () => {
    h = await startHarness({ mode: 'http', articles: [hostile('javascript:alert(document.cookie)')] });
    const json = JSON.stringify(await ack(h, 'summary'));
    expect(json).not.toContain('javascript:');
    expect(json).not.toMatch(liveSyntax);
  });

  it('a | < > or space inside a web URL is percent-encoded, so the link keeps its target and label', async () => {
    h = await startHarness({ mode: 'http', articles: [hostile('https://news.example.org/a b?q=<x>|y&z=1')] });
    const json = JSON.stringify(await ack(h, 'summary'));
    expect(json).toContain('<https://news.example.org/a%20b?q=%3Cx%3E%7Cy&amp;z=1|news.example.org>');
  });
});
