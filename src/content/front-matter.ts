// YAML front matter (--- ... ---) at the top of a content file: split it off, parse it with the
// yaml package and check every field, so a typo becomes a clear error instead of a silent default.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { isWebUrl } from '../core/text/safe-url.ts';
import { stripControlsDeep } from './text-check.ts';

/** What front matter may say about an article; every field is optional. */
export interface FrontMatter {
  /** URL-safe id. */
  slug?: string;
  /** Headline. */
  title?: string;
  /** Standfirst. */
  dek?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  /** Publisher. */
  source?: string;
  /** Canonical link: an http or https URL. */
  url?: string;
  /** Free-form tags. */
  tags?: string[];
  /** Place the story was filed from. */
  dateline?: string;
  /** Editor-pinned summary of the whole article. */
  summary?: string[];
  /** Editor-pinned summaries by section heading, id or 1-based number. */
  sectionSummaries?: Record<string, string[]>;
}

/** The front matter (null when there is none) and the text after it. */
export interface SplitSource {
  /** Parsed, checked front matter. */
  data: FrontMatter | null;
  /** Everything after the closing fence. */
  body: string;
  /** Fields that were dropped (the article is still served without them), and why. */
  warnings: string[];
}

const text = z.string().trim().min(1);
const textList = z.union([text.transform((s) => [s]), z.array(text).min(1)]);
const isoDate = z.union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()]).pipe(
  z
    .string()
    .transform((s) => s.trim().slice(0, 10))
    .refine(isRealDate, 'must be a date written YYYY-MM-DD, e.g. 2025-11-01'),
);

const schema = z.object({
  slug: text.optional(),
  title: text.optional(),
  dek: text.optional(),
  published: isoDate.optional(),
  source: text.optional(),
  url: z.coerce.string().trim().optional(),
  tags: z.union([z.string().transform(splitTags), z.array(z.coerce.string())]).optional(),
  dateline: text.optional(),
  summary: textList.optional(),
  section_summaries: z.record(z.string(), textList).optional(),
});

/** Splits off and validates front matter; throws an Error whose message says which field is wrong. */
export function splitFrontMatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { data: null, body: text, warnings: [] };
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) {
    throw new Error('front matter starts with --- on line 1 but never ends; add a closing --- line after it');
  }
  const yamlText = text.slice(open[0].length, open[0].length + close.index);
  const body = text.slice(open[0].length + close.index + close[0].length).replace(/^\n/, '');
  const { url, ...data } = readFrontMatter(yamlText);
  const urlProblem = url === undefined ? null : linkProblem(url);
  if (urlProblem === null) return { data: { ...data, ...(url ? { url } : {}) }, body, warnings: [] };
  return { data, body, warnings: [`front matter 'url' ${urlProblem}; the article is served without a link`] };
}

/** Why `url` may not become a link (only what every renderer links: isWebUrl), or null. */
function linkProblem(url: string): string | null {
  if (isWebUrl(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a full link such as https://example.com/story';
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
    return 'is not a full link such as https://example.com/story';
  return `is a ${parsed.protocol} link; only http and https links are kept`;
}

function readFrontMatter(yamlText: string): FrontMatter {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText, { logLevel: 'error' });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line + 1}` : '';
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`front matter is not valid YAML${where} (${why}); fix it or remove the --- block`);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new Error('front matter must be YAML keys and values (e.g. "published: 2025-11-01")');
  }
  const parsed = schema.safeParse(stripControlsDeep(raw));
  if (!parsed.success) {
    const faults = parsed.error.issues.map((i) => `'${i.path.join('.') || 'front matter'}' ${i.message}`);
    throw new Error(`front matter: ${faults.join('; ')}`);
  }
  const { section_summaries, ...rest } = parsed.data;
  return { ...rest, ...(section_summaries ? { sectionSummaries: section_summaries } : {}) };
}

function splitTags(s: string): string[] {
  return s
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** True for YYYY-MM-DD naming a day that exists. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
