// Tells quotations from other quoted text: scare quotes (the so-called "churn rate"), labels and
// titles of works. Short spans count only when a speaker is clearly tied to them.
import type { Attribution } from './attribution.ts';
import { speechVerbBase } from './lexicon.ts';

/** Spans of up to this many words are quotations only with clear attribution. */
export const shortQuoteWords = 3;

/** How close an attributing verb must be to a short quote, in words ("calls it a", "warns, is"). */
const nearWords = 6;

/** What is known about a quoted span when deciding whether it is a quotation. */
export interface SpanContext {
  /** The words inside the marks. */
  text: string;
  /** The narrative just before the opening mark. */
  before: string;
  /** The narrative right after the closing mark, if known. */
  following?: string;
  /** Attribution right after the closing mark, if any. */
  after: Attribution | null;
  /** Attribution in the clause before the opening mark, if any. */
  lead: Attribution | null;
}

/** True when a quoted span is a direct quotation rather than a scare quote, label or title. */
export function isQuotation(span: SpanContext): boolean {
  if (/\bso[- ]called\s*$/i.test(span.before)) return false;
  const words = span.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  if (words.length <= titleWords && namedRightBefore(span)) return false;
  if (words.length <= labelWords && isLabel(span)) return false;
  // 'this year's theme: "..."', 'with the sentiment - "..."': a theme, motto or inscription, not speech.
  if (words.length <= themeWords && themeBefore.test(span.before.slice(-40))) return false;
  // `according to "International Students and Crime,"`: a work named as a source, not words said.
  if (/\baccording to\s*$/i.test(span.before) && isTitleOfWork(span.text.replace(/[,.]\s*$/, ''), words))
    return false;
  const attributed =
    span.after !== null ||
    (span.lead !== null &&
      (span.lead.naming ||
        span.lead.distance <= nearWords ||
        endsReportedSpeech(span.text, span.lead) ||
        inThatClause(span.before, span.lead)));
  if (words.length <= shortQuoteWords) return attributed;
  if (isTitleOfWork(span.text, words)) return attributed && span.after !== null;
  return true;
}

/** Nouns whose quoted text is a theme, motto or inscription, however many words ('the theme: "..."'). */
const themeBefore = /\b(?:theme|motto|slogan|tagline|sentiment|inscription|caption|hashtag)\s*[:,\-–—]?\s*$/i;
/** Most words of a quoted theme or motto. */
const themeWords = 12;

/**
 * 'what experts are calling the "..."', 'what many call a "..."': a name in common use, not speech; a
 * named source ('what Ann Lee calls an "..."') is quoted.
 */
const whatNaming =
  /\b[Ww]hat\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,4}(?:call|calls|called|calling|dub|dubs|dubbed|term|terms|termed|describe[sd]?\s+as|describing\s+as)\s+(?:(?:the|a|an)\s+)?$/u;

/**
 * Words that announce a name or label, not speech: 'the phrase "..."', 'known as "..."', 'a philosophy
 * of "..."'.
 */
const labelBefore =
  /\b(?:phrases?|terms?|word|words|expressions?|slogans?|labels?|motto|catchphrases?|nicknames?|headline|title|known as|referred to as|(?:philosophy|ethos|culture|spirit|principles?|values|notion|concept|ideals?|doctrine) of)\s*$/i;
/** 'which Ann Lee has referred to as "..."': someone's own naming, not the passive "is referred to as". */
const referredBySubject =
  /\b(?:which|that|what)\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|(?:he|she|they|we|I)\s+)(?:(?:has|had|have)\s+)?referred to as\s*$/u;
/** What follows a term being explained: ', a measurement of ...', ' in party jargon refers to ...'. */
const termExplained =
  /^\s*(?:,\s*(?:a|an)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s+(?:of|for|that|which|used|meaning)\b|(?:\s+in\s+[^.;,"“”]{1,40})?\s+(?:refers?\s+to|means)\b)/u;
/** Words after a quoted modifier that show it is no noun's modifier ("and", "said", a preposition). */
const notANoun =
  /^\s+(?:and|or|but|nor|that|which|who|whom|whose|than|then|with|from|into|over|under|after|before|because|while|when|where|for|about|said|says|according|is|was|are|were|to|of|in|on|at|by)\b/i;
/** 'is called "..."', 'was dubbed "..."': a name given, not words said ("X called it '...'" is speech). */
const passiveNaming =
  /(?:\b(?:is|was|are|were|be|been|being|also|often|widely)|,)\s+(?:called|named|dubbed|nicknamed|titled|entitled)\s*$/i;

/** A naming verb, its object, then "the": what follows is a name given ('dubbed him the "..."'). */
const namingThe =
  /\b(?:call|calls|called|calling|dub|dubs|dubbed|brand|brands|branded|nickname|nicknamed)\b[^,;:!?"“”]{0,40}\bthe\s*$/i;

/** "entitled" or "headlined" and the capitalised opening of a title, right before the mark. */
const titledHeadline =
  /\b(?:entitled|titled|headlined)\s+\p{Lu}[\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,5}\s*$/u;

/** Kinds of works whose titles are quoted ('the film "..."', 'her book, "...",', 'a new website, "..."'). */
const workNoun =
  /\b(?:book|film|movie|song|album|novel|play|show|series|documentary|poem|article|essay|painting|exhibition|opera|musical|memoir|podcast|magazine|newspaper|statue|sculpture|campaign|slogan|website|site|blog|project|programme|program|initiative|hearing|app|game)\s*,?\s*$/i;

/** A name given with an active verb right before the marks ('a programme called "..."', 'named, "..."'). */
const activeNaming = /\b(?:called|named|titled|entitled|dubbed|nicknamed)\s*,?\s*$/i;
/** A verb that only names, its object, then the name ('named the virus that causes it "..."'). */
const namingObject =
  /\b(?:named|renamed|dubbed|christened|nicknamed)\s+(?:the|a|an|it|its|his|her|their|them|him)\b(?:\s+[\p{L}\p{N}'’-]+){0,6}\s*$/u;
/** 'says on "The Countdown".', 'wrote in "Rivers of Dust"': where words appeared, a title after "on" or "in". */
const placeOfWords = /\b(?:on|in)\s*$/i;
/** 'The headline in the Courier was: "..."': the words of a headline, not of anyone quoted. */
const headlineWas = /\bheadlines?\b[^"“”.!?]{0,60}\b(?:was|were|read|reads|ran)\s*:?\s*$/i;
/** Most words of a title named right before its marks ('a hearing titled "Oversight of ..."'). */
const titleWords = 20;
/** Lowercase words a title keeps between its capitalised ones ("Oversight of the Port following the Flood"). */
const minorWords = new Set(
  'a an the and or but nor of in on at to for from by with as vs versus via into onto over under after before following during between against through without within about toward towards upon per than'.split(
    ' ',
  ),
);

/**
 * A title given right before the marks, however long: after an active naming verb, the kind of work or
 * "on"/"in" ('a hearing titled "...",', 'On a new website, "...",', 'says on "..."'), when the words are
 * capitalised as a title;
 * or a headline's words ('the headline was: "..."'). A speaker naming something in their own words is
 * not written so ("called the plan \"a reckless gamble\"").
 */
function namedRightBefore(span: SpanContext): boolean {
  const before = span.before.slice(-80);
  if (headlineWas.test(before)) return true;
  // 'named the disease it causes "grey leaf blight"': a name given to what the verb's object names.
  if (namingObject.test(before) && !/[.!?]["”’]?$/.test(span.text.trim())) return true;
  if (!activeNaming.test(before) && !workNoun.test(before) && !placeOfWords.test(before)) return false;
  const words =
    span.text
      .trim()
      .replace(/[,.]$/, '')
      .match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return (
    /^[\p{Lu}\p{N}]/u.test(words[0] ?? '') &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || minorWords.has(w.toLowerCase()))
  );
}

/** Most words of a quoted name or label ("war on terror", "The Fearless Girl"). */
const labelWords = 5;

/**
 * A short span that names something rather than quotes anyone: after "the phrase", "the term" or "is
 * called"/"known as" ('the phrase "war on terror"', 'is called "The Fearless Girl."'); used as a
 * noun's modifier ('the "war-on-terror" concept'); or a Title Case name that is the subject of its
 * clause ('"The Fearless Girl" is meant to').
 */
function isLabel(span: SpanContext): boolean {
  // The last words are enough; a whole paragraph's narrative would be scanned at every position.
  const before = span.before.slice(-40);
  if (labelBefore.test(before) && !referredBySubject.test(before)) return true;
  if (passiveNaming.test(before) || whatNaming.test(before)) return true;
  const following = span.following ?? '';
  // '"drag load", a measurement of ...', 'To "walk back" in party jargon refers to ...': a term explained;
  // 'quotes a "senior aide" as saying': a source described, whose words follow.
  if (termExplained.test(following) || /^\s+as\s+saying\b/.test(following)) return true;
  // 'MDMA ("ecstasy")': a gloss in brackets, what a thing is also called.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(following)) return true;
  // 'a story entitled Comedians "could have been shot" during prank': words inside a quoted headline.
  if (titledHeadline.test(before)) return true;
  const text = span.text.trim();
  const bare = text.replace(/[,.]$/, '');
  const titleWords = bare.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  // 'Her new book, "The Long Road Home," tells': a work named after its kind.
  if (workNoun.test(before) && isTitleOfWork(bare, titleWords)) return true;
  // 'calls the president the "Caesar of Washington,"': a Title Case epithet given to someone, a nickname.
  if (namingThe.test(before) && isTitleOfWork(bare, titleWords)) return true;
  // 'said the "reforms" were nothing of the kind': one word as the subject noun, a label, not speech.
  if (
    titleWords.length === 1 &&
    /\b(?:the|these|those)\s*$/i.test(before) &&
    /^\s*(?:is|was|are|were|has|had|have|will|would)\b/.test(following) &&
    !span.lead?.naming
  )
    return true;
  // 'Bush's "war on terror" concept', 'the "war-on-terror" policy': a modifier of the noun after it.
  if (
    !/[,.!?;:]$/.test(text) &&
    /(?:\b(?:the|a|an|this|that|his|her|its|their)|['’]s)\s*$/i.test(before) &&
    /^\s*(?:concept|idea|policy|strategy|doctrine|campaign|approach|agenda|narrative|rhetoric|label|slogan|movement|programme|program|plan|project|era|mentality|mindset)\b/i.test(
      following,
    )
  )
    return true;
  // 'after a "ghost" race', 'the "open" format': one word between a determiner and the noun it qualifies.
  if (
    titleWords.length === 1 &&
    !/[,.!?;:]$/.test(text) &&
    !span.lead?.naming &&
    /\b(?:the|a|an)\s*$/i.test(before) &&
    /^\s+\p{Ll}{3,}\b/u.test(following) &&
    !/^\s+(?:and|or|but|nor|that|which|who|whom|whose|than|then|with|from|into|over|under|after|before|because|while|when|where|for|about|said|says|according)\b/i.test(
      following,
    ) &&
    !/^\s+\p{Ll}+ly\b/u.test(following)
  )
    return true;
  // 'a possible "no-deal" scenario', 'to pilot "work-from-home" schemes': one hyphenated compound
  // qualifying the noun after it.
  if (
    /^\p{L}+(?:-\p{L}+)+$/u.test(text) &&
    // ("are "under-reporting" cases": a verb's participle, a speaker's word)
    !/ing$/.test(text) &&
    !span.lead?.naming &&
    /^\s+\p{Ll}{3,}\b/u.test(following) &&
    !notANoun.test(following) &&
    !/^\s+\p{Ll}+ly\b/u.test(following)
  )
    return true;
  // 'the new "tranches" (rounds of funding)': one lowercase word glossed in brackets, a term explained.
  if (/^\p{Ll}+$/u.test(text) && /^\s*\(/.test(following)) return true;
  // '"The Fearless Girl" is meant to': a Title Case name as the subject of a verb.
  const words = text.replace(/[,.]$/, '').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return (
    !/[,.!?;:]$/.test(text) &&
    isTitleOfWork(text, words) &&
    /^\s*(?:is|was|has|had|will|would|can|could|stands|shows|became|remains)\b/.test(following)
  );
}

/**
 * `X said the fabrication of papers is an "academic criminal act."`: a short span closing the sentence
 * of a speech verb whose speaker is known, however many words back, is that speaker's partial quote.
 */
function endsReportedSpeech(text: string, lead: Attribution): boolean {
  return !lead.naming && lead.ref.kind !== 'unknown' && lead.distance <= 15 && /[.!?]$/.test(text.trim());
}

/**
 * `told parliament on Wednesday that the cuts were "painful but necessary"`: a short span in the
 * "that" clause of a speech verb whose speaker is known, "that" at most four plain words after the
 * verb, is that speaker's partial quote.
 */
function inThatClause(before: string, lead: Attribution): boolean {
  if (lead.naming || lead.ref.kind === 'unknown' || lead.distance > 15) return false;
  const words = before.slice(-300).match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[,;:]/gu) ?? [];
  let seen = 0;
  let that = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] as string;
    if (/^[,;:]$/.test(w)) {
      if (that >= 0) return false;
      continue;
    }
    if (seen++ === lead.distance) return that >= 0 && that - k <= 5 && speechVerbBase(w) !== null;
    if (w === 'that') that = k;
  }
  return false;
}

/** A Title Case span with no sentence punctuation ("The Art of the Deal"): a name, not speech. */
function isTitleOfWork(text: string, words: string[]): boolean {
  if (/[.,!?;:]$/.test(text.trim())) return false;
  const content = words.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
  return (
    content.length >= 2 &&
    content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) &&
    /^[\p{Lu}\p{N}]/u.test(words[0] ?? '')
  );
}

/**
 * A short span left out only for want of attribution ("A shameful betrayal" of the village ...): it is
 * a quotation after all when a named speaker says the same words elsewhere in the article.
 */
export function mayEcho(span: SpanContext): boolean {
  if (/\bso[- ]called\s*$/i.test(span.before)) return false;
  const words = span.text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return words.length >= 2 && words.length <= shortQuoteWords && !isTitleOfWork(span.text, words);
}
