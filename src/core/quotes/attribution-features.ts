// A second reading of each attribution, from the surface of the text alone: where the speaker's name
// stands against the quote, who else is named nearer, what kind of name it is. The reader's rules pick
// the speaker; these features let a model fitted on annotated news (speaker-check.ts) say how far to
// trust the pick. They see only the paragraphs, the quote's words and the chosen name, so the same
// function reads the bot's own output and the replayed output of earlier versions it is fitted on.
import {
  type AttributionText,
  hasSpeechVerb,
  nearestTo,
  quoteMarks,
  rivalsBetween,
} from './attribution-text.ts';
import { isGivenName } from './given-names.ts';
import { orgWords, titles } from './lexicon.ts';

/** One attribution to read: the quote's words, the speaker chosen and the rules' confidence. */
export interface Attribution {
  text: string;
  speaker: string;
  confidence: number;
}

/** Names of the features, in row order (speaker-check.ts holds one weight per name). */
export const attributionFeatureNames = [
  'bias',
  'rule-sure',
  'rule-strong',
  'rule-middle',
  'rule-weak',
  'one-word',
  'lowercase-word',
  'body-word',
  'acronym',
  'title-first',
  'named-only-in-quotes',
  'in-paragraph',
  'same-sentence',
  'near-80',
  'near-300',
  'near-1000',
  'named-after',
  'verb-by-name',
  'rival-nearer',
  'rival-speaks',
  'affiliation-before',
  'possessive',
  'outlet-context',
  'in-own-quote',
  'mentions-log',
  'partial-quote',
  'first-paragraph',
  'run-longer',
  'form-absent',
  'rival-speaks-sentence',
  'given-before',
  'rest-alone',
  'first-word-common',
  'given-first',
  'person-rival-nearer',
  'person-rival-speaks',
] as const;

type FeatureName = (typeof attributionFeatureNames)[number];

/** Words inside a name that are no sign of a lowercase description ("Ursula von der Leyen"). */
const particles = new Set(
  'de da do dos das del della di du van von der den le la al el bin bint ibn y e ter ten zu'.split(' '),
);
/** Words right before a name that make it someone's affiliation or an outlet ("of Oxfam", "told the BBC"). */
const affiliationWords = new Set(['of', 'from', 'at', 'for', 'by', 'with', 'to', 'in', 'on']);
const outletWords =
  /\b(?:told|according to|reported|report(?:ed)? by|interview with|quoted by|cited by|published by|in a post on|on)\s+(?:the\s+)?$/i;
/** A name followed by 's ("Oxfam's Max Lawson"): an affiliation or an owner, often not the speaker. */
const possessiveName = /^\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)*['’]s\b/u;
const sentenceBreak = /[.!?]["”’)]?\s+["“]?\p{Lu}/u;

/** How far either side of a quote the reading looks for its sentence and for other names. */
const reach = 600;

/** Feature rows for the attributions of one article, in order (each quote found after the one before). */
export function attributionFeatures(page: AttributionText, quotes: readonly Attribution[]): number[][] {
  let from = 0;
  return quotes.map((q) => {
    const head = (q.text.split('\n\n')[0] ?? q.text).trim();
    const start = page.text.indexOf(head, from);
    if (start >= 0) from = start + 1;
    return rowOf(page, q, start, start < 0 ? -1 : start + head.length);
  });
}

function rowOf(page: AttributionText, q: Attribution, start: number, end: number): number[] {
  const f = new Map<FeatureName, number>();
  const set = (name: FeatureName, on: boolean | number) =>
    f.set(name, typeof on === 'number' ? on : on ? 1 : 0);
  set('bias', 1);
  set('rule-sure', q.confidence >= 0.9);
  set('rule-strong', q.confidence >= 0.8 && q.confidence < 0.9);
  set('rule-middle', q.confidence >= 0.6 && q.confidence < 0.8);
  set('rule-weak', q.confidence < 0.6);
  const words = q.speaker.split(/\s+/);
  set('one-word', words.length === 1);
  set(
    'lowercase-word',
    words.some((w) => /^\p{Ll}/u.test(w) && !particles.has(w)),
  );
  set(
    'body-word',
    words.some((w) => orgWords.has(w.toLowerCase())),
  );
  set(
    'acronym',
    words.some((w) => /^\p{Lu}{2,6}s?$/u.test(w)),
  );
  set('title-first', titles.has((words[0] ?? '').toLowerCase().replace(/\.$/, '')));
  set('partial-quote', /^\p{Ll}/u.test(q.text));
  set('given-first', isGivenName(words[0] ?? ''));
  set('in-own-quote', q.text.includes(words[words.length - 1] ?? q.speaker));
  const name = page.factsOf(q.speaker);
  set('named-only-in-quotes', name.named && name.outside.length === 0);
  set('mentions-log', Math.log1p(name.outside.length) / 2);
  set('form-absent', name.full.length === 0);
  set('run-longer', name.runLonger);
  set('given-before', name.givenBefore);
  set('rest-alone', name.restAlone);
  set('first-word-common', name.firstWordCommon);
  if (start < 0) return attributionFeatureNames.map((n) => f.get(n) ?? 0);
  const paragraph = page.paragraphOf(start);
  set('first-paragraph', paragraph === 0);
  const [pStart, pEnd] = page.paragraphSpan(paragraph);
  const distance = (m: number) => (m < start ? start - m : m > end ? m - end : 0);
  const nearest = nearestTo(name.outside, start, end);
  const nearestDistance = nearest === null ? Number.POSITIVE_INFINITY : distance(nearest);
  if (nearest !== null) {
    set('in-paragraph', nearest >= pStart && nearest <= pEnd);
    set('near-80', nearestDistance <= 80);
    set('near-300', nearestDistance > 80 && nearestDistance <= 300);
    set('near-1000', nearestDistance > 300 && nearestDistance <= 1000);
    set('named-after', nearest > end);
    if (nearestDistance <= reach) {
      const between =
        nearest < start ? page.text.slice(nearest, start + 1) : page.text.slice(end, nearest + 1);
      set('same-sentence', !sentenceBreak.test(between.replace(quoteMarks, '')) && !between.includes('\n\n'));
    }
    set(
      'verb-by-name',
      hasSpeechVerb(page.text.slice(Math.max(0, nearest - 30), nearest + q.speaker.length + 30)),
    );
    const before = page.text.slice(Math.max(0, nearest - 40), nearest);
    const lastWord = /([\p{L}']+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    set('affiliation-before', affiliationWords.has(lastWord));
    set('outlet-context', outletWords.test(before));
    set('possessive', possessiveName.test(page.text.slice(nearest, nearest + 80)));
  }
  const rivals = rivalsBetween(page.rivalsIn(paragraph), start - reach, end + reach).filter(
    (r) => !r.words.some((w) => words.includes(w)),
  );
  set(
    'rival-nearer',
    rivals.some((r) => distance(r.at) < nearestDistance),
  );
  set(
    'rival-speaks',
    rivals.some((r) => r.speaks),
  );
  const people = rivals.filter((r) => isGivenName(r.words[0] ?? ''));
  set(
    'person-rival-nearer',
    people.some((r) => distance(r.at) < nearestDistance),
  );
  set(
    'person-rival-speaks',
    people.some((r) => r.speaks),
  );
  const [sStart, sEnd] = sentenceAround(
    page.text,
    start,
    end,
    Math.max(pStart, start - reach),
    Math.min(pEnd, end + reach),
  );
  set(
    'rival-speaks-sentence',
    rivals.some((r) => r.speaks && r.at >= sStart && r.at <= sEnd),
  );
  return attributionFeatureNames.map((n) => f.get(n) ?? 0);
}

/** The sentence holding the quote: from the last sentence end before it to the next after it, within [from, to]. */
function sentenceAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number] {
  const before = text.slice(from, Math.min(start + 1, to));
  let s = from;
  for (const m of before.matchAll(/[.!?]["”’)]?\s+(?=["“]?\p{Lu})/gu)) s = from + m.index + m[0].length;
  const m = /[.!?]["”’)]?\s+(?=["“]?\p{Lu})/u.exec(text.slice(end, to));
  return [s, m ? end + m.index : to];
}
