// Replies to content commands depend only on the analysed article (one object per file version)
// and the options, so each is built once and shared; doors then render the very same object.
// Shared replies are frozen: whoever needs a variant spreads it into a new object.
import type { AnalyzedArticle } from './article.ts';
import type { Reply } from './reply.ts';

/** Most replies kept per article version (ask questions are free text, so the set is bounded). */
export const maxRepliesPerArticle = 256;

const perArticle = new WeakMap<AnalyzedArticle, Map<string, Reply>>();

/**
 * The reply for `key` on article `a`, built by `build` on first use and kept (least recently used
 * out first). `build` must be pure: the same article and key always give the same reply, with no
 * clock, user or channel in it. A throwing `build` caches nothing.
 */
export function memoReply(a: AnalyzedArticle, key: string, build: () => Reply): Reply {
  let replies = perArticle.get(a);
  if (!replies) {
    replies = new Map();
    perArticle.set(a, replies);
  }
  const hit = replies.get(key);
  if (hit) {
    if (replies.size > 1) {
      replies.delete(key);
      replies.set(key, hit);
    }
    return hit;
  }
  const reply = deepFreeze(build());
  if (replies.size >= maxRepliesPerArticle) {
    const oldest = replies.keys().next().value;
    if (oldest !== undefined) replies.delete(oldest);
  }
  replies.set(key, reply);
  return reply;
}

/** Freezes an object and everything reachable from it (plain objects and arrays); returns it. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
