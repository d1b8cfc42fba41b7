// An article page to its readable story: Mozilla's Readability on linkedom (no script runs), with
// h2/h3 kept as sections, plus the byline, the published date (meta tags, JSON-LD, <time>) and the
// canonical URL read from the page before Readability rewrites it. Output is text blocks, never HTML.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { absolute, isoDate } from './feed-parse.ts';
import { type HtmlNode, nodeToBlocks, type TextBlock } from './html-text.ts';

/** What a page says about its article. */
export interface ExtractedPage {
  title: string;
  /** Standfirst / description, when the page has one. */
  dek: string | null;
  byline: string | null;
  /** ISO 8601, when the page says. */
  published: string | null;
  /** rel=canonical, else og:url, else the fetched URL. */
  canonicalUrl: string;
  siteName: string | null;
  /** Lead and sections (h1-h3 headings) as plain text. */
  blocks: TextBlock[];
  /** Feed links the page advertises (`<link rel="alternate" type="application/rss+xml">`), absolute. */
  feedLinks: string[];
}

/** Thrown when no article can be read from the page. */
export class NoArticle extends Error {
  override name = 'NoArticle';
}

/** Elements Readability may look at; a bigger page is refused rather than stalling the process. */
const maxElements = 60_000;

/** Reads the article of an HTML page fetched from `url`; throws NoArticle when there is none. */
export function extractPage(html: string, url: string): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const canonical =
    absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(meta('meta[property="og:url"]'), url) ??
    url;
  const feedLinks = [...document.querySelectorAll('link[rel="alternate"]')]
    .filter((l) => /(?:rss|atom|feed)\+(?:xml|json)/i.test(l.getAttribute('type') ?? ''))
    .map((l) => absolute(l.getAttribute('href'), url))
    .filter((l): l is string => l !== null);
  const dates = [
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="date"]'),
    meta('meta[name="dc.date"]'),
    meta('meta[name="DC.date.issued"]'),
    jsonLdDate(document),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  const description = meta('meta[name="description"]') ?? meta('meta[property="og:description"]');
  const siteName = meta('meta[property="og:site_name"]');
  let article: ReturnType<Readability<HtmlNode>['parse']>;
  try {
    article = new Readability<HtmlNode>(document as unknown as Document, {
      maxElemsToParse: maxElements,
      serializer: (node) => node as unknown as HtmlNode,
    }).parse();
  } catch (error) {
    throw new NoArticle(`the page could not be read (${error instanceof Error ? error.message : error})`);
  }
  if (!article?.content) throw new NoArticle('no article text found on the page');
  const title = (article.title ?? '').trim() || document.title.trim();
  const blocks = dropTitleHeading(nodeToBlocks(article.content), title);
  if (!blocks.some((b) => b.paragraphs.length > 0)) throw new NoArticle('no article text found on the page');
  return {
    title,
    dek: description,
    byline: article.byline?.trim() || null,
    published: isoDate(article.publishedTime) ?? dates.map(isoDate).find((d) => d !== null) ?? null,
    canonicalUrl: canonical,
    siteName: article.siteName?.trim() || siteName,
    blocks,
    feedLinks,
  };
}

/** `datePublished` from the page's JSON-LD, when present and readable. */
function jsonLdDate(document: { querySelectorAll(s: string): ArrayLike<{ textContent: string | null }> }) {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const found = /"datePublished"\s*:\s*"([^"]{6,40})"/.exec(scripts[i]?.textContent ?? '');
    if (found?.[1]) return found[1];
  }
  return null;
}

/** The blocks without a first heading that only repeats the headline. */
function dropTitleHeading(blocks: TextBlock[], title: string): TextBlock[] {
  const norm = (s: string) => s.toLowerCase().replace(/\W+/g, ' ').trim();
  return blocks.map((b) =>
    b.heading && norm(b.heading) === norm(title) ? { heading: null, paragraphs: b.paragraphs } : b,
  );
}
