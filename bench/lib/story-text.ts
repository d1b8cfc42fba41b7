// Generated news stories for the archive benchmarks: about 700 words each, Markdown with front
// matter, a lead and three `##` sections, quotes with named speakers. Deterministic per index, and
// different enough from each other (random word order) that none is a near-duplicate of another.
import { seededRandom } from './seeded-random.ts';

// biome-ignore format: a word list reads best packed
const nouns = [
  'council', 'harbour', 'ferry', 'budget', 'school', 'hospital', 'railway', 'bridge', 'market', 'festival',
  'orchard', 'library', 'museum', 'river', 'station', 'factory', 'union', 'court', 'police', 'airport',
  'village', 'island', 'farm', 'forest', 'mine', 'port', 'clinic', 'theatre', 'stadium', 'tram',
  'election', 'strike', 'flood', 'storm', 'drought', 'harvest', 'survey', 'report', 'inquiry', 'plan',
  'minister', 'mayor', 'teacher', 'nurse', 'driver', 'farmer', 'miner', 'judge', 'officer', 'engineer',
  'tariff', 'subsidy', 'contract', 'license', 'permit', 'treaty', 'summit', 'protest', 'vote', 'reform',
  'water', 'power', 'housing', 'rent', 'wages', 'prices', 'exports', 'imports', 'fuel', 'grain',
];
// biome-ignore format: a word list reads best packed
const verbs = [
  'approved', 'rejected', 'delayed', 'opened', 'closed', 'expanded', 'cut', 'raised', 'reviewed', 'cancelled',
  'funded', 'blocked', 'backed', 'criticised', 'welcomed', 'questioned', 'announced', 'postponed', 'doubled', 'halved',
];
// biome-ignore format: a word list reads best packed
const adjectives = [
  'new', 'old', 'local', 'regional', 'national', 'small', 'large', 'early', 'late', 'urgent',
  'public', 'private', 'coastal', 'northern', 'southern', 'rural', 'central', 'annual', 'temporary', 'final',
];
// biome-ignore format: a word list reads best packed
const people = [
  'Ana Ruiz', 'Tom Okafor', 'Mei Lin', 'Sara Holm', 'Jonas Berg', 'Priya Nair', 'Luis Ortega', 'Hana Sato',
  'Omar Haddad', 'Eva Novak', 'Kofi Mensah', 'Ines Costa', 'Paul Meyer', 'Lena Fischer', 'Ravi Shah',
];
// biome-ignore format: a word list reads best packed
const towns = ['Portmere', 'Elmbridge', 'Ashby', 'Kestrel Bay', 'Northam', 'Wendham', 'Larkfield', 'Stonebury'];

/** A long tail of made-up words (5,000), so stories share common words and differ in rare ones. */
const rare = (() => {
  const syllables = [
    'ka',
    'lo',
    'mer',
    'tan',
    'vis',
    'dro',
    'hel',
    'sun',
    'bra',
    'qui',
    'rel',
    'ost',
    'fen',
    'gar',
    'zim',
    'pol',
    'wen',
    'cor',
    'dal',
    'nir',
  ];
  const words: string[] = [];
  for (let i = 0; words.length < 5000; i++) {
    const a = syllables[i % 20] ?? '';
    const b = syllables[Math.floor(i / 20) % 20] ?? '';
    const c = syllables[Math.floor(i / 400) % 20] ?? '';
    words.push(`${a}${b}${c}`);
  }
  return words;
})();

/** Story `index` as the webhook or a feed would hand it over: about `words` words (default 700). */
export function benchStory(index: number, words = 700): { title: string; text: string } {
  const next = seededRandom(index * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const town = pick(towns);
  const title = `${cap(pick(adjectives))} ${cap(pick(nouns))} ${cap(pick(verbs))} in ${town} (${index})`;
  const sentence = (): string => {
    if (next() < 0.15) {
      const speaker = pick(people);
      return `“The ${pick(nouns)} ${pick(verbs)} the ${pick(adjectives)} ${pick(nouns)} and the ${pick(nouns)} must follow,” said ${speaker}, a ${pick(nouns)} ${pick(nouns)} in ${town}.`;
    }
    const n = 10 + Math.floor(next() * 10);
    const parts = [`The ${pick(adjectives)} ${pick(nouns)}`, pick(verbs)];
    while (parts.length < n) {
      const roll = next();
      if (roll < 0.25) parts.push(`the ${pick(nouns)}`);
      else if (roll < 0.55) parts.push(rare[Math.floor(rare.length * next() ** 3)] ?? 'kalo');
      else parts.push(pick(roll < 0.8 ? nouns : adjectives));
    }
    return `${parts.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 3 }, sentence).join(' ');
  const body: string[] = [];
  let count = 0;
  const headings = ['What Happened', 'Reaction', 'What Comes Next'];
  let section = 0;
  while (count < words) {
    if (body.length > 0 && body.length % 3 === 0 && section < headings.length)
      body.push(`## ${headings[section++]}`);
    const p = paragraph();
    count += p.split(/\s+/).length;
    body.push(p);
  }
  const day = String(1 + (index % 28)).padStart(2, '0');
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `published: 2026-11-${day}`,
    'tags: [bench]',
    '---',
  ];
  return { title, text: `${front.join('\n')}\n${body.join('\n\n')}\n` };
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
