import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle, ContentError, parseArticle, readArticle } from '../../src/content/parse.ts';
import type { Article } from '../../src/core/article.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/content/${name}`, import.meta.url), 'utf8');
const texts = (a: Article): string[] => a.sections.flatMap((s) => s.sentences.map((x) => x.text));
const headings = (a: Article): string[] => a.sections.map((s) => s.heading);

function parseError(source: string, file = 'story.txt'): ContentError {
  try {
    parseArticle(source, file);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('parseArticle: the seed in content/', () => {
  const seed = parseArticle(
    readFileSync(new URL('../../content/lee-xi-gyeongju-summit.txt', import.meta.url), 'utf8'),
    'content/lee-xi-gyeongju-summit.txt',
  );

  it('parse: reads the seed into the lead and its five headed sections', () => {
    expect(headings(seed)).toEqual([
      'Lead',
      'Xi Jinping Promises Stronger Strategic Cooperation',
      'Economic Cooperation and Trade Expansion',
      'Balancing Relations Between the U.S. and China',
      'Symbolism and Ceremony',
      'Conclusion',
    ]);
    expect(seed.sections[0]?.id).toBe('lead');
  });

  it('parse: takes line 2 of the seed as headline and line 1 as standfirst', () => {
    expect(seed.title).toBe('South Korean President Lee Jae Myung Calls for Renewed Dialogue on North Korea');
    expect(seed.dek).toMatch(
      /^South Korean President Lee Jae Myung urges Xi Jinping .* regional tensions\.$/,
    );
  });

  it('parse: lifts the seed dateline and keeps front matter metadata', () => {
    expect(seed.dateline).toBe('Gyeongju');
    expect(seed.sections[0]?.sentences[0]?.text).toMatch(/^In a landmark diplomatic encounter,/);
    expect(seed.published).toBe('2025-11-01');
    expect(seed.slug).toBe('lee-xi-gyeongju-summit');
  });

  it('parse: drops the Must Read line from inside Symbolism and Ceremony', () => {
    const symbolism = seed.sections.find((s) => s.heading === 'Symbolism and Ceremony');
    expect(symbolism?.paragraphs).toHaveLength(2);
    expect(texts(seed).join(' ')).not.toMatch(/Must Read|Sanctions Powers/);
  });

  it('parse: numbers sentences and paragraphs across the whole article', () => {
    const all = seed.sections.flatMap((s) => s.sentences);
    expect(all.map((s) => s.index)).toEqual(all.map((_, i) => i));
    const paragraphs = seed.sections.flatMap((s) => s.paragraphs);
    for (const s of all) expect(paragraphs[s.paragraph]).toContain(s.text);
  });
});

describe('parseArticle: plain text', () => {
  it('parse: reads dek, headline, wire dateline with agency, headings, and drops promo lines', () => {
    const a = parseArticle(fixture('harbour-ferry-strike.txt'), 'harbour-ferry-strike.txt');
    expect(a.title).toBe('Port Calder Ferry Strike Halts Harbour Crossings');
    expect(a.dek).toMatch(/^Ferry crews in Port Calder walked out/);
    expect(a.dateline).toBe('Port Calder');
    expect(a.source).toBe('Wirewire');
    expect(headings(a)).toEqual(['Lead', 'Commuters Turn to Buses', 'What Happens Next']);
    expect(texts(a)[0]).toMatch(/^Ferry crews across Port Calder stopped work/);
    expect(texts(a).join(' ')).not.toMatch(/Read more|Subscribe|harbour budget/);
    expect(a.published).toBeNull();
  });

  it('parse: a file with only a headline line has no dek, and wrapped paragraphs are joined', () => {
    const a = parseArticle(fixture('2024-05-20-orchard-festival.txt'), '2024-05-20-orchard-festival.txt');
    expect(a.title).toBe('Orchard Festival Returns to Millbrook After Four-Year Pause');
    expect(a.dek).toBeNull();
    expect(a.slug).toBe('orchard-festival');
    expect(a.published).toBe('2024-05-20');
    expect(headings(a)).toEqual(['Lead', 'Weather and Crowds']);
    expect(a.sections[0]?.paragraphs[0]).toBe(
      'The Millbrook orchard festival returned on Saturday after a four-year pause, drawing an estimated twelve thousand visitors to the valley. Organisers said the turnout beat their hopes.',
    );
  });

  it('parse: a sentence-like first line followed by paragraphs is the headline, not a dek', () => {
    const a = parseArticle(
      'Storm Closes Coast Road\nThe coast road closed on Friday. It reopens Monday.\n',
      'storm.txt',
    );
    expect(a.title).toBe('Storm Closes Coast Road');
    expect(a.dek).toBeNull();
    expect(texts(a)).toEqual(['The coast road closed on Friday.', 'It reopens Monday.']);
  });

  it('parse: a standfirst between headline and a datelined paragraph is the dek', () => {
    const a = parseArticle(
      'Dam Repairs Finish Early\nEngineers finished the dam a month ahead of plan.\nLONDON (Newsdesk) — The Tollen dam reopened on Tuesday. Water levels are normal.\n',
      'dam.txt',
    );
    expect(a.dek).toBe('Engineers finished the dam a month ahead of plan.');
    expect(a.dateline).toBe('London');
    expect(texts(a)[0]).toBe('The Tollen dam reopened on Tuesday.');
  });

  it('parse: an opening phrase with a dash inside prose is not a dateline', () => {
    const a = parseArticle(
      'Budget Row\nMr Hale — the finance chief — resigned on Monday. He gave no reason.\n',
      'row.txt',
    );
    expect(a.dateline).toBeNull();
    expect(texts(a)[0]).toBe('Mr Hale — the finance chief — resigned on Monday.');
  });
});

describe('parseArticle: Markdown and front matter', () => {
  it('parse: reads front matter, italic dek, ## sections, and strips links and emphasis', () => {
    const a = parseArticle(fixture('river-survey.md'), 'river-survey.md');
    expect(a).toMatchObject({
      title: 'Survey Finds Otters Back on the River Wend',
      dek: 'Volunteers counted otter signs at eleven of twenty sites, the best result since records began.',
      published: '2024-09-14',
      source: 'Valley Courier',
      url: 'https://example.org/news/otters-wend',
      tags: ['wildlife', 'rivers'],
      dateline: 'Ashby',
    });
    expect(headings(a)).toEqual(['Lead', 'How the Survey Worked', 'Why Otters Returned']);
    expect(texts(a)).toContain(
      'The Wend Rivers Trust said it was the best result since counts began in 1998.',
    );
    expect(texts(a).join(' ')).not.toMatch(/[*_[\]]|https?:|Must Read/);
  });

  it('parse: puts pinned summaries on the article and on sections named by heading or id', () => {
    const a = parseArticle(fixture('pinned-budget.md'), 'pinned-budget.md');
    expect(a.slug).toBe('council-budget');
    expect(a.pinnedSummary).toEqual([
      'The council set a budget that freezes parking charges.',
      'Libraries keep their opening hours.',
    ]);
    expect(a.sections.map((s) => s.pinnedSummary)).toEqual([
      ['Councillors voted 31 to 9 for the budget.'],
      ['The parking freeze lasts twelve months.'],
      undefined,
    ]);
  });

  it('parse: handles setext headings, bold headings, code, link definitions, escapes and entities', () => {
    const source = [
      'Bridge Reopens',
      '==============',
      '',
      'The **Elm** bridge reopened on *Friday* after a snake_case_name review costing \\*£2m\\*. See [the plan][1].',
      '',
      '[1]: https://example.org/plan',
      '',
      '```',
      'not prose.',
      '```',
      '',
      '**Traffic Returns**',
      '',
      'Cars crossed again by 9am.',
      '',
      'Background',
      '----------',
      '',
      'It was closed in <b>May</b> &amp; June.',
    ].join('\n');
    const a = parseArticle(source, 'bridge.md');
    expect(a.title).toBe('Bridge Reopens');
    expect(headings(a)).toEqual(['Lead', 'Traffic Returns', 'Background']);
    expect(texts(a)).toEqual([
      'The Elm bridge reopened on Friday after a snake_case_name review costing *£2m*.',
      'See the plan.',
      'Cars crossed again by 9am.',
      'It was closed in May & June.',
    ]);
  });

  it('parse: a > quote under the headline is the dek', () => {
    const a = parseArticle(
      '# Lift Repaired\n\n> The station lift works again.\n\nThe lift at Elm Road reopened.\n',
      'lift.md',
    );
    expect(a.dek).toBe('The station lift works again.');
    expect(texts(a)).toEqual(['The lift at Elm Road reopened.']);
  });
});

describe('parseArticle: malformed files', () => {
  it('parse: an empty file says to add a headline and text', () => {
    expect(parseError('  \n\n').message).toMatch(/^story\.txt: the file is empty; put the headline/);
  });

  it('parse: a bad front-matter date names the field and the expected form', () => {
    const err = parseError('---\npublished: 2024-13-45\n---\nHeadline Here\nSome text here.\n');
    expect(err.message).toMatch(/'published' must be a date written YYYY-MM-DD/);
  });

  it('parse: invalid YAML front matter says so with its line', () => {
    const err = parseError('---\ntitle: [unclosed\n---\nHeadline\nText.\n');
    expect(err.message).toMatch(/front matter is not valid YAML/);
  });

  it('parse: unterminated front matter asks for the closing fence', () => {
    expect(parseError('---\ntitle: x\nHeadline\nText.\n').message).toMatch(/add a closing --- line/);
  });

  it('parse: a headline with no paragraphs says the article has no text', () => {
    expect(parseError('Only A Headline\n').message).toMatch(/no paragraphs/);
  });

  it('parse: a section summary for an unknown section lists the real ids', () => {
    const err = parseError('---\nsection_summaries:\n  Weather: Sunny.\n---\nHeadline\nSome text here.\n');
    expect(err.message).toMatch(/'Weather', which is not a section; .*: lead/);
  });

  it('parse: a bad url in front matter is reported, and the article is read without it', () => {
    const { article, warnings } = readArticle('---\nurl: not a link\n---\nHeadline\nText here.\n', 'a.txt');
    expect(article.url).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/^a\.txt: front matter 'url' is not a full link/)]);
  });
});

describe('buildArticle', () => {
  it('build: makes a lead-only article from paragraphs without headings', () => {
    const a = buildArticle({ slug: 'eval-1', title: 'Eval' }, [
      { heading: null, paragraphs: ['First one. Second one.', '  ', 'Third one.'] },
    ]);
    expect(a.sections).toHaveLength(1);
    expect(texts(a)).toEqual(['First one.', 'Second one.', 'Third one.']);
    expect(a.sections[0]?.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('build: section ids are kebab-case, at most 40 characters and unique', () => {
    const long = 'A Very Long Heading That Goes On And On About Many Different Things';
    const a = buildArticle({ slug: 'ids', title: 'Ids' }, [
      { heading: long, paragraphs: ['One.'] },
      { heading: long, paragraphs: ['Two.'] },
      { heading: 'Ünïcode & Co.', paragraphs: ['Three.'] },
      { heading: '中文', paragraphs: ['Four.'] },
    ]);
    const ids = a.sections.map((s) => s.id);
    expect(ids).toEqual([
      'a-very-long-heading-that-goes-on-and-on',
      'a-very-long-heading-that-goes-on-and-2',
      'unicode-co',
      'section-4',
    ]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(40);
  });

  it('build: a bad slug is a ContentError that says what a slug may contain', () => {
    expect(() =>
      buildArticle({ slug: 'Bad Slug', title: 'T' }, [{ heading: null, paragraphs: ['x.'] }]),
    ).toThrow(/slug must be lowercase letters, digits and dashes/);
  });
});
