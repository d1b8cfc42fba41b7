// The surface reading the speaker check weighs: each feature on a small text written for it.
import { describe, expect, it } from 'vitest';
import {
  attributionFeatureNames,
  attributionFeatures,
} from '../../../src/core/quotes/attribution-features.ts';
import { AttributionText, nearestTo, rivalsBetween } from '../../../src/core/quotes/attribution-text.ts';

/** The names of the features that are on for one attribution. */
function featuresOf(paragraphs: string[], text: string, speaker: string, confidence = 0.95): string[] {
  const [row] = attributionFeatures(new AttributionText(paragraphs), [{ text, speaker, confidence }]);
  return attributionFeatureNames.filter((name, j) => name !== 'bias' && (row?.[j] ?? 0) !== 0);
}

describe('attribution features', () => {
  it('a name by a speech verb in the quote’s own sentence reads as near, in the paragraph and in the sentence', () => {
    const on = featuresOf(
      ['The port reopened.', '“We are ready,” said Ana Silva.'],
      'We are ready,',
      'Ana Silva',
    );
    expect(on).toEqual(
      expect.arrayContaining([
        'rule-sure',
        'in-paragraph',
        'same-sentence',
        'near-80',
        'named-after',
        'verb-by-name',
      ]),
    );
    expect(on).not.toContain('rival-nearer');
  });

  it('a name clipped of its given name reads as given-before', () => {
    const paragraphs = [
      'Air Force Secretary Deborah Lee James visited the base.',
      '“The airmen were superb,” said Deborah Lee James.',
    ];
    expect(featuresOf(paragraphs, 'The airmen were superb,', 'Lee James')).toContain('given-before');
    expect(featuresOf(paragraphs, 'The airmen were superb,', 'Deborah Lee James')).not.toContain(
      'given-before',
    );
  });

  it('a title left on a name reads as first-word-common or rest-alone', () => {
    const salazar = [
      'Interior Ken Salazar spoke for the interior department.',
      '“We will decide,” Interior Ken Salazar said.',
    ];
    expect(featuresOf(salazar, 'We will decide,', 'Interior Ken Salazar')).toContain('first-word-common');
    const wolffe = [
      'Lord Advocate James Wolffe met the groups.',
      '“Victims come first,” said Advocate James Wolffe.',
      'James Wolffe has held the post since 2016.',
    ];
    expect(featuresOf(wolffe, 'Victims come first,', 'Advocate James Wolffe')).toContain('rest-alone');
  });

  it('a name written only inside quote marks, or inside the quote itself, reads so', () => {
    const paragraphs = ['Jair Bolsonaro replied: “Emmanuel Macron treats the Amazon as a colony.”'];
    const on = featuresOf(paragraphs, 'Emmanuel Macron treats the Amazon as a colony.', 'Emmanuel Macron');
    expect(on).toEqual(
      expect.arrayContaining(['named-only-in-quotes', 'in-own-quote', 'rival-nearer', 'rival-speaks']),
    );
  });

  it('an organisation named after "of" reads as an affiliation; a name before ’s as a possessive', () => {
    const paragraphs = ['“Prices will rise,” said Max Lawson of Oxfam.'];
    expect(featuresOf(paragraphs, 'Prices will rise,', 'Oxfam')).toEqual(
      expect.arrayContaining(['affiliation-before', 'one-word']),
    );
    const possessive = ['Oxfam’s Max Lawson said: “Prices will rise.”'];
    expect(featuresOf(possessive, 'Prices will rise.', 'Oxfam')).toContain('possessive');
  });

  it('the rules’ confidence falls in one of four bands', () => {
    const paragraphs = ['“We are ready,” said Ana Silva.'];
    expect(featuresOf(paragraphs, 'We are ready,', 'Ana Silva', 0.85)).toContain('rule-strong');
    expect(featuresOf(paragraphs, 'We are ready,', 'Ana Silva', 0.65)).toContain('rule-middle');
    expect(featuresOf(paragraphs, 'We are ready,', 'Ana Silva', 0.45)).toContain('rule-weak');
  });

  it('a quote the text does not hold gets only the features of its name', () => {
    const on = featuresOf(['“We are ready,” said Ana Silva.'], 'Words from elsewhere', 'Ana Silva');
    expect(on).toEqual(['rule-sure', 'mentions-log', 'given-first']);
  });

  it('a nearer rival that opens with a given name reads as a person; a place does not', () => {
    const person = featuresOf(
      ['Ana Silva runs the port.', 'Tom Park said: “We are ready.”'],
      'We are ready.',
      'Ana Silva',
    );
    expect(person).toEqual(expect.arrayContaining(['person-rival-nearer', 'person-rival-speaks']));
    const place = featuresOf(
      ['Ana Silva runs the port.', 'In Lisbon the mood was calm: “We are ready.”'],
      'We are ready.',
      'Ana Silva',
    );
    expect(place).toContain('rival-nearer');
    expect(place).not.toContain('person-rival-nearer');
  });

  it('a name that opens with a common given name reads so; a body or a post does not', () => {
    const paragraphs = ['“Prices will rise,” said Max Lawson of Oxfam.'];
    expect(featuresOf(paragraphs, 'Prices will rise,', 'Max Lawson')).toContain('given-first');
    expect(featuresOf(paragraphs, 'Prices will rise,', 'Oxfam')).not.toContain('given-first');
    expect(featuresOf(paragraphs, 'Prices will rise,', 'Campaigner Max Lawson')).not.toContain('given-first');
  });
});

describe('attribution text lookups', () => {
  it('nearestTo: a mention inside the span first, else the nearer side, else none', () => {
    expect(nearestTo([5, 50, 90], 40, 60)).toBe(50);
    expect(nearestTo([5, 70, 200], 40, 60)).toBe(70);
    expect(nearestTo([30, 100], 40, 60)).toBe(30);
    expect(nearestTo([], 40, 60)).toBeNull();
  });

  it('rivalsBetween: only the runs that stand within the window', () => {
    const rivals = [10, 40, 80, 120].map((at) => ({ at, words: ['X'], speaks: false }));
    expect(rivalsBetween(rivals, 30, 90).map((r) => r.at)).toEqual([40, 80]);
  });

  it('inQuotes and paragraphOf read offsets of the joined paragraphs', () => {
    const page = new AttributionText(['Ann said “yes” to it.', 'Then she left.']);
    expect(page.inQuotes(page.text.indexOf('yes'))).toBe(true);
    expect(page.inQuotes(page.text.indexOf('Ann'))).toBe(false);
    expect(page.paragraphOf(page.text.indexOf('Then'))).toBe(1);
    expect(page.fullForms('Ann')).toEqual([0]);
  });

  it('fullForms: every whole mention of a name, none inside a longer word', () => {
    const page = new AttributionText(['Ann Lee met Ann Park.', 'Ann Parker and Ann Park left.']);
    const text = page.text;
    expect(page.fullForms('Ann Park')).toEqual([text.indexOf('Ann Park'), text.lastIndexOf('Ann Park')]);
    expect(page.fullForms('Ann Parker')).toEqual([text.indexOf('Ann Parker')]);
    expect(page.fullForms('Bo Ek')).toEqual([]);
  });
});
