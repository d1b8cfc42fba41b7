// Where the narrative last named each person, and whether a pronoun or a role may safely stand for
// one: "he said" a paragraph after somebody else was named, or "the candidate said" for a person the
// article never calls a candidate, is a guess, and a guessed speaker is shown as unattributed.
import type { Gender } from './gender.ts';
import type { ArticleNames } from './names.ts';

/** The people the narrative has named so far, and where. */
export class NameTies {
  private readonly namedAt = new Map<string, { paragraph: number; position: number }>();

  /** Reads with the article's names and its whole text (for role ties). */
  constructor(
    private readonly names: ArticleNames,
    private readonly articleText: string,
  ) {}

  /** Records that the narrative names `name` in paragraph `paragraph` at `position`. */
  named(name: string, paragraph: number, position: number): void {
    this.namedAt.set(name, { paragraph, position });
  }

  /**
   * Whether "he" can safely mean `speaker`: named in this paragraph or the one before, or named further
   * back with no other person named since.
   */
  nearlyNamed(speaker: string, p: number, gender: Gender | null = null): boolean {
    const at = this.namedAt.get(speaker);
    if (at === undefined) return false;
    return at.paragraph >= p - 1 || !this.namedSince(speaker, at.position, gender);
  }

  /**
   * A role ("the striker said") may stand for `speaker` when the article ties the two, or when the
   * speaker was named in this paragraph with no other person named since, or is the only person named
   * in this paragraph and the one before (plain anaphora: "Striker Leon Barre scored twice. / '...,' the
   * 28-year-old said").
   */
  roleSafe(role: string, speaker: string, p: number): boolean {
    if (tiedToRole(this.articleText, role, speaker)) return true;
    const at = this.namedAt.get(speaker);
    if (at === undefined || at.paragraph < p - 1) return false;
    if (at.paragraph === p) return !this.namedSince(speaker, at.position);
    // The paragraph before: only when it and this one name nobody else.
    for (const [name, other] of this.namedAt)
      if (name !== speaker && other.paragraph >= p - 1 && this.names.isPerson(name)) return false;
    return true;
  }

  /** Whether a person other than `speaker`, not of the other gender, was named after `position`. */
  private namedSince(speaker: string, position: number, gender: Gender | null = null): boolean {
    const other = gender === 'm' ? 'f' : gender === 'f' ? 'm' : null;
    for (const [name, at] of this.namedAt)
      if (
        name !== speaker &&
        at.position > position &&
        this.names.isPerson(name) &&
        (other === null || this.names.genderOf(name) !== other)
      )
        return true;
    return false;
  }
}

/**
 * Whether the article ties a role ("the candidate", "the Prime Minister") to `speaker`: the role's last
 * word within a few words before their surname ("Prime Minister Jane Doe"), or after it ("Doe, the
 * party's candidate"), in one sentence.
 */
export function tiedToRole(text: string, role: string, speaker: string): boolean {
  // "Prime Minister": a capitalised title of two words is tied as a whole, not by "Minister" alone.
  const head = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(role)
    ? role.toLowerCase()
    : (role.toLowerCase().split(/\s+/).pop() ?? '');
  const surname = speaker.split(/\s+/).pop() ?? '';
  if (!head || !surname) return false;
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  // Words within one sentence: no full stop, no line break between the role and the name.
  const before = new RegExp(`\\b${esc(head)}s?\\b(?:[ ,]+[\\p{L}'’-]+){0,4}?[ ,]+${esc(surname)}\\b`, 'iu');
  const after = new RegExp(`\\b${esc(surname)}\\b,?(?:[ ,]+[\\p{L}'’-]+){0,5}?[ ,]+${esc(head)}s?\\b`, 'iu');
  // "the 28-year-old" and "Ann Lee, 28,": the age given after the name.
  const age = /^(\d{1,3})-year-old$/.exec(head)?.[1];
  const aged = age ? new RegExp(`\\b${esc(surname)},\\s*(?:aged\\s+)?${age},`, 'u') : null;
  return before.test(text) || after.test(text) || (aged?.test(text) ?? false);
}
