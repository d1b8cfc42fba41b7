// A fetched body to what it holds: a feed (parsed, its items' HTML already plain text) or an
// article page (extracted). The CPU-heavy step of reading a URL, so it runs in the read worker.
import { decodeBody } from './decode.ts';
import { NotAFeed, type ParsedFeed, parseFeedText } from './feed-parse.ts';
import { type ExtractedPage, extractPage } from './page-extract.ts';

/** What a body turned out to be. */
export type ReadBody = { kind: 'feed'; feed: ParsedFeed } | { kind: 'page'; page: ExtractedPage };

/** Reads a body as a feed when it is one, else as an article page; throws NotAFeed or NoArticle. */
export function readBody(body: Uint8Array, contentType: string, url: string): ReadBody {
  const { text } = decodeBody(body, contentType);
  const type = contentType.toLowerCase();
  const html = /html/.test(type) || /^\s*(?:<!doctype html|<html)/i.test(text.slice(0, 500));
  if (!html || /^\s*<\?xml/.test(text)) {
    try {
      return { kind: 'feed', feed: parseFeedText(text, url) };
    } catch (error) {
      if (!(error instanceof NotAFeed) || !html) throw error;
    }
  }
  return { kind: 'page', page: extractPage(text, url) };
}
