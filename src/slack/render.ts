// The Slack renderer: one neutral Reply becomes one or more Block Kit messages, each under every
// limit (50 blocks, 3000 per section, text budget) and each with a plain-text fallback.
import { encodeAction } from '../core/actions.ts';
import type { Reply, ReplyAction } from '../core/reply.ts';
import { deepFreeze } from '../core/reply-cache.ts';
import { occurrences, type Stamp, stampOf } from '../core/reply-stamp.ts';
import { clipText } from '../core/text/clip.ts';
import { escapeMrkdwn, inertPlainText } from './escape.ts';
import { slackLimits } from './limits.ts';
import { bodyBlocks, contextBlock, footerBlocks, type SlackBlock, titleBlocks } from './render-blocks.ts';

/** One Slack message: blocks plus the fallback text notifications and old clients show. */
export interface SlackMessage {
  /** Fallback text (escaped mrkdwn), always set. */
  text: string;
  /** Block Kit blocks, at most 50. */
  blocks: SlackBlock[];
}

/** action_id prefix of follow-up buttons and menus; the handler matches it. */
export const actionIdPattern = /^summit:(?:open|pick):\d+$/;
/** Up to this many follow-ups are buttons; more become a menu. */
const maxButtons = 10;

/** Renderings of shared (frozen) replies: the core hands out the same Reply object again and again. */
const rendered = new WeakMap<Reply, SlackMessage[]>();

/**
 * Renders a Reply as Slack messages, split (never cut) when it is too big for one. A frozen
 * (shared) reply is rendered once and its frozen messages returned again; callers must not mutate them.
 */
export function renderSlack(given: Reply): SlackMessage[] {
  const stamp = stampOf(given);
  if (stamp) {
    const stamped = withStamp(renderSlack(stamp.template), stamp);
    if (stamped) return stamped;
  }
  if (!Object.isFrozen(given)) return renderMessages(given);
  let messages = rendered.get(given);
  if (!messages) {
    messages = deepFreeze(renderMessages(given));
    rendered.set(given, messages);
  }
  return messages;
}

/** Where a template's placeholder sits: [message, block] of each context block holding it; null when it is anywhere else too. */
const stampSpots = new WeakMap<SlackMessage[], [number, number][] | null>();

function contextTexts(block: SlackBlock): string[] {
  return block.type === 'context' ? block.elements.map((e) => ('text' in e ? e.text : '')) : [];
}

function spotsOf(messages: SlackMessage[], placeholder: string): [number, number][] | null {
  if (stampSpots.has(messages)) return stampSpots.get(messages) ?? null;
  const spots: [number, number][] = [];
  let inContext = 0;
  messages.forEach((m, i) => {
    m.blocks.forEach((b, j) => {
      const n = contextTexts(b).reduce((sum, text) => sum + occurrences(text, placeholder), 0);
      if (n > 0) spots.push([i, j]);
      inContext += n;
    });
  });
  const found =
    spots.length > 0 && inContext === occurrences(JSON.stringify(messages), placeholder) ? spots : null;
  stampSpots.set(messages, found);
  return found;
}

/** The template's messages with the stamp in their context blocks (copies of only what changes); null when that cannot be done. */
function withStamp(messages: SlackMessage[], stamp: Stamp): SlackMessage[] | null {
  const spots = spotsOf(messages, stamp.placeholder);
  if (!spots) return null;
  const out = [...messages];
  for (const [i, j] of spots) {
    const message = out[i];
    const block = message?.blocks[j];
    if (!message || block?.type !== 'context') return null;
    const blocks = [...message.blocks];
    blocks[j] = {
      ...block,
      elements: block.elements.map((e) =>
        'text' in e && typeof e.text === 'string'
          ? { ...e, text: e.text.replaceAll(stamp.placeholder, stamp.value) }
          : e,
      ),
    } as SlackBlock;
    out[i] = { ...message, blocks };
  }
  return out;
}

function renderMessages(given: Reply): SlackMessage[] {
  // Slack refuses an empty header or fallback text, so a blank title becomes the bot's name.
  const reply = given.title.trim() ? given : { ...given, title: 'Summit' };
  const blocks = [...titleBlocks(reply), ...reply.blocks.flatMap(bodyBlocks)];
  if (reply.footer?.trim()) for (const block of footerBlocks(reply.footer.trim())) blocks.push(block);
  for (const block of actionBlocks(reply.actions ?? [])) blocks.push(block);
  const pages = packBlocks(blocks);
  const title = escapeMrkdwn(reply.title);
  return pages.map((page, i) => {
    if (pages.length === 1) return { text: title, blocks: page };
    const part = `Part ${i + 1} of ${pages.length}`;
    return { text: `${title} (${part.toLowerCase()})`, blocks: [...page, contextBlock(part)] };
  });
}

/** Follow-ups: a few buttons, or static menus when there are many. State lives in each value. */
export function actionBlocks(actions: ReplyAction[]): SlackBlock[] {
  const seen = new Set<string>();
  const encoded = actions.flatMap((action) => {
    const value = encodeAction(action);
    if (!value || seen.has(value)) return [];
    seen.add(value);
    return [{ label: buttonLabel(action.label), value }];
  });
  if (encoded.length === 0) return [];
  if (encoded.length <= maxButtons) {
    const elements = encoded.map(({ label, value }, i) => ({
      type: 'button' as const,
      action_id: `summit:open:${i}`,
      text: { type: 'plain_text' as const, text: label, emoji: true },
      value,
    }));
    return [{ type: 'actions', elements }];
  }
  const menus = [];
  for (let i = 0; i < encoded.length; i += slackLimits.selectOptions) {
    const options = encoded.slice(i, i + slackLimits.selectOptions).map(({ label, value }) => ({
      text: { type: 'plain_text' as const, text: label, emoji: true },
      value,
    }));
    const placeholder = i === 0 ? 'Open a part of the story' : 'More parts';
    menus.push({
      type: 'static_select' as const,
      action_id: `summit:pick:${menus.length}`,
      placeholder: { type: 'plain_text' as const, text: placeholder },
      options,
    });
  }
  const blocks: SlackBlock[] = [];
  for (let i = 0; i < menus.length; i += slackLimits.actionsElements) {
    blocks.push({ type: 'actions', elements: menus.slice(i, i + slackLimits.actionsElements) });
  }
  return blocks;
}

/** Button text, inert (no mention syntax), fits in 75 characters; a longer label visibly ends in an ellipsis. */
function buttonLabel(label: string): string {
  const clean = inertPlainText(label.replace(/\s+/g, ' ').trim() || 'Open');
  return clipText(clean, slackLimits.buttonText);
}

/** Size of a block as sent (its JSON), for the per-message budget; a little above its text length. */
export function blockChars(block: SlackBlock): number {
  return JSON.stringify(block).length;
}

/**
 * Packs blocks into pages of at most 49 blocks (one is kept for "Part i of n") and the message
 * text budget. A divider is not left at the edge of a page.
 */
export function packBlocks(blocks: SlackBlock[]): SlackBlock[][] {
  const pages: SlackBlock[][] = [];
  let page: SlackBlock[] = [];
  let chars = 0;
  for (const block of blocks) {
    const size = blockChars(block);
    const full =
      page.length >= slackLimits.blocksPerMessage - 1 || chars + size > slackLimits.messageBlockChars;
    if (full && page.length > 0) {
      while (page.at(-1)?.type === 'divider') page.pop();
      pages.push(page);
      page = [];
      chars = 0;
    }
    if (page.length === 0 && pages.length > 0 && block.type === 'divider') continue;
    page.push(block);
    chars += size;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
