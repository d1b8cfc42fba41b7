// Article text comes from outside: a binary file is not an article, control characters never
// reach a headline, a paragraph or a front matter field, invalid UTF-8 cannot crash the reader,
// and only http(s) links are kept (the article is still served without any other).
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, parseArticle, readArticle } from '../../src/content/parse.ts';
import { cleanUpLibraries, story, tempContent } from './helpers/temp-library.ts';

afterEach(cleanUpLibraries);

const controls = /[\p{Cc}]/u;
const allText = (a: ReturnType<typeof parseArticle>): string[] => [
  a.title,
  a.dek ?? '',
  a.source ?? '',
  a.dateline ?? '',
  ...a.tags,
  ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.sentences.map((x) => x.text)]),
];

describe('untrusted article text', () => {
  it('text: a file with NUL bytes is refused as binary', () => {
    expect(() =>
      parseArticle('PK\u0003\u0004\u0000\u0000Headline\nSome text here.\n', 'archive.txt'),
    ).toThrow(/^archive\.txt: this looks like a binary file \(it contains NUL bytes\)/);
  });

  it('text: a file that is mostly control or undecodable characters is refused', () => {
    const junk = `Headline\n${'\u0001\u0002\uFFFD\u001b'.repeat(20)} Some words of text.\n`;
    expect(() => parseArticle(junk, 'junk.txt')).toThrow(ContentError);
    expect(() => parseArticle(junk, 'junk.txt')).toThrow(/control characters or not valid UTF-8/);
  });

  it('text: stray control characters are removed from the headline, standfirst, headings and paragraphs', () => {
    const source =
      'A standfirst with a bell\u0007 in it.\nThe Head\u001b[31mline\nThe first paragraph\u0008 has a backspace. Its second sentence is fine.\n';
    const a = parseArticle(source, 'stray.txt');
    expect(a.title).toBe('The Head[31mline');
    for (const text of allText(a)) expect(text).not.toMatch(controls);
  });

  it('text: control characters written as YAML escapes in front matter are removed too', () => {
    const source =
      '---\ntitle: "Bell\\a Title"\nsource: "News\\e Desk"\ntags: ["a\\x07b"]\n---\nHeadline\nThe story text is here.\n';
    const a = parseArticle(source, 'escaped.txt');
    expect([a.title, a.source, ...a.tags]).toEqual(['Bell Title', 'News Desk', 'ab']);
  });

  it('text: invalid UTF-8 bytes do not crash the library; a few are tolerated, many are refused', async () => {
    const c = tempContent();
    const good = Buffer.from(story('Mostly Fine Story'));
    c.write('few.txt', Buffer.concat([good, Buffer.from([0xff]), Buffer.from(' More text follows here.\n')]));
    c.write('many.txt', Buffer.concat([Buffer.from('Broken\n'), Buffer.alloc(400, 0xfe)]));
    const library = await c.open();
    expect(library.bySlug('few')?.article.title).toBe('Mostly Fine Story');
    expect(library.problems().map((p) => p.message)).toEqual([
      expect.stringMatching(/^many\.txt: this looks like a binary file or the wrong encoding/),
    ]);
  });

  it.each([
    ['javascript:alert(1)', /'url' is a javascript: link; only http and https links are kept/],
    ['data:text/html,<b>hi</b>', /'url' is a data: link; only http and https links are kept/],
    ['file:///etc/passwd', /'url' is a file: link; only http and https links are kept/],
    ['/relative/story', /'url' is not a full link such as https:\/\/example\.com\/story/],
  ])(
    'text: front matter url %s is dropped with a problem line and the article is still served',
    async (url, why) => {
      const c = tempContent();
      c.write('linked.txt', `---\nurl: ${url}\n---\nLinked Story\nThe story text is here.\n`);
      const library = await c.open();
      const a = library.bySlug('linked');
      expect(a?.article.title).toBe('Linked Story');
      expect(a?.article.url).toBeNull();
      expect(library.problems()).toEqual([
        { file: `${c.dir}/linked.txt`, message: expect.stringMatching(why) },
      ]);
      expect(c.logLines.some((l) => l.file === 'linked.txt' && why.test(l.problem ?? ''))).toBe(true);
    },
  );

  it('text: an https url is kept', () => {
    const { article, warnings } = readArticle(
      '---\nurl: https://example.com/a\n---\nHeadline\nText here.\n',
      'ok.txt',
    );
    expect(article.url).toBe('https://example.com/a');
    expect(warnings).toEqual([]);
  });
});
