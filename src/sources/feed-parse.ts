// A feed document (RSS 0.9x/1.0/2.0, Atom, JSON Feed) to one normalised shape, with feedsmith as
// the parser: links resolved against the feed URL, dates parsed to ISO, HTML titles and summaries
// made plain text, categories as tags, and how often the feed says it changes.
import { parseFeed } from 'feedsmith';
import { htmlToBlocks, htmlToText, type TextBlock } from './html-text.ts';

/** One item of a feed, as every format is read. */
export interface FeedItem {
  /** guid / id, when the feed gives one. */
  guid: string | null;
  /** The item's link, absolute, when it has one. */
  link: string | null;
  /** Plain-text title ('' when none). */
  title: string;
  /** Published (else updated) date, ISO 8601, when readable. */
  published: string | null;
  author: string | null;
  /** Short description as HTML (RSS description, Atom summary, JSON summary). */
  summaryHtml: string;
  /** Full content as HTML (content:encoded, Atom content, JSON content_html/text). */
  contentHtml: string;
  tags: string[];
  /** The body (content, else the summary) as plain text blocks. */
  blocks: TextBlock[];
  /** The summary as one plain line, when there is a separate content body. */
  summaryText: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  /** Plain-text title of the feed, when it has one. */
  title: string | null;
  /** The site the feed belongs to, absolute. */
  siteUrl: string | null;
  /** The feed's own hint of how often to poll (ttl, sy:updatePeriod/Frequency), in ms. */
  refreshHintMs: number | null;
  items: FeedItem[];
}

/** Thrown when the text is not a feed feedsmith can read. */
export class NotAFeed extends Error {
  override name = 'NotAFeed';
}

type Loose = Record<string, unknown>;

/** Parses a feed document; throws NotAFeed with the parser's reason. */
export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    throw new NotAFeed(`not a readable feed (${error instanceof Error ? error.message : String(error)})`);
  }
  const feed = (parsed.feed ?? {}) as Loose;
  const format = parsed.format as ParsedFeed['format'];
  const base = absolute(siteOf(format, feed), feedUrl) ?? feedUrl;
  const rawItems = (format === 'atom' ? feed.entries : feed.items) as Loose[] | undefined;
  return {
    format,
    title: plain(textOf(feed.title)) || null,
    siteUrl: absolute(siteOf(format, feed), feedUrl),
    refreshHintMs: refreshHint(feed),
    items: (rawItems ?? []).map((item) =>
      withText(
        format === 'atom'
          ? atomItem(item, base)
          : format === 'json'
            ? jsonItem(item, base)
            : rssItem(item, base),
      ),
    ),
  };
}

type RawItem = Omit<FeedItem, 'blocks' | 'summaryText'>;

/** The item with its HTML read into plain text once, here (off the main thread when parsed in the read worker). */
function withText(item: RawItem): FeedItem {
  const body = item.contentHtml || item.summaryHtml;
  const summaryText = item.contentHtml && item.summaryHtml ? htmlToText(item.summaryHtml) || null : null;
  return { ...item, blocks: body ? htmlToBlocks(body) : [], summaryText };
}

function rssItem(item: Loose, base: string): RawItem {
  const guid = item.guid as { value?: string; isPermaLink?: boolean } | undefined;
  const dc = (item.dc ?? {}) as Loose;
  const about = ((item.rdf ?? {}) as Loose).about;
  const guidValue = str(guid?.value) ?? str(about);
  const permalink =
    guid?.isPermaLink !== false && /^https?:\/\//i.test(guid?.value ?? '') ? guid?.value : null;
  const link = str(item.link) ?? permalink ?? null;
  const authors = (item.authors as Loose[] | undefined)?.map((a) => str(a.name)).filter(Boolean) ?? [];
  const creators = (dc.creators as string[] | undefined) ?? [];
  return {
    guid: guidValue,
    link: absolute(link, base),
    title: plain(str(item.title) ?? ''),
    published: isoDate(str(item.pubDate) ?? first(dc.dates as string[] | undefined)),
    author: first(creators) ?? (authors[0] as string | undefined) ?? null,
    summaryHtml: str(item.description) ?? '',
    contentHtml: str(((item.content ?? {}) as Loose).encoded) ?? '',
    tags: ((item.categories as Loose[] | undefined) ?? [])
      .map((c) => str(c.name))
      .concat(((dc.subjects as string[] | undefined) ?? []).map(str))
      .filter((t): t is string => Boolean(t)),
  };
}

function atomItem(entry: Loose, base: string): RawItem {
  const links = (entry.links as Loose[] | undefined) ?? [];
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  const authors = (entry.authors as Loose[] | undefined) ?? [];
  return {
    guid: str(entry.id),
    link: absolute(str(link?.href), base),
    title: plain(textOf(entry.title)),
    published: isoDate(str(entry.published) ?? str(entry.updated)),
    author: str(authors[0]?.name),
    summaryHtml: htmlOf(entry.summary),
    contentHtml: htmlOf(entry.content),
    tags: ((entry.categories as Loose[] | undefined) ?? [])
      .map((c) => str(c.label) ?? str(c.term))
      .filter((t): t is string => Boolean(t)),
  };
}

function jsonItem(item: Loose, base: string): RawItem {
  const authors = (item.authors as Loose[] | undefined) ?? [];
  const single = (item.author ?? {}) as Loose;
  const textBody = str(item.content_text);
  return {
    guid: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    link: absolute(str(item.url) ?? str(item.external_url), base),
    title: plain(str(item.title) ?? ''),
    published: isoDate(str(item.date_published) ?? str(item.date_modified)),
    author: str(authors[0]?.name) ?? str(single.name),
    summaryHtml: escapeText(str(item.summary) ?? ''),
    contentHtml: str(item.content_html) ?? (textBody ? textAsHtml(textBody) : ''),
    tags: ((item.tags as unknown[] | undefined) ?? []).map(str).filter((t): t is string => Boolean(t)),
  };
}

function siteOf(format: string, feed: Loose): string | null {
  if (format === 'json') return str(feed.home_page_url);
  if (format === 'atom') {
    const links = (feed.links as Loose[] | undefined) ?? [];
    return str(links.find((l) => !l.rel || l.rel === 'alternate')?.href);
  }
  return str(feed.link);
}

const periods: Record<string, number> = {
  hourly: 3_600_000,
  daily: 86_400_000,
  weekly: 604_800_000,
  monthly: 2_592_000_000,
  yearly: 31_536_000_000,
};

/** RSS `ttl` (minutes) or `sy:updatePeriod` / `sy:updateFrequency`, in ms; the longer when both. */
function refreshHint(feed: Loose): number | null {
  const ttl = Number(feed.ttl);
  const fromTtl = Number.isFinite(ttl) && ttl > 0 ? ttl * 60_000 : null;
  const sy = (feed.sy ?? {}) as Loose;
  const period =
    periods[
      String(sy.updatePeriod ?? '')
        .trim()
        .toLowerCase()
    ];
  const frequency = Number(sy.updateFrequency ?? 1);
  const fromSy = period && Number.isFinite(frequency) && frequency > 0 ? period / frequency : null;
  if (fromTtl === null) return fromSy;
  return fromSy === null ? fromTtl : Math.max(fromTtl, fromSy);
}

/** A date as ISO 8601, or null when it cannot be read (RFC 822, ISO 8601 and what Date.parse takes). */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw.trim().replace(/\s+(?:UT|Z)$/i, ' GMT');
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year < 1990 || year > 2200 ? null : date.toISOString();
}

/** `href` made absolute against `base`, when it is an http(s) link. */
export function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An Atom text construct or a plain string. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return str((value as Loose | undefined)?.value) ?? '';
}

/** An Atom text construct as HTML (text types are escaped so they stay text). */
function htmlOf(value: unknown): string {
  if (typeof value === 'string') return value;
  const construct = (value ?? {}) as Loose;
  const body = str(construct.value) ?? '';
  return construct.type === 'html' || construct.type === 'xhtml' ? body : escapeText(body);
}

function plain(html: string): string {
  return htmlToText(html);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join('');
}

function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s ? s : null;
}

function first(values: (string | null)[] | undefined): string | null {
  return values?.map(str).find(Boolean) ?? null;
}
