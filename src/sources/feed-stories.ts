// Feed items and article pages to IncomingStory: identity (feed:<id>:<guid>, else the canonical
// URL), the article text, and for an item that carries only a teaser, the article read from its page
// (a teaser whose page cannot be read is refused with the reason, so it is counted and tried again).
import type { IncomingStory } from '../stories/story.ts';
import type { FeedItem } from './feed-parse.ts';
import type { TextBlock } from './html-text.ts';
import type { ExtractedPage } from './page-extract.ts';
import { toStoryText, wordsIn } from './story-text.ts';

/** The feed an item came from. */
export interface FeedContext {
  id: string;
  /** Display name, e.g. "Example News". */
  name: string;
}

/** A story, or why the item could not become one. */
export type ItemStory = { story: IncomingStory } | { rejected: string };

/** Reads the article page at a URL (the teaser's link); throws with a reason when it cannot. */
export type PageReader = (url: string) => Promise<ExtractedPage>;

/** Fewer words than this in an item's body and it is a teaser. */
const teaserWords = 80;
const moreLink =
  /(?:read|continue reading|read the full|full story|more)\s*(?:»|›|→|\.\.\.|…)?\s*$|\[(?:…|\.\.\.)\]\s*$|…\s*$/i;

/** True when an item's body is only a teaser of the story on its page. */
export function isTeaser(blocks: TextBlock[]): boolean {
  const last = blocks.flatMap((b) => b.paragraphs).pop() ?? '';
  return wordsIn(blocks) < teaserWords || moreLink.test(last);
}

/** One feed item as a story, reading its page when the item has only a teaser. */
export async function itemToStory(
  item: FeedItem,
  feed: FeedContext,
  readPage: PageReader,
): Promise<ItemStory> {
  let blocks = item.blocks;
  let fields = {
    title: item.title,
    dek: shortDek(item.summaryText),
    published: item.published,
    source: feed.name,
    url: item.link,
    tags: item.tags,
    byline: item.author,
  };
  if (isTeaser(blocks) && item.link) {
    try {
      const page = await readPage(item.link);
      blocks = page.blocks;
      fields = {
        ...fields,
        title: fields.title || page.title,
        dek: fields.dek ?? page.dek,
        published: fields.published ?? page.published,
        url: page.canonicalUrl,
        byline: page.byline ?? fields.byline,
      };
    } catch (error) {
      return {
        rejected: `it is a teaser and its page could not be read (${error instanceof Error ? error.message : error})`,
      };
    }
  }
  if (!fields.title) return { rejected: 'the item has no title' };
  if (wordsIn(blocks) === 0) return { rejected: 'the item has no text' };
  const key = item.guid ? `feed:${feed.id}:${item.guid}` : fields.url;
  if (!key) return { rejected: 'the item has neither a guid nor a link to tell it apart' };
  const story: IncomingStory = {
    key,
    url: fields.url,
    text: toStoryText(fields, blocks),
    source: { kind: 'feed', name: feed.name, feedId: feed.id },
    published: fields.published,
  };
  return { story };
}

/** An article page as a story of its own (a page added by URL, or the CLI). */
export function pageToStory(page: ExtractedPage, fallbackSource: string): IncomingStory {
  const source = page.siteName ?? fallbackSource;
  return {
    key: page.canonicalUrl,
    url: page.canonicalUrl,
    text: toStoryText(
      {
        title: page.title,
        dek: page.dek,
        published: page.published,
        source,
        url: page.canonicalUrl,
        byline: page.byline,
      },
      page.blocks,
    ),
    source: { kind: 'page', name: source },
    published: page.published,
  };
}

/** A summary short enough to be a standfirst; null otherwise. */
function shortDek(text: string | null): string | null {
  return text && text.length <= 300 && !moreLink.test(text) ? text : null;
}
