// POST /api/articles: a newsroom pushes a story, signed like Slack's requests with
// ARTICLES_WEBHOOK_SECRET (X-Summit-Timestamp, X-Summit-Signature). The body is read up to 2 MB,
// the signature checked, the article read (JSON or Markdown) and handed to the story intake.
// 201 {slug} for a new story, 200 for a revision or an unchanged one; 401/413/415/400 otherwise.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answer } from '../http/answer.ts';
import { answerBodyError, BodyError, readBody } from '../http/body.ts';
import type { HttpRoute } from '../http/route.ts';
import { createRequestCheck } from '../http/signed-request.ts';
import type { Logger } from '../logger.ts';
import type { IncomingStory, StoryIntake } from '../stories/story.ts';
import { ArticleBodyError, storyFromJson, storyFromMarkdown } from './article-body.ts';

/** Where newsrooms post stories. */
export const articlesPath = '/api/articles';

/** Largest body taken (2 MB). */
export const maxArticleBodyBytes = 2 * 1024 * 1024;

/** The headers a newsroom signs with. */
export const summitSignatureHeaders = { signature: 'x-summit-signature', timestamp: 'x-summit-timestamp' };

/** Options of the webhook. */
export interface ArticlesWebhookOptions {
  /** ARTICLES_WEBHOOK_SECRET. */
  secret: string;
  /** Where stories go (the archive). */
  intake: StoryIntake;
  logger: Logger;
  /** The clock (tests move it). */
  now?: () => number;
  /** Body cap in bytes (default 2 MB). */
  maxBytes?: number;
}

/** The two kinds of body the webhook reads. */
type BodyKind = 'json' | 'markdown';

/** The route serving POST /api/articles. */
export function articlesWebhookRoute(options: ArticlesWebhookOptions): HttpRoute {
  const check = createRequestCheck({
    signingSecret: options.secret,
    headers: summitSignatureHeaders,
    now: options.now,
  });
  const log = options.logger.child({ source: 'webhook' });
  const maxBytes = options.maxBytes ?? maxArticleBodyBytes;
  const refuse = (res: ServerResponse, status: number, error: string, extra: object = {}) => {
    log.warn({ status, reason: error, ...extra }, 'webhook: refused an article');
    answer(res, status, { error });
  };

  return {
    methods: ['POST'],
    path: articlesPath,
    async handle(req, res) {
      let raw: Buffer;
      try {
        raw = await readBody(req, maxBytes);
      } catch (error) {
        if (!(error instanceof BodyError)) throw error;
        log.warn({ status: error.status, reason: error.message }, 'webhook: refused an article');
        return answerBodyError(req, res, error);
      }
      const problem = check(req.headers, raw);
      if (problem) return refuse(res, 401, `signature refused: ${problem}`);
      const kind = bodyKind(req);
      if (typeof kind === 'string' && kind !== 'json' && kind !== 'markdown') return refuse(res, 415, kind);
      let story: IncomingStory;
      try {
        story = readStory(raw, kind as BodyKind);
      } catch (error) {
        if (!(error instanceof ArticleBodyError)) throw error;
        return refuse(res, 400, error.message);
      }
      const outcome = await options.intake.ingest(story);
      if (outcome.status === 'rejected' || !outcome.slug) {
        return refuse(res, 400, `not a valid article: ${outcome.reason ?? 'the archive refused it'}`, {
          key: story.key,
        });
      }
      log.info(
        { key: story.key, slug: outcome.slug, status: outcome.status, revision: outcome.revision },
        'webhook: article taken',
      );
      answer(res, outcome.status === 'new' ? 201 : 200, {
        slug: outcome.slug,
        status: outcome.status,
        revision: outcome.revision,
      });
    },
  };
}

/** 'json' or 'markdown', else the reason the content type is refused (415). */
function bodyKind(req: IncomingMessage): BodyKind | string {
  const header = req.headers['content-type'] ?? '';
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return `charset ${charset} is not supported; send UTF-8`;
  }
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)) return 'json';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  return `content type ${type || '(none)'} is not supported; send application/json or text/markdown`;
}

/** Decodes UTF-8 strictly and reads the article; throws ArticleBodyError. */
function readStory(raw: Buffer, kind: BodyKind): IncomingStory {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ArticleBodyError('the body is not valid UTF-8');
  }
  return kind === 'json' ? storyFromJson(text) : storyFromMarkdown(text);
}
