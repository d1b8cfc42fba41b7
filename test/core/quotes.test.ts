// Quote extraction on small texts written for these tests: every quote shape, speaker resolution
// (names, titles, pronouns, organisations, capitals), scare quotes left out, and the seed article.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse.ts';
import { extractQuotes } from '../../src/core/quotes.ts';
import { article, said } from './quotes/helpers.ts';

describe('quote shapes', () => {
  it('quotes: reads straight double quotes with an attribution after them', () => {
    const text =
      'Mayor Anna Berg opened the new bridge on Monday.\n\n"This bridge joins two halves of our city at last," Berg said.';
    expect(said(text)).toEqual(['Anna Berg: This bridge joins two halves of our city at last,']);
  });

  it('quotes: reads curly double quotes and an inverted "said X" attribution', () => {
    const text =
      '“We expect the first trains to run in March next year,” said Tomas Varga, the project director.';
    expect(said(text)).toEqual(['Tomas Varga: We expect the first trains to run in March next year,']);
  });

  it('quotes: reads British curly single quotes and does not treat apostrophes as quote marks', () => {
    const text =
      'Helen Marsh’s team won the league on Saturday.\n\n‘We didn’t expect it, but the players’ belief never wavered,’ said Marsh. ‘It’s the club’s best season.’';
    expect(said(text)).toEqual([
      'Helen Marsh: We didn’t expect it, but the players’ belief never wavered,',
      'Helen Marsh: It’s the club’s best season.',
    ]);
  });

  it('quotes: reads straight single quotes used as quote marks', () => {
    const text = "'We are ready for the storm,' said fire chief Omar Haddad.";
    expect(said(text)).toEqual(['Omar Haddad: We are ready for the storm,']);
  });

  it('quotes: keeps a partial quote inside a sentence attributed with "described ... as"', () => {
    const text =
      'Finance Minister Laura Chen described the budget as “a plan for steady growth” and left the chamber.';
    expect(said(text)).toEqual(['Laura Chen: a plan for steady growth']);
  });

  it('quotes: keeps nested quotes inside the outer quotation', () => {
    const text = '"People keep calling it a \'miracle cure\', and it is not one," Dr Ruth Abara said.';
    expect(said(text)).toEqual(["Ruth Abara: People keep calling it a 'miracle cure', and it is not one,"]);
  });

  it('quotes: gives one quote per paragraph to a quote that runs over paragraphs', () => {
    const text = [
      'Coach Dina Park spoke after the final.',
      '“We trained for this all winter. Nobody gave us a chance.',
      '“Today the players proved everybody wrong,” Park said.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Dina Park: We trained for this all winter. Nobody gave us a chance.',
      'Dina Park: Today the players proved everybody wrong,',
    ]);
  });

  it('quotes: opens a straight single quote after a sentence even when it runs past the paragraph', () => {
    const text = [
      "Coach Ian Cole spoke first. 'We were poor,' Cole said. 'We never got going.",
      "'Next week will be different.'",
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ian Cole: We were poor,',
      'Ian Cole: We never got going.',
      'Ian Cole: Next week will be different.',
    ]);
  });

  it('quotes: splits a quote whose paragraph break was lost at the next opening mark', () => {
    const text =
      'Pilot Sam Okafor said: "The engine stopped over the lake. I had seconds to decide. "I chose the field by the school and it held."';
    expect(said(text)).toEqual([
      'Sam Okafor: The engine stopped over the lake. I had seconds to decide.',
      'Sam Okafor: I chose the field by the school and it held.',
    ]);
  });
});

describe('speakers', () => {
  it('quotes: attributes a pronoun quote to the previous named speaker', () => {
    const text =
      'Engineer Priya Nair said the tunnel was safe. "We tested every metre of it twice," she said.';
    expect(said(text)).toEqual(['Priya Nair: We tested every metre of it twice,']);
  });

  it('quotes: prefers the subject of the previous sentence for a pronoun', () => {
    const text = [
      '"The vote was fair," said Governor Ellen Hart.',
      'Responding to Hart’s remarks, opposition leader Marco Silva rejected the result. "We will challenge every count in court," he said.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ellen Hart: The vote was fair,',
      'Marco Silva: We will challenge every count in court,',
    ]);
  });

  it('quotes: resolves a titled short name to the fullest name the article uses ("Mr Smith" -> "John Smith")', () => {
    const text =
      'John Smith runs the only bakery in the village.\n\n"Bread is the easy part," Mr Smith said.';
    expect(said(text)).toEqual(['John Smith: Bread is the easy part,']);
  });

  it('quotes: resolves a surname introduced after a title and age', () => {
    const text =
      'Retired teacher Maria Lopez, 71, found the ring.\n\n"I nearly stepped on it," Lopez said: "It was just lying in the grass."';
    expect(extractQuotes(article(text)).map((q) => q.speaker)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('quotes: attributes "the ministry said in a statement" to the ministry the article names', () => {
    const text =
      'The Unification Ministry confirmed the talks on Tuesday.\n\n"Both sides agreed to meet again within a month," the ministry said in a statement.';
    expect(said(text)).toEqual(['Unification Ministry: Both sides agreed to meet again within a month,']);
  });

  it('quotes: gives a spokesperson’s words to the organisation they speak for', () => {
    const text = '"No passengers were hurt in the incident," a spokesman for Northern Rail said.';
    expect(said(text)).toEqual(['Northern Rail: No passengers were hurt in the incident,']);
  });

  it('quotes: gives a capital city’s declaration to its country when the article names the country', () => {
    const text =
      'Talks with North Korea stalled in May. Analysts pointed to Pyongyang’s statement that sanctions relief was a “distant fantasy.”';
    expect(said(text)).toEqual(['North Korea: distant fantasy.']);
  });

  it('quotes: keeps a capital city as the speaker when the article never names its country', () => {
    const text = 'Officials cited Moscow’s warning that the treaty was “already dead.”';
    expect(said(text)).toEqual(['Moscow: already dead.']);
  });

  it('quotes: leaves the speaker null when nobody can be named', () => {
    const text = 'The sign on the gate read: "Trespassers will be reported to the council."';
    expect(extractQuotes(article(text))).toEqual([
      {
        text: 'Trespassers will be reported to the council.',
        speaker: null,
        sectionId: 'lead',
        section: 'Lead',
      },
    ]);
  });

  it('quotes: gives a quote to an unnamed witness as null, not to a named person nearby', () => {
    const text = [
      'A witness spoke to reporter Tom Baker after the crash.',
      '"The car never slowed down," the witness said.',
    ].join('\n\n');
    expect(said(text)).toEqual(['null: The car never slowed down,']);
  });

  it('quotes: takes the person, not the organisation after "of", in "X of Y said"', () => {
    const text = '"Sales are back to where they were," said Nora Quinn of the Retail Council.';
    expect(said(text)).toEqual(['Nora Quinn: Sales are back to where they were,']);
  });

  it('quotes: reads the name after a "Minister of X" title', () => {
    const text = 'Minister of Health Amir Khalid said the clinics "will stay open all weekend."';
    expect(said(text)).toEqual(['Amir Khalid: will stay open all weekend.']);
  });

  it('quotes: gives a participle clause ("calling it ...") to the subject of the sentence', () => {
    const text = 'Rome rejected the proposal on Friday, calling it "a trap".';
    expect(said(text)).toEqual(['Rome: a trap']);
  });

  it('quotes: gives a quoted participle to the agent after "by"', () => {
    const text = 'The coach was fined and "severely warned" by the Football Association.';
    expect(said(text)).toEqual(['Football Association: severely warned']);
  });

  it('quotes: continues a quote into a paragraph that only closes it, as one quotation', () => {
    const text = [
      'Dr Lena Ortiz said that "the first results are better than we hoped.',
      'We will publish everything next month."',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Lena Ortiz: the first results are better than we hoped.\n\nWe will publish everything next month.',
    ]);
  });

  it('quotes: an attribution ending in a colon introduces the next quote, not the one before', () => {
    const text =
      'Told that rival Ben Cole called the plan "a fantasy", Mayor Ada Price added: "He has not read it."';
    expect(said(text)).toEqual(['Ben Cole: a fantasy', 'Ada Price: He has not read it.']);
  });
});

describe('what is not a quotation', () => {
  it('quotes: leaves out scare quotes that no speech verb attributes', () => {
    const text =
      'The firm blamed a high "churn rate" among staff. Its so-called "growth plan for everyone" has stalled, and the "digital" push too.';
    expect(said(text)).toEqual([]);
  });

  it('quotes: keeps a short quote that a speech verb attributes', () => {
    const text = 'Union leader Kate Moss called the offer "insulting" on Friday.';
    expect(said(text)).toEqual(['Kate Moss: insulting']);
  });

  it('quotes: leaves out titles of works and names given with "called"', () => {
    const text =
      'Her new novel "The Salt Road Home" is out this week. The boat is called "Morning Star". It tops the "Best Books of the Year" list.';
    expect(said(text)).toEqual([]);
  });
});

describe('robustness', () => {
  it('quotes: never throws and only returns text found in the article, whatever the marks', () => {
    const pieces = [
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      'Mr Lee',
      ' said',
      ', ',
      '. ',
      'he ',
      'the ministry',
      'We won',
      '\n\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = `Story. ${parts.join('')}`;
        const a = article(text);
        const all = a.sections
          .flatMap((s) => s.paragraphs)
          .join(' ')
          .replace(/\s+/g, ' ');
        for (const q of extractQuotes(a)) expect(all).toContain(q.text.replace(/\s+/g, ' '));
      }),
      { numRuns: 200 },
    );
  });
});

describe('sections', () => {
  it('quotes: reports the section id and heading of each quote', () => {
    const quotes = extractQuotes(
      article(
        'Chef Luca Moretti opened his restaurant. "Cooking is my life," Moretti said.',
        '## Reviews Pour In\nCritic Jane Doe was impressed. "The pasta alone is worth the trip," she wrote.',
      ),
    );
    expect(quotes.map((q) => [q.speaker, q.sectionId, q.section])).toEqual([
      ['Luca Moretti', 'lead', 'Lead'],
      ['Jane Doe', 'reviews-pour-in', 'Reviews Pour In'],
    ]);
  });
});

describe('the seed article', () => {
  it('quotes: finds exactly the four quotations of the Lee-Xi summit article', () => {
    const source = readFileSync(new URL('../../content/lee-xi-gyeongju-summit.txt', import.meta.url), 'utf8');
    const quotes = extractQuotes(parseArticle(source, 'lee-xi-gyeongju-summit.txt'));
    const xiSection = 'Xi Jinping Promises Stronger Strategic Cooperation';
    expect(quotes.map((q) => [q.speaker, q.text, q.section])).toEqual([
      [
        'Lee Jae Myung',
        'I hope that South Korea and China can strengthen strategic communication and work together to resume dialogue with North Korea,',
        'Lead',
      ],
      ['Xi Jinping', 'an inseparable cooperative partner', xiSection],
      ['Xi Jinping', 'widen cooperation and jointly tackle challenges,', xiSection],
      ['North Korea', 'unrealizable pipe dream.', xiSection],
    ]);
  });
});
