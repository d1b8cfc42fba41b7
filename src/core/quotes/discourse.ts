// Who the story is about at each point: subjects, speakers and named people sentence by sentence,
// so "he", "the striker", "it" or an unattributed quote can be given to the right one.
import type { SpeakerRef } from './attribution.ts';
import { type Gender, genderOfPronoun } from './gender.ts';
import { isGroupNoun, orgNouns, spokesNouns } from './lexicon.ts';
import { isOrgLike } from './mentions.ts';
import type { ArticleNames } from './names.ts';

/** How a name came up in a sentence: as its subject, as a speaker, or only mentioned. */
export type FocusRole = 'subject' | 'speaker' | 'mention';

interface Focus {
  name: string;
  person: boolean;
  role: FocusRole;
  sentence: number;
  /** The role phrase the name was reached through ("the candidate"), when it was not named. */
  via?: string;
}

/** Nouns a business is referred back to by ("the company said"). */
const companyNouns = new Set(['company', 'firm', 'chain', 'retailer', 'carrier', 'airline', 'manufacturer']);
/** Words that mark an organisation's name as a business's ("Acme Group", "Bolt Motors Inc"). */
const businessWords = new Set(['company', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'group', 'co']);

const rank: Record<FocusRole, number> = { subject: 3, speaker: 2, mention: 1 };
/** Names kept in memory: a reference never reaches further back, so every look-back is bounded. */
const memory = 500;

/** Reading-order memory of the people and organisations the article has put forward. */
export class Discourse {
  private readonly focus: Focus[] = [];
  private sentence = 0;
  private unnamedSubject = -1;
  /** The last sentence whose subject or speaker was one person the article does not name. */
  private unnamedPerson = -1;
  /**
   * True when the last "subject" reference ("..., saying") found no subject in its own sentence and
   * took the last speaker of the story: a guess, shown only when surer routes agree.
   */
  subjectGuessed = false;
  /**
   * True when the last pronoun resolved had a rival: another person it may as well mean, named with or
   * after the one chosen ("Tom Hale met Ben Ross. '...,' he said"). A guess, shown as unattributed.
   */
  pronounRival = false;
  /**
   * True when the organisation the last "it said" / "the statement said" was given to had spoken
   * before; false when it was only a sentence's subject ("Dalmatia rejected the sanctions"): a guess.
   */
  organisationSpoke = false;
  /** The last pronoun resolved: its sentence, person and whether it had a rival. */
  private lastPronoun: { sentence: number; name: string | null; rival: boolean } | null = null;

  /** Remembers the article's names for resolving references. */
  constructor(private readonly names: ArticleNames) {}

  /** Starts a new sentence. */
  nextSentence(): void {
    this.sentence++;
  }

  /** Turns a reference into the fullest speaker name, or null when nobody can be named. */
  resolve(ref: SpeakerRef, at: number): string | null {
    switch (ref.kind) {
      case 'name': {
        const lower = ref.name.toLowerCase();
        // "Police said" / "Witnesses said": a common noun capitalised at a sentence start.
        if (orgNouns.has(lower)) return lower;
        if (spokesNouns.has(lower)) return this.latest((f) => !f.person && f.role !== 'mention');
        // "The Senators wrote": the people listed under that title, if the article listed any.
        if (isGroupNoun(lower)) return this.names.jointNamed(lower, at);
        // "An Indian doctor ...", "the 27-year-old Indian doctor said": a nationality, not a name.
        if (this.names.isCommonWord(ref.name) || this.names.isDemonym(ref.name)) return null;
        if (this.names.isBareTitle(ref.name)) return this.person(null);
        const resolved = this.names.metonym(this.names.resolve(ref.name, ref.offset));
        // "the Tánaiste said": the person the article gave that title to, when it names one.
        const name = this.names.titleHolder(resolved) ?? resolved;
        // A spokesperson speaks for the organisation, and "she said" after it means the organisation.
        if (ref.proxy) this.names.markPerson(name);
        return name;
      }
      case 'pronoun': {
        const gender = genderOfPronoun(ref.word);
        const name = this.person(gender, ref.opening === true);
        // `She also said "..."`: the narrative pass already read this pronoun and noted its person as the
        // sentence's speaker; that note is no evidence, so a rival found then still stands.
        const again = this.lastPronoun?.sentence === this.sentence && this.lastPronoun.name === name;
        this.pronounRival =
          name !== null && ((again && this.lastPronoun?.rival) || this.rivalOf(name, gender));
        this.lastPronoun = { sentence: this.sentence, name, rival: this.pronounRival };
        if (name) this.names.markPerson(name);
        return name;
      }
      case 'role':
        // "her manager said": someone related to a person, not that person.
        if (/^(?:his|her|their|its|my|our)\s/i.test(ref.phrase))
          return this.names.relationNamed(ref.phrase, at);
        {
          // "the 28-year-old said": the one person the article gives that age.
          const age = /^the (\d{1,3})-year-old$/i.exec(ref.phrase)?.[1];
          const aged = age ? this.names.personAged(age, at) : null;
          if (aged) return aged;
        }
        return this.names.introducedUnnamed(ref.phrase) ? null : this.person(null);
      case 'subject':
        // "The victim's mother left the court, saying ...": an unnamed subject speaks for nobody named.
        if (this.unnamedSubject === this.sentence) return this.sentenceSubject();
        {
          const inSentence = this.sentenceSubject() ?? this.sentenceSpeaker();
          this.subjectGuessed = inSentence === null;
          return inSentence ?? this.current();
        }
      case 'organisation': {
        const name = this.latest((f) => !f.person && f.role !== 'mention');
        // A body named as one ("the ministry", "Defence Ministry") or one that spoke; not a bare
        // place or state that was only a subject ("Dalmatia rejected ...": its ministry, or a guess).
        this.organisationSpoke =
          name !== null &&
          (name.split(' ').some((w) => /^\p{Ll}/u.test(w)) ||
            isOrgLike(name.toLowerCase().split(' ')) ||
            this.latest((f) => !f.person && f.role === 'speaker') === name);
        // (once given its role, the name already holds it: "Usdaw spokesperson").
        return name && ref.role && !name.endsWith(` ${ref.role}`) ? `${name} ${ref.role}` : name;
      }
      case 'document':
        {
          // "Housing and Planning Minister Ann Lee said": a post read as a title, the person at its end.
          const person = this.names.personEnding(ref.phrase);
          if (person) return this.names.resolve(person, at);
        }
        // "The report said" -> "the report"; a title ("International Students and Crime") as written.
        return ref.phrase.replace(/^(?:The|A|An|This|That)\s/, (d) => d.toLowerCase());
      case 'org': {
        const named = this.names.organisationNamed(ref.noun, ref.modifiers, at);
        if (named) return named;
        // "Taiwan's defence ministry" names itself; "the agency" is the organisation last speaking.
        const phrase = ref.phrase.replace(/^the\s+/i, '');
        // "Taiwan's defence ministry" and a bare "police" name themselves; "the agency" points back.
        if (/['’]s\b/u.test(phrase) || phrase === ref.phrase) return phrase;
        // "The organisation states", "said the embassy": the one body of that kind named before.
        const body = ref.modifiers.length === 0 ? this.names.bodyOfKind(ref.noun, ref.offset) : null;
        if (body) return body;
        // Only an organisation that spoke: the subject of a narrative sentence ("Television presenter
        // Ann Lee ..." read as "Television") is no antecedent for "the police".
        return (
          this.latest((f) => !f.person && f.role === 'speaker') ?? this.soleCompany(ref.noun) ?? ref.phrase
        );
      }
      case 'nobody':
        return ref.group ? this.names.jointNamed(ref.group, at) : null;
      default:
        return null;
    }
  }

  /** True when the sentence before the current one had a subject the article does not name. */
  previousSubjectUnnamed(): boolean {
    return this.unnamedSubject === this.sentence - 1;
  }

  /**
   * Records that the current sentence's subject is someone the article does not name; `one` when a
   * single person ("A neighbour disagreed", "her deputy said"), whom a later "he"/"she" may mean.
   */
  noteUnnamedSubject(one = false): void {
    this.unnamedSubject = this.sentence;
    if (one) this.unnamedPerson = this.sentence;
  }

  /** Records a name as the subject, a speaker or a mention of the current sentence (`via` a role phrase). */
  note(name: string | null, role: FocusRole, via?: string): void {
    if (!name) return;
    const person = this.names.isPerson(name);
    if (role === 'mention' && !person) return;
    this.focus.push({ name, person, role, sentence: this.sentence, ...(via ? { via } : {}) });
    if (this.focus.length > 2 * memory) this.focus.splice(0, this.focus.length - memory);
  }

  /**
   * Who an unattributed quote belongs to: in the latest sentence with a speaker or a person as its
   * subject, that subject before the speakers.
   */
  current(): string | null {
    let best: Focus | null = null;
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (best && f.sentence !== best.sentence) break;
      if (f.role === 'mention' || (f.role === 'subject' && !f.person)) continue;
      if (!best || rank[f.role] > rank[best.role]) best = f;
    }
    return best?.name ?? null;
  }

  /** The role phrase through which the current sentence's subject was reached, if it was not named. */
  sentenceSubjectVia(): string | undefined {
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (f.sentence !== this.sentence) return undefined;
      if (f.role === 'subject') return f.via;
    }
    return undefined;
  }

  /** The subject noted for the current sentence, if any: who a quote later in it belongs to. */
  sentenceSubject(): string | null {
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (f.sentence !== this.sentence) return null;
      if (f.role === 'subject') return f.name;
    }
    return null;
  }

  private sentenceSpeaker(): string | null {
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (f.sentence !== this.sentence) return null;
      if (f.role === 'speaker') return f.name;
    }
    return null;
  }

  /**
   * The person "he"/"she" points to: in the latest sentence with a person as subject or speaker, the
   * subject before the speakers; only when there is none, the person named last. A person the article
   * gives the other gender is passed over; when that leaves the latest such sentence without anyone,
   * the person of that gender named last is meant ("Her husband, Ben Carter, ... he said").
   */
  private person(gender: Gender | null, earlier = false): string | null {
    // `As he puts it, the project is ...`: a pronoun opening its sentence means someone named before it.
    const fits = (f: Focus) =>
      (!earlier || f.sentence < this.sentence) &&
      (gender === null || this.names.genderOf(f.name) !== (gender === 'm' ? 'f' : 'm'));
    let best: Focus | null = null;
    let latestSentence = -1;
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (latestSentence >= 0 && f.sentence !== latestSentence) break;
      if (!f.person || f.role === 'mention') continue;
      latestSentence = f.sentence;
      if (fits(f) && (!best || rank[f.role] > rank[best.role])) best = f;
    }
    // "Ann Lee and her husband, Tom Lee, met reporters. '...,' he said": a person of that sentence the
    // article gives the pronoun's gender beats one whose gender it never gives.
    if (best && gender !== null && this.names.genderOf(best.name) !== gender) {
      const sure = this.latest(
        (f) => f.sentence === latestSentence && f.person && this.names.genderOf(f.name) === gender,
      );
      if (sure) return sure;
    }
    return best?.name ?? this.latest((f) => f.person && fits(f) && f.sentence < this.sentence);
  }

  /**
   * Whether a person other than `name`, of the pronoun's gender or of none the article gives, is named
   * in the sentence where `name` was last put forward or in a later one before this sentence.
   */
  private rivalOf(name: string, gender: Gender | null): boolean {
    let from = -1;
    let mentionOnly = true;
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (from >= 0 && f.sentence !== from) break;
      if (f.name !== name) continue;
      from = f.sentence;
      if (f.role !== 'mention') mentionOnly = false;
    }
    if (from < 0) return false;
    // "Ann Lee leads the union. Her deputy said ... '...,' he said": the unnamed deputy may be meant.
    if (this.unnamedPerson > from) return true;
    const opposite = gender === 'm' ? 'f' : gender === 'f' ? 'm' : null;
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (f.sentence < from) break;
      if (f.sentence === this.sentence && from < this.sentence) continue;
      // "Tom Park ... Jamie said she was glad. '...,' she said": a one-word name that spoke since, not
      // known as a person, may be the one meant.
      if (
        f.name !== name &&
        !f.person &&
        f.role === 'speaker' &&
        f.sentence > from &&
        this.names.writtenAlone(f.name)
      )
        return true;
      if (f.name === name || !f.person) continue;
      // "Tom Hale met Ben Ross": an object of the antecedent's own sentence is seldom the speaker.
      if (f.sentence === from && f.role === 'mention' && !mentionOnly) continue;
      if (opposite === null || this.names.genderOf(f.name) !== opposite) return true;
    }
    return false;
  }

  /**
   * "Acme Foods Norway posted ... The company said": the one business the article has put forward as a
   * subject, when it put forward exactly one (a public body, place or second business leaves it as written).
   */
  private soleCompany(noun: string): string | null {
    if (!companyNouns.has(noun.toLowerCase())) return null;
    let found: string | null = null;
    for (const f of this.focus) {
      if (f.person || f.role === 'mention' || /^the\s/i.test(f.name)) continue;
      const words = f.name.toLowerCase().split(' ');
      const business = words.length >= 2 && (!isOrgLike(words) || words.some((w) => businessWords.has(w)));
      if (!business || this.names.isPlace(f.name)) continue;
      if (found !== null && found !== f.name) return null;
      found = f.name;
    }
    return found;
  }

  private latest(test: (f: Focus) => boolean): string | null {
    for (let k = this.focus.length - 1; k >= 0; k--) {
      const f = this.focus[k] as Focus;
      if (test(f)) return f.name;
    }
    return null;
  }
}
