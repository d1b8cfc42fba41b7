// Stories for digest tests, written as a feed would hand them to the archive: distinct made-up
// text per story (so no two are taken for near-duplicates), sections, and a quote with its speaker.
import { seededRandom } from '../../../bench/lib/seeded-random.ts';
import type { Archive } from '../../../src/archive/archive.ts';
import type { IngestOutcome } from '../../../src/stories/story.ts';
import { storyText } from '../../archive/helpers/story-text.ts';

const words =
  'harbour council budget river station orchard ferry bridge market school library festival museum tunnel clinic garden factory airport stadium theatre village forest canal tower railway quarry mill chapel pier beacon meadow valley glacier castle dockyard vineyard workshop laboratory observatory'.split(
    ' ',
  );
const verbs =
  'opened closed expanded delayed approved rejected funded repaired inspected praised questioned restored measured planned extended reviewed'.split(
    ' ',
  );
const names = [
  'Ana Ruiz',
  'Tom Becker',
  'Mina Park',
  'Olu Adeyemi',
  'Lena Novak',
  'Ravi Menon',
  'Ines Costa',
];

function sentence(next: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)] as T;
  const n = 7 + Math.floor(next() * 6);
  const body = Array.from({ length: n }, (_, i) => (i === 2 ? pick(verbs) : pick(words))).join(' ');
  return `The ${body} on ${pick(['Monday', 'Tuesday', 'Friday', 'Sunday'])}.`;
}

/** What a test story has. */
export interface StoryShape {
  /** Seed of its text: the same seed, the same text. */
  seed: number;
  title: string;
  /** Feed that carries it. */
  feed?: string;
  /** Headed sections after the lead (default 1). */
  sections?: number;
  /** Adds a quote with a named speaker. */
  quote?: boolean;
  /** Words added to the lead (a topic to match). */
  about?: string;
  url?: string;
}

/** The story as Markdown; `extra` sentences are appended to its last section (a revision). */
export function storyOf(shape: StoryShape, extra: string[] = []): string {
  const next = seededRandom(shape.seed);
  const para = () => `${sentence(next)} ${sentence(next)}`;
  const lead = [`${shape.about ? `${shape.about}. ` : ''}${para()}`, para()];
  if (shape.quote) {
    const speaker = names[shape.seed % names.length] ?? 'Ana Ruiz';
    lead.push(`“We will keep the ${words[shape.seed % words.length]} open for everyone,” said ${speaker}.`);
  }
  const count = shape.sections ?? 1;
  const sections = Array.from({ length: count }, (_, i) => ({
    heading: `Part ${words[(shape.seed + i * 7) % words.length]} ${i + 1}`,
    paragraphs: [para(), ...(i === count - 1 && extra.length > 0 ? [extra.join(' ')] : [])],
  }));
  return storyText({ title: shape.title, lead, sections, ...(shape.url ? { url: shape.url } : {}) });
}

/** Ingests a story as its feed would hand it over. */
export function addStory(archive: Archive, shape: StoryShape, extra: string[] = []): Promise<IngestOutcome> {
  const feed = shape.feed ?? 'wire';
  return archive.ingest({
    key: `${feed}:${shape.seed}`,
    url: shape.url ?? null,
    text: storyOf(shape, extra),
    source: { kind: 'feed', name: `${feed} news`, feedId: feed },
    published: null,
  });
}
