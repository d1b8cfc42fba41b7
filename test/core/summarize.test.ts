// The summarizer's promises: 3-5 key points and 1-2 sentences per section, every one a verbatim
// sentence of the article, in article order, never repeated; pinned summaries win; tiny articles work.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle, parseArticle } from '../../src/content/parse.ts';
import type { Article, Section } from '../../src/core/article.ts';
import { keyPointCount, summarizeArticle } from '../../src/core/summarize.ts';
import { normaliseSpace } from '../../src/core/text/sentences.ts';

/** Builds an Article straight from sections given as paragraphs of sentences. */
function makeArticle(title: string, sections: { heading: string | null; paragraphs: string[][] }[]): Article {
  let index = 0;
  let paragraph = 0;
  const built: Section[] = sections.map((s, n) => {
    const sentences: Section['sentences'] = [];
    for (const para of s.paragraphs) {
      for (const text of para) sentences.push({ text, index: index++, paragraph });
      paragraph++;
    }
    const id = s.heading === null ? 'lead' : `part-${n}`;
    return { id, heading: s.heading ?? 'Lead', paragraphs: s.paragraphs.map((p) => p.join(' ')), sentences };
  });
  return {
    slug: 'fixture',
    title,
    dek: null,
    dateline: null,
    published: null,
    source: null,
    url: null,
    tags: [],
    sections: built,
  };
}

const park = makeArticle('Council approves riverside park after decade of debate', [
  {
    heading: null,
    paragraphs: [
      [
        'The city council approved a new riverside park on Tuesday, ending a decade of debate over the abandoned dockyard site.',
        'The park will cover 40 acres along the river and include walking trails, a playground and a public boat launch.',
      ],
      [
        'Mayor Ana Ruiz called the vote a turning point for the neighbourhood.',
        '"We have waited a very long time for this day," she said.',
      ],
    ],
  },
  {
    heading: 'Funding',
    paragraphs: [
      [
        'The park will cost about $25 million, paid for by a state grant and a bond approved by voters last year.',
        'Council members said no new local taxes would be needed to build the park.',
        'Maintenance will be funded from the parks department budget.',
        'A private foundation has also pledged $2 million for the playground.',
      ],
    ],
  },
  {
    heading: 'Opposition',
    paragraphs: [
      [
        'Some residents opposed the plan, arguing that the dockyard should be sold for housing instead.',
        'Two council members voted against the park, citing the shortage of affordable homes in the city.',
      ],
    ],
  },
  {
    heading: 'Timeline',
    paragraphs: [['Construction is expected to begin next spring and finish within two years.']],
  },
]);

function sentencesOf(article: Article): string[] {
  return article.sections.flatMap((s) => s.sentences.map((x) => x.text));
}

/** True when `picked` are distinct members of `pool` appearing in pool order. */
function inOrderWithoutRepeats(picked: string[], pool: string[]): boolean {
  const positions = picked.map((t) => pool.indexOf(t));
  return positions.every((at, i) => at >= 0 && (i === 0 || at > (positions[i - 1] ?? -1)));
}

describe('summarizeArticle', () => {
  it('summarize: key points are 3-5 verbatim sentences of the article, in article order, never repeated', () => {
    const { keyPoints } = summarizeArticle(park);
    expect(keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(keyPoints.length).toBeLessThanOrEqual(5);
    expect(inOrderWithoutRepeats(keyPoints, sentencesOf(park))).toBe(true);
  });

  it('summarize: opens the key points with the lead sentence of a news story', () => {
    expect(summarizeArticle(park).keyPoints[0]).toBe(park.sections[0]?.sentences[0]?.text);
  });

  it('summarize: keeps the opening news of a short story over later sentences that share more words', () => {
    // The later sentences all talk of buses and the station, so they are the more central ones; the
    // opening is the news. Over six sentences centrality is a weak signal, so the lead prior weighs more.
    const lines = [
      'A fire closed the northern rail bridge at dawn on Friday, leaving commuters without trains.',
      'Commuters waited for buses outside the central station for hours.',
      'The buses to the central station were full, and commuters at the station said the buses were late.',
      'Station staff told commuters that extra buses would reach the station soon.',
      'Some commuters walked from the station to the buses on the main road.',
      'The buses from the station ran every ten minutes by the evening, commuters said.',
    ];
    const story = makeArticle('Morning travel', [{ heading: null, paragraphs: lines.map((l) => [l]) }]);
    expect(summarizeArticle(story).keyPoints[0]).toBe(lines[0]);
  });

  it('summarize: serves the default weights when no tuning is given, and follows a tuning when one is', () => {
    // The second sentence is a quote: damped by default, so the reported third sentence is preferred;
    // with no quote damping the quote, earlier and as central, comes back.
    const lines = [
      'The city council voted on Tuesday to build a new library on the old market square.',
      '"The new library on the market square will open in two years," the mayor said.',
      'The library will hold 200,000 books and a reading room for the market square.',
      'Builders start work on the square in the spring.',
    ];
    const story = makeArticle('Council votes for library on market square', [
      { heading: null, paragraphs: lines.map((l) => [l]) },
    ]);
    const served = summarizeArticle(story, { keyPoints: 2 }).keyPoints;
    expect(summarizeArticle(story, { keyPoints: 2, tuning: {} }).keyPoints).toEqual(served);
    expect(served).toEqual([lines[0], lines[2]]);
    expect(summarizeArticle(story, { keyPoints: 2, tuning: { quoteDamping: 0 } }).keyPoints).toEqual([
      lines[0],
      lines[1],
    ]);
  });

  it('summarize: gives every section 1-2 of its own sentences, and 1 when it has only one', () => {
    const { sections } = summarizeArticle(park);
    expect(Object.keys(sections)).toEqual(park.sections.map((s) => s.id));
    for (const section of park.sections) {
      const summary = sections[section.id] ?? [];
      const own = section.sentences.map((s) => s.text);
      expect(summary.length).toBe(own.length >= 4 ? 2 : 1);
      expect(inOrderWithoutRepeats(summary, own)).toBe(true);
    }
    expect(sections['part-3']).toEqual([
      'Construction is expected to begin next spring and finish within two years.',
    ]);
  });

  it('summarize: a pinned article summary wins over the computed key points', () => {
    const pinned = ['An editor wrote this.', 'And this.'];
    expect(summarizeArticle({ ...park, pinnedSummary: pinned }).keyPoints).toEqual(pinned);
    expect(summarizeArticle({ ...park, pinnedSummary: [] }).keyPoints).toEqual(
      summarizeArticle(park).keyPoints,
    );
  });

  it('summarize: a pinned section summary wins for that section only', () => {
    const sections = park.sections.map((s) =>
      s.id === 'part-1' ? { ...s, pinnedSummary: ['Money, explained.'] } : s,
    );
    const summary = summarizeArticle({ ...park, sections });
    expect(summary.sections['part-1']).toEqual(['Money, explained.']);
    expect(summary.sections['part-2']).toEqual(summarizeArticle(park).sections['part-2']);
  });

  it('summarize: a one-sentence article yields that sentence and a two-sentence one both', () => {
    const one = makeArticle('Short', [
      { heading: null, paragraphs: [['Only one thing happened today in the town.']] },
    ]);
    expect(summarizeArticle(one)).toEqual({
      keyPoints: ['Only one thing happened today in the town.'],
      sections: { lead: ['Only one thing happened today in the town.'] },
    });
    const two = makeArticle('Short', [
      { heading: null, paragraphs: [['First it rained.', 'Then the sun came out.']] },
    ]);
    const summary = summarizeArticle(two);
    expect(summary.keyPoints).toEqual(['First it rained.', 'Then the sun came out.']);
    expect(summary.sections.lead).toHaveLength(1);
  });

  it('summarize: never repeats a sentence the article itself repeats', () => {
    const echo = 'The bridge will close for repairs on Monday morning.';
    const article = makeArticle('Bridge closes', [
      {
        heading: null,
        paragraphs: [
          [echo, 'Drivers should use the ring road instead.'],
          [echo, 'Buses will run as usual.'],
        ],
      },
    ]);
    const { keyPoints } = summarizeArticle(article);
    expect(keyPoints.filter((k) => k === echo)).toHaveLength(1);
    expect(new Set(keyPoints).size).toBe(keyPoints.length);
  });

  it('summarize: leaves out a near-copy of a sentence already chosen', () => {
    const article = makeArticle('Storm hits coast', [
      {
        heading: null,
        paragraphs: [
          ['A powerful storm hit the northern coast on Sunday, cutting power to 20,000 homes.'],
          ['A powerful storm hit the northern coast on Sunday and cut power to about 20,000 homes.'],
          ['Rescue teams evacuated two villages after the river burst its banks overnight.'],
          ['Schools in the region will stay closed until Wednesday, officials said.'],
          ['Forecasters expect calmer weather by the end of the week across the region.'],
        ],
      },
    ]);
    const { keyPoints } = summarizeArticle(article, { keyPoints: 3 });
    expect(keyPoints).toHaveLength(3);
    expect(keyPoints.filter((k) => k.startsWith('A powerful storm'))).toHaveLength(1);
  });

  it('summarize: gives fewer key points rather than one that opens with a connective leaning on a sentence left out', () => {
    const article = makeArticle('Harbour ferry resumes winter service', [
      {
        heading: null,
        paragraphs: [
          ['The harbour ferry resumed its winter service on Monday after a month of repairs to its engines.'],
          [
            'The operator said the crossing now takes twelve minutes and runs every half hour until midnight.',
          ],
          ['And the fares stay at two euros for adults and one euro for children under twelve.'],
          ['And the night crossing on Fridays returns next month once new crew members finish training.'],
        ],
      },
    ]);
    const points = summarizeArticle(article).keyPoints;
    expect(points.some((p) => p.startsWith('And '))).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(2);
  });

  it('summarize: honours a requested key-point count, capped by the sentences there are', () => {
    expect(summarizeArticle(park, { keyPoints: 5 }).keyPoints).toHaveLength(5);
    expect(summarizeArticle(park, { keyPoints: 3 }).keyPoints).toHaveLength(3);
    const two = makeArticle('Short', [{ heading: null, paragraphs: [['One.', 'Two.']] }]);
    expect(summarizeArticle(two, { keyPoints: 4 }).keyPoints).toEqual(['One.', 'Two.']);
  });

  it('summarize: asks 3 key points of a short story, 4 from 20 sentences and 5 from 30', () => {
    expect([1, 2, 3, 19, 20, 29, 30, 80].map(keyPointCount)).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('summarize: keeps its promises on any article (property)', () => {
    const word = fc.constantFrom(
      'port',
      'vote',
      'river',
      'mayor',
      'storm',
      'budget',
      'school',
      'the',
      'a',
      'new',
      '"',
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
    const section = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.array(section, { minLength: 1, maxLength: 4 }), (sections) => {
        const article = makeArticle(
          'Port vote',
          sections.map((paragraphs, n) => ({ heading: n ? `S${n}` : null, paragraphs })),
        );
        const all = sentencesOf(article);
        const distinct = new Set(all).size;
        const { keyPoints, sections: bySection } = summarizeArticle(article);
        expect(keyPoints.length).toBe(Math.min(keyPointCount(all.length), distinct));
        expect(inOrderWithoutRepeats(keyPoints, all)).toBe(true);
        for (const s of article.sections) {
          const summary = bySection[s.id] ?? [];
          expect(summary.length).toBeGreaterThanOrEqual(1);
          expect(summary.length).toBeLessThanOrEqual(s.sentences.length === 1 ? 1 : 2);
          expect(
            inOrderWithoutRepeats(
              summary,
              s.sentences.map((x) => x.text),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('summarize: works on an article built by the content pipeline, pinned summaries included', () => {
    const article = buildArticle(
      {
        slug: 'harbour',
        title: 'Harbour reopens',
        pinnedSummary: ['The harbour is open again.'],
        sectionSummaries: { Trade: ['Ships are back.'] },
      },
      [
        {
          heading: null,
          paragraphs: [
            'The harbour reopened on Friday after a month of repairs. Fishing boats returned at dawn.',
          ],
        },
        {
          heading: 'Trade',
          paragraphs: [
            'Cargo ships will follow next week. Port officials expect trade to recover by summer.',
          ],
        },
        { heading: 'Costs', paragraphs: ['The repairs cost $4 million. The state paid half of the bill.'] },
      ],
    );
    const summary = summarizeArticle(article);
    expect(summary.keyPoints).toEqual(['The harbour is open again.']);
    expect(summary.sections.trade).toEqual(['Ships are back.']);
    expect(summary.sections.costs).toHaveLength(1);
    expect(['The repairs cost $4 million.', 'The state paid half of the bill.']).toContain(
      summary.sections.costs?.[0],
    );
  });

  it('summarize: every summary sentence of the seed article in content/ is verbatim from its text', () => {
    const source = readFileSync(new URL('../../content/lee-xi-gyeongju-summit.txt', import.meta.url), 'utf8');
    const article = parseArticle(source, 'lee-xi-gyeongju-summit.txt');
    const summary = summarizeArticle(article);
    const text = normaliseSpace(source);
    expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.keyPoints.length).toBeLessThanOrEqual(5);
    expect(inOrderWithoutRepeats(summary.keyPoints, sentencesOf(article))).toBe(true);
    for (const section of article.sections) {
      const picked = summary.sections[section.id] ?? [];
      expect(picked.length).toBeGreaterThanOrEqual(1);
      expect(picked.length).toBeLessThanOrEqual(2);
      expect(
        inOrderWithoutRepeats(
          picked,
          section.sentences.map((s) => s.text),
        ),
      ).toBe(true);
    }
    for (const sentence of [...summary.keyPoints, ...Object.values(summary.sections).flat()]) {
      expect(text).toContain(sentence);
    }
  });
  it('summarize: key points of a story with headed sections take at most half from any one section', () => {
    const leadHeavy = makeArticle('Harbour festival draws record crowds to the old port', [
      {
        heading: null,
        paragraphs: [
          [
            'The harbour festival drew record crowds to the old port on Saturday.',
            'Organisers said the harbour festival crowds were the largest in its history.',
            'Record crowds filled the old port for the harbour festival from early morning.',
            'The old port harbour festival crowds stayed until after midnight.',
          ],
        ],
      },
      { heading: 'Boats', paragraphs: [['Tall ships sailed into the old port at noon for the festival.']] },
      { heading: 'Food', paragraphs: [['Food stalls along the harbour sold out by the evening.']] },
      { heading: 'Next year', paragraphs: [['The festival will return to the port next summer.']] },
    ]);
    const { keyPoints } = summarizeArticle(leadHeavy, { keyPoints: 4 });
    const lead = leadHeavy.sections[0]?.sentences.map((x) => x.text) ?? [];
    expect(keyPoints).toHaveLength(4);
    expect(keyPoints.filter((k) => lead.includes(k))).toHaveLength(2);
  });
});
