// Place words for the quote extractor: capital cities that stand for their countries ("Pyongyang's
// declaration" is North Korea's) and compass words that make a name a place, not a person.

/** First words that make a name a place ("South Korea", "North Carolina"), never a person. */
export const compassWords = new Set(['north', 'south', 'east', 'west', 'new', 'upper', 'lower', 'greater']);

/** A country as the article may name it: the name to show, and the names that count as naming it. */
interface Country {
  country: string;
  aliases: string[];
}

/** Capitals of countries that go by one name, shown as is. */
const plainCapitals: Record<string, string> = {
  seoul: 'South Korea',
  beijing: 'China',
  moscow: 'Russia',
  tokyo: 'Japan',
  kyiv: 'Ukraine',
  kiev: 'Ukraine',
  paris: 'France',
  berlin: 'Germany',
  tehran: 'Iran',
  taipei: 'Taiwan',
  'new delhi': 'India',
  delhi: 'India',
  ottawa: 'Canada',
  canberra: 'Australia',
  jerusalem: 'Israel',
  riyadh: 'Saudi Arabia',
  damascus: 'Syria',
  cairo: 'Egypt',
  havana: 'Cuba',
  caracas: 'Venezuela',
  hanoi: 'Vietnam',
  islamabad: 'Pakistan',
  kabul: 'Afghanistan',
  baghdad: 'Iraq',
  minsk: 'Belarus',
  warsaw: 'Poland',
  rome: 'Italy',
  madrid: 'Spain',
  'mexico city': 'Mexico',
  brasilia: 'Brazil',
  pretoria: 'South Africa',
  nairobi: 'Kenya',
  'addis ababa': 'Ethiopia',
};

/** Capital cities standing for their countries (metonymy), with the names the country goes by. */
export const capitalMetonyms: Record<string, Country> = {
  ...Object.fromEntries(
    Object.entries(plainCapitals).map(([capital, country]) => [capital, { country, aliases: [country] }]),
  ),
  pyongyang: { country: 'North Korea', aliases: ['North Korea', 'DPRK'] },
  washington: { country: 'the United States', aliases: ['United States', 'U.S.', 'US', 'America'] },
  london: { country: 'the United Kingdom', aliases: ['United Kingdom', 'UK', 'Britain'] },
  ankara: { country: 'Turkey', aliases: ['Turkey', 'Türkiye'] },
  brussels: { country: 'the European Union', aliases: ['European Union', 'EU'] },
  manila: { country: 'the Philippines', aliases: ['Philippines'] },
};
