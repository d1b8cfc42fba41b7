// Sentence splitting that knows abbreviations ("U.S.", "Mr.") are not sentence ends, built on the
// sbd library; every sentence returned is a verbatim substring of the (whitespace-normalised) paragraph.
import sbd from 'sbd';
import { isStopword } from './tokens.ts';

const options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
};

/** Collapses runs of whitespace to one space and trims: the form sentences are quoted from. */
export function normaliseSpace(text: string): string {
  // Most paragraphs are already normal: a test allocates nothing where replace and trim copy.
  if (!unnormalSpace.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** Whitespace that normaliseSpace would change: at either end, two in a row, or any but a plain space. */
const unnormalSpace = /^\s|\s$|\s\s|[^\S ]/;

/** A sentence as a span of the normalised paragraph. */
interface Span {
  start: number;
  end: number;
}

/** Recent splits: the quote reader splits the same narrative between quotes more than once per story. */
const recentSplits = new Map<string, readonly string[]>();
const recentSplitsKept = 256;

/** Splits one paragraph into sentences, in order, each verbatim from the normalised paragraph. */
export function splitSentences(paragraph: string): string[] {
  const known = recentSplits.get(paragraph);
  if (known) return [...known];
  const sentences = splitNormalised(paragraph);
  if (recentSplits.size >= recentSplitsKept) recentSplits.clear();
  recentSplits.set(paragraph, sentences);
  return [...sentences];
}

function splitNormalised(paragraph: string): string[] {
  const text = normaliseSpace(paragraph);
  if (!text) return [];
  const spans: Span[] = [];
  let from = 0;
  for (const piece of sbd.sentences(text, options)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, from);
    if (at < 0) return [text];
    // sbd can leave characters out between pieces ("a!b" gives "a", "b"): they join the sentence before.
    const last = spans[spans.length - 1];
    if (last) last.end = at;
    spans.push({ start: last ? at : 0, end: at + trimmed.length });
    from = at + trimmed.length;
  }
  const last = spans[spans.length - 1];
  if (!last) return [text];
  last.end = text.length;
  return keepTokensWhole(text, repairBoundaries(text, spans)).map((span) =>
    text.slice(span.start, span.end).trim(),
  );
}

/**
 * Chat tokens and HTML entities are never cut: a mention or link (`<!channel>`, `<@U123>`,
 * `<#C123|general>`, `<https://x|a link>`), its escaped form (`&lt;!here&gt;`) or an entity (`&amp;`).
 */
const unbreakable =
  /<[!@#][^<>]*>|<(?:https?|mailto):[^<>]*>|&lt;[!@#](?:[^<>&]|&(?!gt;))*&gt;|&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/gi;

/** Joins two sentences whose boundary falls inside an unbreakable token. */
function keepTokensWhole(text: string, spans: Span[]): Span[] {
  const tokens = [...text.matchAll(unbreakable)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (tokens.length === 0) return spans;
  const out: Span[] = [];
  let t = 0;
  for (const span of spans) {
    const prev = out[out.length - 1];
    while (t < tokens.length && (tokens[t] as Span).end <= span.start) t++;
    const token = tokens[t];
    const inside = token !== undefined && token.start < span.start;
    if (prev && inside) prev.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/**
 * Two repairs on sbd's output: a piece that is only closing quote marks or punctuation belongs to
 * the sentence before it, and an initialism ("U.S.") followed by a name ("President Donald Trump")
 * is not a sentence end; followed by a function word ("The", "He") it is. Merged spans keep the
 * paragraph's own text between them, so sentences stay verbatim.
 */
function repairBoundaries(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const current = text.slice(span.start, span.end).trim();
    const dangling = /^[”’"')\]]+[.,!?]*$/.test(current);
    // Read at the end of the span, not on a slice of it: merged spans grow, and re-slicing is quadratic.
    const initialism =
      prev !== undefined && endsWithInitialism(text, prev) && !startsWithFunctionWord(current);
    if (prev && (dangling || initialism)) prev.end = span.end;
    else out.push({ ...span });
  }
  return out;
}

/** True when a span ends (before trailing spaces) in an initialism of 2+ letters, as /\b(?:[A-Z]\.){2,}$/. */
function endsWithInitialism(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] as string)) end--;
  let pairs = 0;
  while (end - 2 >= span.start && text[end - 1] === '.' && /[A-Z]/.test(text[end - 2] as string)) {
    pairs++;
    end -= 2;
  }
  return pairs >= 2 && (end === span.start || !/\w/.test(text[end - 1] as string));
}

function startsWithFunctionWord(sentence: string): boolean {
  const first = /^[“"‘']?([\p{L}]+)/u.exec(sentence)?.[1]?.toLowerCase();
  return first === undefined || isStopword(first);
}
