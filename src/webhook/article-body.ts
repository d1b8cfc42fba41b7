// What a newsroom posts to /api/articles, read into an IncomingStory: JSON {title, dek?, url?,
// published?, body (Markdown), tags?, slug?} or Markdown with front matter. The story's text is
// article text as src/content/parse.ts reads it (front matter + Markdown); the archive analyses it.
import { stringify } from 'yaml';
import { z } from 'zod';
import { slugFromHeadline } from '../archive/slug.ts';
import { splitFrontMatter } from '../content/front-matter.ts';
import { isWebUrl } from '../core/text/safe-url.ts';
import { errorMessage } from '../error-message.ts';
import type { IncomingStory } from '../stories/story.ts';

/** A body that is not an article, with what is wrong (answered as 400). */
export class ArticleBodyError extends Error {
  override name = 'ArticleBodyError';
}

const text = (what: string) => z.string(`${what} must be text`).trim().min(1, `${what} is empty`);

/** YYYY-MM-DD or a full ISO 8601 date-time that names a real moment. */
const published = z
  .string('published must be text')
  .trim()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)),
    'published must be a date (2026-12-04) or an ISO 8601 date-time (2026-12-04T08:00:00Z)',
  );

const slug = z
  .string('slug must be text')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lower-case words joined by hyphens, e.g. budget-vote')
  .max(60, 'slug must be at most 60 characters');

const articleJson = z.object({
  title: text('title').max(300, 'title must be at most 300 characters'),
  dek: text('dek').max(1000, 'dek must be at most 1000 characters').optional(),
  url: z.string('url must be text').trim().refine(isWebUrl, 'url must be an http or https URL').optional(),
  published: published.optional(),
  body: text('body'),
  tags: z
    .array(text('a tag').max(60, 'a tag must be at most 60 characters'), 'tags must be a list of text')
    .max(50, 'at most 50 tags')
    .optional(),
  slug: slug.optional(),
});

/** The parts of an article the webhook needs before the archive sees it. */
interface ArticleParts {
  title: string;
  slug?: string;
  url?: string;
  published?: string;
}

/** Reads a JSON article; throws ArticleBodyError naming every field that is wrong. */
export function storyFromJson(raw: string): IncomingStory {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ArticleBodyError(`the body is not valid JSON (${errorMessage(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ArticleBodyError('the body must be a JSON object with at least title and body');
  }
  const parsed = articleJson.safeParse(data);
  if (!parsed.success) {
    const given = data as Record<string, unknown>;
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length === 1 && given[String(issue.path[0])] === undefined
        ? `${String(issue.path[0])} is missing`
        : issue.message,
    );
    throw new ArticleBodyError(`not a valid article: ${problems.join('; ')}`);
  }
  const { body, ...meta } = parsed.data;
  const frontMatter = stringify({
    title: meta.title,
    ...(meta.slug ? { slug: meta.slug } : {}),
    ...(meta.dek ? { dek: meta.dek } : {}),
    ...(meta.published ? { published: meta.published.slice(0, 10) } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.tags?.length ? { tags: meta.tags } : {}),
  });
  return toStory(`---\n${frontMatter}---\n\n${body}\n`, meta);
}

/** Reads a Markdown article with front matter; throws ArticleBodyError saying what is wrong. */
export function storyFromMarkdown(raw: string): IncomingStory {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(raw);
  } catch (error) {
    throw new ArticleBodyError(`not a valid article: ${errorMessage(error)}`);
  }
  const data = split.data ?? {};
  const title = data.title ?? headline(split.body);
  if (!title) {
    throw new ArticleBodyError(
      'not a valid article: title is missing (add title: to the front matter or start with a # headline)',
    );
  }
  const rest = data.title ? split.body : split.body.replace(/^\s*#\s+.*$/m, '');
  if (!rest.trim())
    throw new ArticleBodyError(
      'not a valid article: body is empty (the story text goes under the front matter)',
    );
  if (data.slug !== undefined && !slug.safeParse(data.slug).success) {
    throw new ArticleBodyError(
      'not a valid article: slug must be lower-case words joined by hyphens, e.g. budget-vote',
    );
  }
  return toStory(raw.replace(/^\uFEFF/, ''), {
    title,
    slug: data.slug,
    url: data.url,
    published: data.published,
  });
}

/** The first `# ` heading before any other text, if the Markdown starts with one. */
function headline(body: string): string | undefined {
  const first = body.split('\n').find((line) => line.trim() !== '');
  const match = first ? /^#\s+(.+?)\s*#*\s*$/.exec(first.trim()) : null;
  return match?.[1];
}

function toStory(text: string, parts: ArticleParts): IncomingStory {
  const identity = parts.slug ?? parts.url ?? slugFromHeadline(parts.title);
  if (!identity)
    throw new ArticleBodyError('not a valid article: the title gives no usable slug; add a slug');
  return {
    key: `webhook:${identity}`,
    url: parts.url ?? null,
    text,
    source: { kind: 'webhook', name: 'newsroom webhook' },
    published: parts.published ? new Date(parts.published).toISOString() : null,
  };
}
