// The article's cast: every capitalised name it mentions, so a short form ("Lee", "Mr Smith") can be
// resolved to the fullest form the article uses, and a name can be told to be a person or not.

import { hasWholeWord, hasWordMidSentence } from '../text/whole-word.ts';
import { isBareTitleIn } from './bare-titles.ts';
import { cached } from './cached.ts';
import { isDemonym } from './demonyms.ts';
import { headlineName, joinedSurnames, speakerBeside } from './fuller-forms.ts';
import type { Gender } from './gender.ts';
import { genderOfGivenName } from './given-names.ts';
import { GroupLookups } from './group-lookups.ts';
import { aliasInitials } from './initials.ts';
import { kinOfTitle } from './kin-names.ts';
import { isOrgLike, isShouted, Mentions, pickNearest } from './mentions.ts';
import { aliasSpellings, indexParagraph, type NameIndex } from './name-index.ts';
import { particleName, particles } from './name-run-words.ts';
import { escapeRegExp, relationName } from './name-words.ts';
import { misspeltLabel } from './near-spellings.ts';
import { accentedSurname, personCoreIn } from './person-core.ts';
import { capitalMetonyms } from './places.ts';
import { QuotedPlaces } from './quoted-mentions.ts';
import { holderOfTitle } from './title-holders.ts';
import { searchUnnamed } from './unnamed-mentions.ts';

/** Names of one article and what is known about them. */
export class ArticleNames {
  private readonly mentions = new Mentions();
  private readonly persons = new Set<string>();
  private readonly companies = new Set<string>();
  private readonly kinNames = new Set<string>();
  /** Where each name is written right before or after a speech verb ("Ann Lee said", "said Ann Lee"). */
  private readonly speakingAt = new Map<string, number[]>();
  private readonly aliases = new Map<string, string>();
  private readonly resolved = new Map<string, string>();
  private readonly common = new Map<string, boolean>();
  private readonly bareTitles = new Map<string, boolean>();
  private readonly unnamedCache = new Map<string, boolean>();
  private readonly relationCache = new Map<string, string | null>();
  private readonly metonymCache = new Map<string, string>();
  private readonly fullText: string;
  /** The holder found for each title asked about (title-holders.ts), read once per article. */
  private readonly holders = new Map<string, string | null>();
  private readonly quoted: QuotedPlaces;
  private genders: Map<string, Gender | null> | null = null;
  private readonly demonyms = new Map<string, boolean>();
  private readonly pronounGenders = new Map<string, Gender>();
  /** How often each name is written after a place preposition ("in", "at the") and otherwise. */
  private readonly placeUses = new Map<string, { place: number; other: number }>();
  /** The names the article gives each age ("Ann Lee, 28," -> "28"). */
  private readonly ages = new Map<string, Set<string>>();
  /** The article's bodies of a kind and people listed together, each read on first use. */
  private readonly groups: GroupLookups;
  /** Last two words of each name of three words or more, written as one ("macdonald"), to the name. */
  private joinedSurnames: Map<string, string> | null = null;

  /**
   * Indexes the names of the article's paragraphs, in article order; the headline only lends a full name
   * to a surname the body writes alone ("Locke" under "Secretary Gary Locke Names ...").
   */
  constructor(
    private readonly paragraphs: string[],
    private readonly headline = '',
  ) {
    this.fullText = paragraphs.join('\n');
    this.quoted = new QuotedPlaces(paragraphs);
    this.groups = new GroupLookups(paragraphs, this.mentions);
    const index: NameIndex = {
      mentions: this.mentions,
      persons: this.persons,
      companies: this.companies,
      kinNames: this.kinNames,
      speakingAt: this.speakingAt,
      aliases: this.aliases,
      placeUses: this.placeUses,
      ages: this.ages,
      initials: [],
    };
    paragraphs.forEach((text, p) => {
      indexParagraph(index, text, p);
    });
    aliasSpellings(index);
    aliasInitials(index, this.fullText);
  }

  /**
   * The fullest form of a name the article uses, preferring the one mentioned last before `at`; the
   * first answer for a name is kept for the rest of the article unless `remember` is false.
   */
  resolve(written: string, at: number, remember = true): string {
    const name = this.aliasOf(written);
    const key = name.toLowerCase();
    const known = this.resolved.get(key);
    // A label in capitals ("DONOGHUE:") may be resolved first; a name written otherwise keeps its case.
    if (known && !(isShouted(known) && !isShouted(name))) return known;
    const longer = this.mentions.longerNames(key, this.kinNames.has(key));
    const { candidates, kin } = longer;
    if (kin.length > 0) {
      // "his son Nick" is not "Nick Barros": the nearest introduction decides, at each place.
      return pickNearest([...longer.maximal, name], new Map(candidates).set(name, kin), at);
    }
    let best = name;
    // "the Justice Department said" where the article once wrote "U.S. Justice Department": an
    // organisation's name of two words or more is already whole; a longer form only adds a place.
    const words = key.split(' ');
    let maximal =
      words.length >= 2 && isOrgLike(words) && !capitalMetonyms[key]
        ? longer.maximal.filter((n) => this.addsMoreThanPlace(n, words))
        : longer.maximal;
    // "Usain Bolt ... 'I am Lightning Bolt'": a longer form written only inside quote marks is no candidate.
    const narrated = maximal.filter((n) => (candidates.get(n) ?? []).some((m) => !this.quoted.inside(m.at)));
    if (narrated.length > 0 && narrated.length < maximal.length) maximal = narrated;
    if (maximal.length === 1) best = maximal[0] as string;
    else if (maximal.length > 1) {
      best = pickNearest(maximal, candidates, at);
      best = speakerBeside(this.speakingAt, best, maximal, candidates, at) ?? best;
    } else if (!key.includes(' '))
      best =
        this.spacedSurname(key) ??
        accentedSurname(key, this.mentions.all) ??
        headlineName(this.headline, this.fullText, key, (n) => this.isPerson(n)) ??
        misspeltLabel(this.mentions, key) ??
        this.mentions.writtenForm(key) ??
        name;
    else best = this.mentions.writtenForm(key) ?? name;
    best = this.aliasOf(best);
    if (isShouted(best) && !isShouted(name)) best = name;
    best = this.personCore(best);
    const spouse = words.length === 1 ? kinOfTitle(this.mentions.all, this.paragraphs, key, best, at) : null;
    if (spouse) return spouse;
    if (remember && !isShouted(best)) this.resolved.set(key, best);
    return best;
  }

  /**
   * "Cambodia National Rescue Party" for "the Rescue Party": a longer form adding a word beyond where the
   * body is ("National"); "U.S. Justice Department" only adds a place, so "Justice Department" stays.
   */
  private addsMoreThanPlace(longer: string, words: string[]): boolean {
    const added = longer.split(' ').filter((w) => !words.includes(w.toLowerCase()));
    return added.some(
      (w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !this.isPlace(w) && !this.mentions.writtenForm(w.toLowerCase()),
    );
  }

  /** The one person the article gives `title` to ("the Tánaiste" -> "Ann Lee"), or null (title-holders.ts). */
  titleHolder(title: string): string | null {
    let holder = this.holders.get(title);
    if (holder === undefined) {
      holder = holderOfTitle(title, this.fullText);
      this.holders.set(title, holder);
    }
    return holder;
  }

  /** The person's name inside a run that holds a post before it (person-core.ts); other names as they are. */
  private personCore(name: string): string {
    // "Acme Pizza Norway posted on its page": a business's name has no person's core to cut out.
    if (isShouted(name) || this.companies.has(name.toLowerCase())) return name;
    return personCoreIn(name, this.fullText);
  }

  /**
   * "Housing and Planning Minister Ann Lee" read as a title: the person named at its end, when a title
   * stands right before the name or the article writes the surname again elsewhere; else null.
   */
  personEnding(phrase: string): string | null {
    const core = this.personCore(phrase);
    return core === phrase ? null : core;
  }

  /** "MacDonald" for "Heather Mac Donald": a person whose surname the article also writes as one word. */
  private spacedSurname(key: string): string | null {
    this.joinedSurnames ??= joinedSurnames(this.mentions.all);
    return this.joinedSurnames.get(key) ?? null;
  }

  /** The name at the end of a chain of aliases ("X, also known as Y"); a cycle stops where it closes. */
  private aliasOf(name: string): string {
    const seen = new Set<string>();
    let current = name;
    for (;;) {
      const key = current.toLowerCase();
      const next = this.aliases.get(key);
      if (!next || seen.has(key)) return current;
      seen.add(key);
      current = next;
    }
  }

  /** True for a title standing alone ("the Queen", "the President"), unless it is someone's surname ("Jason King"). */
  isBareTitle(name: string): boolean {
    return isBareTitleIn(this.mentions, name, this.bareTitles);
  }

  /** True when "the witness" points back to an unnamed "a witness" the article introduced. */
  introducedUnnamed(phrase: string): boolean {
    return cached(this.unnamedCache, phrase, () => searchUnnamed(this.fullText, phrase));
  }

  /**
   * The person a relation stands for when the article names it ("her husband, Ben Carter", "Ben Carter,
   * her husband"), fullest form; null when it never does ("her manager said": someone unnamed).
   */
  relationNamed(phrase: string, at: number): string | null {
    const found = cached(this.relationCache, phrase, () => relationName(this.fullText, phrase));
    return found ? this.resolve(found, at) : null;
  }

  /** True for a one-word "name" that is a nationality adjective ("an Indian doctor"): nobody who speaks. */
  isDemonym(name: string): boolean {
    if (name.includes(' ')) return false;
    return cached(this.demonyms, name, () => isDemonym(name, this.fullText, this.headline));
  }

  /** True for a one-word "name" that is only capitalised at sentence starts ("Officers say ..."). */
  isCommonWord(name: string): boolean {
    if (name.includes(' ')) return false;
    const cached = this.common.get(name);
    if (cached !== undefined) return cached;
    const common =
      hasWholeWord(this.fullText, name.toLowerCase()) && !hasWordMidSentence(this.fullText, name);
    this.common.set(name, common);
    return common;
  }

  /**
   * True for one capitalised word the article writes after a lowercase word, not only inside a longer
   * name ("as Jamie said", not "Athlete Program said") and not a body's ("Reuters").
   */
  writtenAlone(name: string): boolean {
    if (!/^\p{Lu}\p{Ll}+$/u.test(name) || isOrgLike([name.toLowerCase()])) return false;
    return new RegExp(`(?<![\\p{L}])\\p{Ll}+ ${name}(?![\\p{L}])`, 'u').test(this.fullText);
  }

  /** True when the name (resolved) is a person's: titled, given an age, or a plain 2-4 word name. */
  isPerson(name: string): boolean {
    const words = name.split(' ');
    // "@ann_lee": a handle is somebody's account, spoken for by its owner.
    if (this.persons.has(name.toLowerCase()) || /^@[\p{L}\p{N}_]+$/u.test(name)) return true;
    if (this.companies.has(name.toLowerCase()) || this.onlyPlace(name.toLowerCase())) return false;
    if (isOrgLike(words.map((w) => w.toLowerCase())) || capitalMetonyms[name.toLowerCase()]) return false;
    const nameWord = (w: string) =>
      /^\p{Lu}.*\p{Ll}/u.test(w) ||
      /^\p{Lu}[.\u2024]?$|^(?:II|III|IV|Jr|Sr)$/u.test(w) ||
      particles.has(w) ||
      particleName.test(w);
    return words.length >= 2 && words.length <= 4 && words.every(nameWord);
  }

  /**
   * True when the article writes a name only after "in", "at", "near" and the like ("an area at the
   * Sierra Leone border"): a place, never a person "he" or an unattributed quote can stand for.
   */
  /** True for a name the article writes only as a place, or a country's capital standing for it. */
  isPlace(name: string): boolean {
    const key = name.toLowerCase();
    return this.onlyPlace(key) || capitalMetonyms[key] !== undefined;
  }

  private onlyPlace(key: string): boolean {
    const uses = this.placeUses.get(key);
    return uses !== undefined && uses.other === 0 && uses.place > 0;
  }

  /**
   * The gender the article gives a (resolved) name by its titles, kinship words and his/her; else the gender
   * its given name is listed under (given-names.ts); null when neither tells.
   */
  genderOf(name: string): Gender | null {
    if (!this.genders) {
      const votes = new Map<string, number>();
      for (const m of this.mentions.all) {
        if (!m.gender) continue;
        const key = this.resolve(m.name, m.at, false).toLowerCase();
        votes.set(key, (votes.get(key) ?? 0) + (m.gender === 'm' ? 1 : -1));
      }
      this.genders = new Map([...votes].map(([k, v]) => [k, v > 0 ? 'm' : v < 0 ? 'f' : null]));
    }
    return (
      this.genders.get(name.toLowerCase()) ??
      this.pronounGenders.get(name.toLowerCase()) ??
      // "Nancy Reagan", "Nicolas Sarkozy": the gender the given name is listed under, when the article gives none.
      (name.includes(' ') ? genderOfGivenName(name.split(' ')[0] ?? '') : null)
    );
  }

  /**
   * Records the gender of a pronoun that surely stood for `name` ("...," he said, with nobody else to
   * mean), for a person the article gives no gender otherwise: a later "she" then passes over him.
   */
  notePronounGender(name: string, gender: Gender): void {
    const key = name.toLowerCase();
    if (!this.pronounGenders.has(key)) this.pronounGenders.set(key, gender);
  }

  /** The one person the article gives this age ("Ann Lee, 28,", "28-year-old Ann Lee"), else null. */
  personAged(age: string, at: number): string | null {
    const found = this.ages.get(age);
    return found?.size === 1 ? this.resolve([...found][0] as string, at) : null;
  }

  /** Marks a name as a person's (a pronoun "he"/"she" was resolved to it). */
  markPerson(name: string): void {
    this.persons.add(name.toLowerCase());
  }

  /** The country a capital stands for when the article names that country ("Pyongyang" -> "North Korea"). */
  metonym(name: string): string {
    const entry = capitalMetonyms[name.toLowerCase()];
    if (!entry) return name;
    return cached(this.metonymCache, name, () => {
      const named = entry.aliases.some((a) =>
        new RegExp(`(?<![\\p{L}.])${escapeRegExp(a)}(?![\\p{L}])`, 'u').test(this.fullText),
      );
      return named ? entry.country : name;
    });
  }

  /** The capitalised name the article uses for an organisation noun ("the ministry" -> "Unification Ministry"). */
  organisationNamed(noun: string, modifiers: string[], at: number): string | null {
    return this.mentions.organisationNamed(noun, modifiers, at);
  }

  /** "the senators": the people last listed before `at` under that plural title, as one speaker. */
  jointNamed(group: string, at: number): string | null {
    const people = this.groups.jointBefore(group, at);
    // People, not a body: a quote that follows theirs is theirs as surely as a person's.
    if (people) this.markPerson(people);
    return people;
  }

  /** The one body of a kind named before `at` ("the organisation", "the embassy"), if one (bodies.ts). */
  bodyOfKind(noun: string, at: number): string | null {
    return this.groups.bodyOfKind(noun, at, (m) => this.resolve(m.name, m.at, false));
  }
}
