// Finds quoted spans in one paragraph: straight and curly double quotes, curly and straight single
// quotes told apart from apostrophes ("Xi’s", "don’t"), nesting, and quotes left open at a paragraph end.

/** One quoted span of a paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or where the span was cut (a new opening mark or the paragraph end). */
  close: number;
  /** The words inside the marks, trimmed. */
  text: string;
  /** True when a closing mark ended the span. */
  closed: boolean;
  /** True when the span continues the one before it: the same quotation in a new paragraph. */
  continues: boolean;
  /** Double (" “ ”) or single (' ‘ ’) quote marks. */
  family: Family;
}

/** The two families of quote marks. */
export type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'both' | 'none';

interface Mark {
  at: number;
  family: Family;
  role: Role;
  /** A closing single mark that may also be a plural possessive ("the players’ union"). */
  weak: boolean;
  /** A straight ' opening mark: often an elision ("'90s"), so it opens only when a closer follows. */
  straightSingle: boolean;
}

const sentenceEnds = /[.!?…:]['"’”)\]]*\s*$/u;
const openingContext = /[\s([{\-–—/“‘"'«]/u;
const closingContext = /[\s.,;:!?)\]}\-–—…”’"'»]/u;

/**
 * Finds the quoted spans of a paragraph in order; nested quotes stay inside their outer span. `carried`
 * is the family of a quote the previous paragraph left open: when this paragraph closes it without
 * opening it again, the paragraph starts inside that quote.
 */
export function findQuoteSpans(paragraph: string, carried: Family | null = null): QuoteSpan[] {
  const marks = classifyMarks(paragraph);
  const spans: QuoteSpan[] = [];
  const first = marks.find((m) => m.family === carried);
  let open: Mark | null =
    carried && first?.role === 'close' && !/^\s*["“‘'«]/u.test(paragraph)
      ? { at: -1, family: carried, role: 'open', weak: false, straightSingle: false }
      : null;
  let continues = open !== null;
  const push = (from: Mark, to: number, closed: boolean) => {
    // A double mark typed as two apostrophes ('') leaves its other half inside the span.
    const start = from.family === 'double' && paragraph.startsWith("''", from.at) ? from.at + 2 : from.at + 1;
    const end = closed && paragraph.startsWith("''", to - 1) ? to - 1 : to;
    const text = paragraph.slice(start, end).trim();
    if (closed && nicknameBetween(paragraph, from.at, to, text)) return;
    if (/[\p{L}\p{N}]/u.test(text))
      spans.push({ open: Math.max(0, from.at), close: to, text, closed, continues, family: from.family });
  };
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k] as Mark;
    if (open === null) {
      const opens = mark.role === 'open' || mark.role === 'both';
      // A straight ' opens only when it closes again, or when it starts the paragraph or a new sentence
      // ("... De Villiers said. 'It's nothing complicated") and the quote runs on past the paragraph.
      const afterSentence = /[.!?:]\s$/.test(paragraph.slice(Math.max(0, mark.at - 2), mark.at));
      const runsOn =
        afterSentence && /\p{Lu}/u.test(paragraph[mark.at + 1] ?? '') && !hasOpener(marks, k + 1);
      if (
        opens &&
        (!mark.straightSingle || mark.at === 0 || runsOn || hasCloser(marks, k + 1, mark.family))
      ) {
        open = mark;
        continues = false;
      }
      continue;
    }
    if (mark.family !== open.family) continue;
    if (mark.role === 'open') {
      // A new opening mark inside a quote: the paragraph break before it was lost ('... that. "But ...')
      // when a sentence just ended; else the closing mark is missing after the quote's last full
      // sentence, if it has one; else the earlier mark was a stray.
      const inside = paragraph.slice(open.at + 1, mark.at);
      // `"... this is "the dream team." They're ..."`: a quote nested in marks of its own family, closed
      // twice before any new opener (its own close, then the outer one's): part of the outer quote.
      const nestedClose = sentenceEnds.test(inside) ? -1 : nestedCloser(marks, k + 1, open.family);
      if (nestedClose > 0) {
        k = nestedClose;
        continue;
      }
      if (sentenceEnds.test(inside)) {
        push(open, mark.at, false);
        continues = true;
      } else {
        const end = lastSentenceEnd(inside);
        if (end > 0) push(open, open.at + 1 + end, false);
        continues = false;
      }
      open = mark;
    } else if (mark.role === 'close' || mark.role === 'both') {
      if (mark.weak && hasCloser(marks, k + 1, mark.family)) continue;
      push(open, mark.at, true);
      open = null;
    }
  }
  if (open) push(open, paragraph.length, false);
  return spans;
}

/**
 * `Chair “DJ” Penn`, `Dora “DJ” Penn`: one or two capitalised words in marks between a capitalised word
 * and a capitalised name are a nickname inside a name, not a quotation.
 */
function nicknameBetween(paragraph: string, open: number, close: number, text: string): boolean {
  if (!/^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u.test(text)) return false;
  return (
    /\p{Lu}[\p{L}.]* $/u.test(paragraph.slice(Math.max(0, open - 30), open)) &&
    /^ \p{Lu}\p{Ll}/u.test(paragraph.slice(close + 1, close + 4))
  );
}

/** True when the paragraph ends inside a quotation (its last span has no closing mark). */
export function endsOpen(spans: QuoteSpan[], paragraph: string): boolean {
  const last = spans[spans.length - 1];
  return last !== undefined && !last.closed && last.close === paragraph.length;
}

/**
 * How a paragraph meets a quotation of `family` left open before it: its first mark of the family
 * closes it without reopening ('closes'), it has no mark of the family ('none'), or it opens anew.
 */
export function meetsCarried(paragraph: string, family: Family): 'closes' | 'none' | 'opens' {
  const first = classifyMarks(paragraph).find((m) => m.family === family);
  if (!first) return 'none';
  return first.role === 'close' && !/^\s*["“‘'«]/u.test(paragraph) ? 'closes' : 'opens';
}

/** Offset just past the last sentence end (". " before a capital) inside a quote's text, or 0. */
function lastSentenceEnd(inside: string): number {
  let end = 0;
  for (const m of inside.matchAll(/[.!?](?=\s+\p{Lu})/gu)) end = m.index + 1;
  return end;
}

/** True when any opening mark follows. */
function hasOpener(marks: Mark[], from: number): boolean {
  return marks.slice(from).some((m) => m.role === 'open' || m.role === 'both');
}

/**
 * Index of the first closing mark of the family after `from` when a second one follows it before any
 * new opening mark of the family (a nested quote's close, then its outer quote's), else -1.
 */
function nestedCloser(marks: Mark[], from: number, family: Family): number {
  let first = -1;
  for (let k = from; k < marks.length; k++) {
    const m = marks[k] as Mark;
    if (m.family !== family) continue;
    if (m.role !== 'close') return -1;
    if (first >= 0) return first;
    first = k;
  }
  return -1;
}

/** True when a closing mark of the family follows before any new opening mark of it. */
function hasCloser(marks: Mark[], from: number, family: Family): boolean {
  for (let k = from; k < marks.length; k++) {
    const m = marks[k] as Mark;
    if (m.family !== family) continue;
    if (m.role === 'open') return false;
    if (m.role === 'close' || m.role === 'both') return true;
  }
  return false;
}

/** True for the code of a quote mark classifyMarks reads: " ' « » ‘ ’ “ ”. */
function isMarkCode(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0xab ||
    code === 0xbb ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d
  );
}

function classifyMarks(s: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < s.length; i++) {
    // Read by character code first: most characters are no mark, and s[i] makes a string of each.
    if (!isMarkCode(s.charCodeAt(i))) continue;
    const c = s[i] as string;
    // ''Two apostrophes'' typed for a double mark: one double mark, at the first when it opens, at the
    // second when it closes (so the narrative on either side keeps none of it).
    if (c === "'" && s[i + 1] === "'") {
      const prev = i > 0 ? (s[i - 1] as string) : ' ';
      const next = i + 2 < s.length ? (s[i + 2] as string) : ' ';
      const opens = openingContext.test(prev) && !/\s/.test(next);
      const closes = !/\s/.test(prev) && closingContext.test(next);
      const role: Role = opens === closes ? 'both' : opens ? 'open' : 'close';
      marks.push({
        at: role === 'close' ? i + 1 : i,
        family: 'double',
        role,
        weak: false,
        straightSingle: false,
      });
      i++;
      continue;
    }
    const prev = i > 0 ? (s[i - 1] as string) : ' ';
    const next = i + 1 < s.length ? (s[i + 1] as string) : ' ';
    const opens = openingContext.test(prev) && !/\s/.test(next);
    const closes = !/\s/.test(prev) && closingContext.test(next);
    const family: Family = '"“”«»'.includes(c) ? 'double' : 'single';
    let role: Role;
    if (c === '“' || c === '«') role = closes && !opens ? 'close' : 'open';
    // `”: Ann Lee wishes ...` opening a paragraph closes the quote carried into it; it opens nothing.
    else if (c === '”' || c === '»') role = opens && !closes && !/[.,;:!?)\]]/.test(next) ? 'open' : 'close';
    else if (c === '"') role = opens === closes ? 'both' : opens ? 'open' : 'close';
    else if (/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) role = 'none';
    else if (c === '‘') role = opens ? 'open' : 'none';
    else role = opens && /[\p{L}\p{N}(]/u.test(next) ? 'open' : closes ? 'close' : 'none';
    if (role === 'none') continue;
    const weak =
      family === 'single' && role === 'close' && /s/i.test(prev) && /^\s\p{Ll}/u.test(s.slice(i + 1, i + 3));
    marks.push({ at: i, family, role, weak, straightSingle: c === "'" && role === 'open' });
  }
  return marks;
}
