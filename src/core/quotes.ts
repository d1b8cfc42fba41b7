// Every direct quotation of an article, in order, with its speaker and section: quote marks found,
// scare quotes and titles left out, speakers resolved to the fullest name the article uses.
import type { Article, Quote } from './article.ts';
import { confidenceOf } from './quotes/confidence.ts';
import { Discourse } from './quotes/discourse.ts';
import type { FoundQuote } from './quotes/found-quote.ts';
import { speakerNameIn } from './quotes/fullest-form.ts';
import { type Family, meetsCarried } from './quotes/marks.ts';
import { ArticleNames } from './quotes/names.ts';
import { ParagraphReader } from './quotes/reader.ts';
import { checkAttributions } from './quotes/speaker-check.ts';
import { normaliseSpace } from './text/sentences.ts';

/**
 * Extracts every direct quotation of the article in article order. Each attribution's confidence is the
 * speaker check's; `{ check: false }` leaves the rules' own route confidence (for tests of the rules and
 * for replaying the rules' output as the check's training rows).
 */
export function extractQuotes(article: Article, options: { check?: boolean } = {}): Quote[] {
  const paragraphs = article.sections.map((s) => s.paragraphs.map(normaliseSpace));
  const names = new ArticleNames(paragraphs.flat(), article.title);
  const fullText = paragraphs.flat().join('\n');
  const reader = new ParagraphReader(names, new Discourse(names), fullText);
  const found: { quote: FoundQuote; sectionId: string; section: string }[] = [];
  let p = 0;
  article.sections.forEach((section, s) => {
    let carried: FoundQuote | null = null;
    const texts = paragraphs[s] ?? [];
    texts.forEach((text, k) => {
      if (carried && runsThrough(texts, k, carried.family)) {
        carried.text = `${carried.text}\n\n${text}`;
        p++;
        return;
      }
      const quotes = reader.read(text, p++, carried);
      for (const quote of quotes)
        if (!joinParagraphs(quote)) found.push({ quote, sectionId: section.id, section: section.heading });
      const last = quotes[quotes.length - 1];
      carried = last?.open && !last.tentative ? (last.joins ?? last) : null;
    });
  });
  shareSpeakers(found.map((f) => f.quote));
  echoSpeakers(found.map((f) => f.quote));
  const shown = new Map<string, string>();
  const nameOf = (speaker: string) => {
    let name = shown.get(speaker);
    if (name === undefined) {
      name = speakerNameIn(speaker, fullText);
      shown.set(speaker, name);
    }
    return name;
  };
  const quotes: Quote[] = found
    .filter((f) => !f.quote.tentative)
    .map(({ quote, sectionId, section }) => ({
      text: quote.text,
      speaker: quote.speaker === null ? null : nameOf(quote.speaker),
      ...(quote.speaker === null ? {} : { confidence: confidenceOfQuote(quote) }),
      sectionId,
      section,
    }));
  if (options.check !== false) checkSpeakers(paragraphs.flat(), quotes);
  return quotes;
}

/** Each attribution's confidence becomes the speaker check's (speaker-check.ts), the rules' route one of its inputs. */
function checkSpeakers(paragraphs: string[], quotes: Quote[]): void {
  const named = quotes.filter((q) => q.speaker !== null);
  const checked = checkAttributions(
    paragraphs,
    named.map((q) => ({ text: q.text, speaker: q.speaker as string, confidence: q.confidence ?? 1 })),
  );
  named.forEach((q, k) => {
    q.confidence = checked[k];
  });
}

/**
 * A paragraph with no quote marks inside a quotation left open before it, which a later paragraph closes
 * without reopening (within three paragraphs): the middle of one statement.
 */
function runsThrough(texts: string[], k: number, family: Family): boolean {
  if (meetsCarried(texts[k] ?? '', family) !== 'none') return false;
  for (const text of texts.slice(k + 1, k + 4)) {
    const meets = meetsCarried(text, family);
    if (meets !== 'none') return meets === 'closes';
  }
  return false;
}

/**
 * `“First paragraph.` / `Second paragraph.”`: a statement that runs on into the next paragraph without a
 * new opening mark is one quotation; the part carried on is added to the quote it continues (with its
 * attribution when the first part had none of its own). True when the quote was joined so.
 */
function joinParagraphs(quote: FoundQuote): boolean {
  const first = quote.joins;
  if (!first) return false;
  first.text = `${first.text}\n\n${quote.text}`;
  first.open = quote.open;
  if (!first.explicit && quote.explicit) {
    first.speaker = quote.speaker;
    first.explicit = true;
    first.attributedBySpeech = quote.attributedBySpeech;
    first.route = quote.route;
    delete first.source;
  }
  return true;
}

/**
 * A quote that took its speaker from another (the quotation it continues, an earlier quote of its
 * sentence) is no surer than that one: "said he would be 'relentless' in his 'sustained' fight" gives
 * the second quote the first one's weak tie, not the strong tie of a shared sentence.
 */
function confidenceOfQuote(quote: FoundQuote): number {
  let confidence = confidenceOf(quote.route);
  const seen = new Set<FoundQuote>([quote]);
  for (let q = quote.source; q && !seen.has(q) && q.speaker === quote.speaker; q = q.source) {
    seen.add(q);
    confidence = Math.min(confidence, confidenceOf(q.route));
  }
  return confidence;
}

/**
 * A quotation split over paragraphs, or several quotes in one sentence, has one speaker: when the
 * first part has no attribution of its own but a later part has, the later part's speaker wins.
 */
function shareSpeakers(quotes: FoundQuote[]): void {
  let k = 0;
  while (k < quotes.length) {
    let end = k + 1;
    while (end < quotes.length && linked(quotes[end - 1] as FoundQuote, quotes[end] as FoundQuote)) end++;
    const group = quotes.slice(k, end);
    const named = group.find((q) => q.explicit && q.speaker);
    if (named) {
      for (const q of group) {
        if (q === named) break;
        // `"A," Lee said. "B` / `"C," said Ann Cole.`: a part tied to another named speaker in its own
        // paragraph stays theirs; the next paragraph's new speaker shows its closing mark was lost.
        if (tiedElsewhere(q, named)) continue;
        if (!q.explicit) {
          q.speaker = named.speaker;
          q.route = 'shared';
          q.source = named;
        }
      }
    }
    k = end;
  }
}

/** True when `q` follows an explicitly attributed quote of its own paragraph or sentence naming someone else. */
function tiedElsewhere(q: FoundQuote, named: FoundQuote): boolean {
  if (q.speaker === null || q.speaker === named.speaker) return false;
  return (q.route === 'follows' || q.route === 'same-sentence') && q.source?.explicit === true;
}

function linked(a: FoundQuote, b: FoundQuote): boolean {
  return b.continues || a.sentence === b.sentence;
}

/**
 * A short quote nobody is tied to ("An unbelievable side-step" by the council has angered residents)
 * often echoes words a named speaker says in full elsewhere in the article: it is theirs.
 */
function echoSpeakers(quotes: FoundQuote[]): void {
  const echoes = quotes.filter((q) => q.speaker === null && !q.explicit && !q.continues);
  const wanted = new Map<string, string | null>();
  for (const q of echoes) {
    const words = wordsOf(q.text);
    if (words.length >= minEcho && words.length <= maxEcho) wanted.set(words.join(' '), null);
  }
  if (wanted.size === 0) return;
  // One pass over every run of 2-8 words the named speakers said, not every pair of quotes.
  for (const q of quotes) {
    if (q.speaker === null || q.tentative) continue;
    const words = wordsOf(q.text);
    for (let i = 0; i < words.length; i++) {
      for (let n = minEcho; n <= maxEcho && i + n <= words.length; n++) {
        const run = words.slice(i, i + n).join(' ');
        if (wanted.get(run) === null) wanted.set(run, q.speaker);
      }
    }
  }
  for (const q of echoes) {
    const speaker = wanted.get(wordsOf(q.text).join(' '));
    if (!speaker) continue;
    q.speaker = speaker;
    q.tentative = false;
    q.route = 'echo';
  }
}

/** Fewest and most words of a short quote that may echo a named speaker. */
const minEcho = 2;
const maxEcho = 8;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
