// The cast's look-ups of groups, each read from the article once, on first use: the one body of a kind
// ("the organisation", "the embassy", bodies.ts) and people listed under a plural title (joint-names.ts).
import { firstBodyDescribed, firstBodyNamed, isKindNoun, type SoleBody, soleAt } from './bodies.ts';
import { cached } from './cached.ts';
import { type JointNaming, jointBefore, jointNamings } from './joint-names.ts';
import type { Mention, Mentions } from './mentions.ts';

/** Bodies of a kind and joint namings of one article. */
export class GroupLookups {
  /** The first body named with a body's word, read once ("the organisation", bodies.ts). */
  private namedBody: SoleBody | null | undefined;
  /** The first fuller description of each noun ("the U.S. embassy in Sudan"), read once. */
  private readonly describedBodies = new Map<string, SoleBody | null>();
  /** People listed together under a plural title ("Senators A and B"), read on first use. */
  private joints: JointNaming[] | null = null;

  /** Reads the article's paragraphs and its name mentions. */
  constructor(
    private readonly paragraphs: string[],
    private readonly mentions: Mentions,
  ) {}

  /** "the senators": the people last listed before `at` under that plural title, as one speaker. */
  jointBefore(group: string, at: number): string | null {
    this.joints ??= jointNamings(this.paragraphs);
    return jointBefore(this.joints, group, at);
  }

  /** The one body of a kind named before `at`; `resolve` gives a mention's fullest form. */
  bodyOfKind(noun: string, at: number, resolve: (m: Mention) => string): string | null {
    const key = noun.toLowerCase();
    if (isKindNoun(key)) {
      if (this.namedBody === undefined) this.namedBody = firstBodyNamed(this.mentions.all, resolve);
      const named = soleAt(this.namedBody, at);
      if (named) return named;
    }
    const described = cached(this.describedBodies, key, () => firstBodyDescribed(key, this.paragraphs));
    return soleAt(described, at);
  }
}
