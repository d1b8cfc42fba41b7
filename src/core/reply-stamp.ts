// A reply that differs from a shared one only by a short per-channel stamp in its footer (the
// briefing's slot marker) is rendered from the shared template: the template once, then only the
// footer is swapped in a copy, so a fan-out to 1,000 channels renders the body once per platform.

import type { Reply } from './reply.ts';
import { deepFreeze } from './reply-cache.ts';

/** A stamped reply's template and what replaces the placeholder in its footer. */
export interface Stamp {
  /** The frozen reply whose footer holds `placeholder` where the stamp goes. */
  template: Reply;
  placeholder: string;
  value: string;
}

/** Private-use characters: rendered as themselves on every platform, never in article text. */
const placeholderChar = '\uE000';

const stamps = new WeakMap<Reply, Stamp>();
const templates = new WeakMap<Reply, Map<string, Reply>>();

/**
 * `reply` with `before + value + after` appended to its footer. When `reply` is shared (frozen),
 * the result remembers its template, so renderers can reuse the template's rendering.
 */
export function stampFooter(reply: Reply, before: string, value: string, after = ''): Reply {
  const join = (stamp: string) => (reply.footer ? `${reply.footer} · ${stamp}` : stamp);
  const footer = join(`${before}${value}${after}`);
  if (!Object.isFrozen(reply) || value.length === 0) return { ...reply, footer };
  const placeholder = placeholderChar.repeat(value.length);
  const key = `${before}\u0000${value.length}\u0000${after}`;
  let byKey = templates.get(reply);
  if (!byKey) {
    byKey = new Map();
    templates.set(reply, byKey);
  }
  let template = byKey.get(key);
  if (!template) {
    template = deepFreeze({ ...reply, footer: join(`${before}${placeholder}${after}`) });
    byKey.set(key, template);
  }
  const stamped: Reply = { ...reply, footer };
  stamps.set(stamped, { template, placeholder, value });
  return stamped;
}

/** The template a reply was stamped from, if it was. */
export function stampOf(reply: Reply): Stamp | undefined {
  return stamps.get(reply);
}

/** How often `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
