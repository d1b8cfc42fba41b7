// `summit fetch <feed-or-page-url> [--json]`: what the bot would ingest from a feed or an article
// page, analysed in-process, printed, never stored. Items that cannot become articles are listed on
// stderr with the reason; the others are still printed.
import { analyzeText } from '../analysis/in-process.ts';
import { slugFromHeadline } from '../archive/slug.ts';
import type { Config } from '../config/env.ts';
import { splitFrontMatter } from '../content/front-matter.ts';
import { contentVersion } from '../content/load-file.ts';
import type { AnalyzedArticle } from '../core/article.ts';
import { errorMessage } from '../error-message.ts';
import { itemToStory, pageToStory } from '../sources/feed-stories.ts';
import { readUrl } from '../sources/read-url.ts';
import { createSafeFetcher, type SafeFetcher } from '../sources/safe-fetch.ts';
import type { IncomingStory } from '../stories/story.ts';

/** One article as `--json` prints it. */
export interface FetchedArticleJson {
  slug: string;
  title: string;
  url: string | null;
  published: string | null;
  source: string;
  sections: { heading: string; summary: string[] }[];
  summary: string[];
  quotes: { text: string; speaker: string | null; section: string }[];
}

/** Runs `fetch`; 0 when at least one article was read, 1 otherwise, 2 for usage. */
export async function fetchCommand(
  config: Pick<Config, 'FEEDS_ALLOW_PRIVATE'>,
  args: string[],
  json: boolean,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const [url] = args;
  if (!url || args.length > 1) {
    err.write('Usage: npm run summit -- fetch <feed-or-page-url> [--json]\n');
    return 2;
  }
  const fetcher = createSafeFetcher({ allowPrivate: config.FEEDS_ALLOW_PRIVATE });
  try {
    const stories = await storiesAt(fetcher, url, (why) => err.write(`Skipped ${why}\n`));
    const articles: FetchedArticleJson[] = [];
    for (const story of stories) {
      try {
        articles.push(toJson(story, analyze(story)));
      } catch (error) {
        err.write(`Skipped ${story.url ?? story.key}: ${errorMessage(error)}\n`);
      }
    }
    out.write(json ? `${JSON.stringify({ articles })}\n` : `${articles.map(asText).join('\n\n')}\n`);
    return articles.length > 0 ? 0 : 1;
  } catch (error) {
    err.write(`Cannot read ${url}: ${errorMessage(error)}\n`);
    return 1;
  } finally {
    await fetcher.close();
  }
}

/** The stories a URL holds: a feed's items (teasers read from their pages) or one page. */
async function storiesAt(
  fetcher: SafeFetcher,
  url: string,
  skip: (why: string) => void,
): Promise<IncomingStory[]> {
  const read = await readUrl(fetcher, url);
  if (read.kind === 'refused') throw new Error(read.reason);
  if (read.kind === 'not-modified') throw new Error('the server sent no content (304)');
  if (read.kind === 'page') return [pageToStory(read.page, new URL(read.url).hostname)];
  const name = read.feed.title ?? new URL(read.url).hostname;
  const stories: IncomingStory[] = [];
  for (const item of read.feed.items) {
    const result = await itemToStory(item, { id: 'cli', name }, async (link) => {
      const page = await readUrl(fetcher, link);
      if (page.kind === 'page') return page.page;
      throw new Error(page.kind === 'refused' ? page.reason : 'the link is not an article page');
    });
    if ('story' in result) stories.push(result.story);
    else skip(`${item.link ?? item.guid ?? item.title}: ${result.rejected}`);
  }
  return stories;
}

function analyze(story: IncomingStory): AnalyzedArticle {
  const title = splitFrontMatter(story.text).data?.title ?? story.key;
  const slug = slugFromHeadline(title) || 'story';
  return analyzeText(story.text, `${slug}.md`, contentVersion(story.text)).analyzed;
}

function toJson(story: IncomingStory, a: AnalyzedArticle): FetchedArticleJson {
  return {
    slug: a.article.slug,
    title: a.article.title,
    url: a.article.url ?? story.url,
    published: story.published ?? a.article.published,
    source: story.source.name,
    sections: a.sections.map((d) => ({ heading: d.section.heading, summary: d.summary })),
    summary: a.keyPoints,
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, section: q.section })),
  };
}

function asText(a: FetchedArticleJson): string {
  const lines = [a.title, [a.source, a.published, a.url].filter(Boolean).join(' · '), '', 'Summary:'];
  lines.push(...a.summary.map((s) => `  • ${s}`));
  for (const s of a.sections) lines.push('', `## ${s.heading}`, ...s.summary.map((x) => `  • ${x}`));
  lines.push('', `Quotes (${a.quotes.length}):`);
  for (const q of a.quotes) lines.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'} (${q.section})`);
  return lines.join('\n');
}
