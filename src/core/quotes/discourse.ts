// Who the story is about at each point: speakers and sentence subjects in reading order, so "he",
// "the striker" or an unattributed quote can be given to the right person.
import type { SpeakerRef } from './attribution.ts';
import type { ArticleNames } from './names.ts';

interface Focus {
  name: string;
  person: boolean;
  speaker: boolean;
}

/** Reading-order memory of the people and organisations the article has put forward. */
export class Discourse {
  private readonly focus: Focus[] = [];

  /** Remembers the article's names for resolving references. */
  constructor(private readonly names: ArticleNames) {}

  /** Turns a reference into the fullest speaker name, or null when nobody can be named. */
  resolve(ref: SpeakerRef, at: number): string | null {
    switch (ref.kind) {
      case 'name':
        return this.names.metonym(this.names.resolve(ref.name, ref.offset));
      case 'pronoun': {
        if (ref.word === 'it') return this.latest((f) => !f.person && f.speaker);
        const name = this.latest((f) => f.person);
        if (name) this.names.markPerson(name);
        return name;
      }
      case 'role':
        return this.latest((f) => f.person);
      case 'org':
        return this.names.organisationNamed(ref.noun, at) ?? ref.phrase;
      default:
        return null;
    }
  }

  /** Records a speaker (of a quote or of reported speech) or a sentence subject. */
  note(name: string | null, speaker: boolean): void {
    if (!name) return;
    const person = this.names.isPerson(name);
    if (!speaker && !person) return;
    this.focus.push({ name, person, speaker });
  }

  /** The last speaker or person the story put forward: who an unattributed quote belongs to. */
  current(): string | null {
    return this.latest((f) => f.speaker || f.person);
  }

  private latest(test: (f: Focus) => boolean): string | null {
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (test(f)) return f.name;
    }
    return null;
  }
}
