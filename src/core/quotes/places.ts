// Place words for the quote extractor: capital cities that stand for their countries ("Pyongyang's
// declaration" is North Korea's) and compass words that make a name a place, not a person.

/** First words that make a name a place ("South Korea", "North Carolina"), never a person. */
export const compassWords = new Set(['north', 'south', 'east', 'west', 'new', 'upper', 'lower', 'greater']);

/** Capital cities standing for their countries (metonymy), with the names the country goes by. */
export const capitalMetonyms: Record<string, { country: string; aliases: string[] }> = {
  pyongyang: { country: 'North Korea', aliases: ['North Korea', 'DPRK'] },
  seoul: { country: 'South Korea', aliases: ['South Korea'] },
  beijing: { country: 'China', aliases: ['China'] },
  washington: { country: 'the United States', aliases: ['United States', 'U.S.', 'US', 'America'] },
  moscow: { country: 'Russia', aliases: ['Russia'] },
  tokyo: { country: 'Japan', aliases: ['Japan'] },
  kyiv: { country: 'Ukraine', aliases: ['Ukraine'] },
  kiev: { country: 'Ukraine', aliases: ['Ukraine'] },
  london: { country: 'the United Kingdom', aliases: ['United Kingdom', 'UK', 'Britain'] },
  paris: { country: 'France', aliases: ['France'] },
  berlin: { country: 'Germany', aliases: ['Germany'] },
  tehran: { country: 'Iran', aliases: ['Iran'] },
  taipei: { country: 'Taiwan', aliases: ['Taiwan'] },
  'new delhi': { country: 'India', aliases: ['India'] },
  delhi: { country: 'India', aliases: ['India'] },
  ankara: { country: 'Turkey', aliases: ['Turkey', 'Türkiye'] },
  brussels: { country: 'the European Union', aliases: ['European Union', 'EU'] },
  ottawa: { country: 'Canada', aliases: ['Canada'] },
  canberra: { country: 'Australia', aliases: ['Australia'] },
  jerusalem: { country: 'Israel', aliases: ['Israel'] },
  riyadh: { country: 'Saudi Arabia', aliases: ['Saudi Arabia'] },
  damascus: { country: 'Syria', aliases: ['Syria'] },
  cairo: { country: 'Egypt', aliases: ['Egypt'] },
  havana: { country: 'Cuba', aliases: ['Cuba'] },
  caracas: { country: 'Venezuela', aliases: ['Venezuela'] },
  hanoi: { country: 'Vietnam', aliases: ['Vietnam'] },
  manila: { country: 'the Philippines', aliases: ['Philippines'] },
  islamabad: { country: 'Pakistan', aliases: ['Pakistan'] },
  kabul: { country: 'Afghanistan', aliases: ['Afghanistan'] },
  baghdad: { country: 'Iraq', aliases: ['Iraq'] },
  minsk: { country: 'Belarus', aliases: ['Belarus'] },
  warsaw: { country: 'Poland', aliases: ['Poland'] },
  rome: { country: 'Italy', aliases: ['Italy'] },
  madrid: { country: 'Spain', aliases: ['Spain'] },
  'mexico city': { country: 'Mexico', aliases: ['Mexico'] },
  brasilia: { country: 'Brazil', aliases: ['Brazil'] },
  pretoria: { country: 'South Africa', aliases: ['South Africa'] },
  nairobi: { country: 'Kenya', aliases: ['Kenya'] },
  'addis ababa': { country: 'Ethiopia', aliases: ['Ethiopia'] },
};
