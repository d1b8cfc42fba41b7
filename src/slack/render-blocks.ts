// Turns each part of the core's neutral Reply into Block Kit blocks that each fit Slack's limits
// (long texts become several sections). Every article or user text is escaped (mrkdwn) or made
// inert (plain_text) here.
import type { types } from '@slack/bolt';
import type { Reply, ReplyBlock } from '../core/reply.ts';
import { isWebUrl } from '../core/text/safe-url.ts';
import { splitText } from '../core/text/split.ts';
import { escapeMrkdwn, inertPlainText, mrkdwnLink } from './escape.ts';
import { slackLimits } from './limits.ts';

/** A Block Kit block, as the SDK types it. */
export type SlackBlock = types.KnownBlock;

const toneMark: Record<Reply['tone'], string> = {
  info: '',
  error: ':warning: ',
  success: ':white_check_mark: ',
};

/** Sections holding escaped mrkdwn, split so each text is at most 3000 characters. */
export function mrkdwnSections(escaped: string, prefix = ''): SlackBlock[] {
  const max = slackLimits.sectionText - prefix.length;
  return splitText(escaped, max).map((piece) => section(prefix + piece));
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/**
 * The title: a header when it fits in 150 characters, else a bold section (never cut); under it
 * the article's link, only when it is a web URL (a `javascript:` URL is no link).
 */
export function titleBlocks(reply: Reply): SlackBlock[] {
  const title = `${toneMark[reply.tone]}${reply.title}`;
  const header = inertPlainText(title);
  const blocks: SlackBlock[] =
    header.length <= slackLimits.headerText
      ? [{ type: 'header', text: { type: 'plain_text', text: header, emoji: true } }]
      : mrkdwnSections(`*${escapeMrkdwn(title)}*`);
  if (reply.url && isWebUrl(reply.url))
    blocks.push(contextBlock(mrkdwnLink(reply.url, new URL(reply.url).host)));
  return blocks;
}

/** A context block with one escaped line (split over elements if it is very long). */
export function contextBlock(mrkdwn: string): SlackBlock {
  const pieces = splitText(mrkdwn, slackLimits.contextText);
  return { type: 'context', elements: pieces.map((text) => ({ type: 'mrkdwn', text })) };
}

/** Small print: one or more context blocks holding the escaped footer. */
export function footerBlocks(footer: string): SlackBlock[] {
  const pieces = splitText(escapeMrkdwn(footer), slackLimits.contextText);
  const blocks: SlackBlock[] = [];
  // Few enough elements per block that one block stays inside a message's text budget.
  const perBlock = Math.min(
    slackLimits.contextElements,
    Math.floor(slackLimits.messageBlockChars / slackLimits.contextText) - 1,
  );
  for (let i = 0; i < pieces.length; i += perBlock) {
    const elements = pieces.slice(i, i + perBlock).map((text) => ({ type: 'mrkdwn' as const, text }));
    blocks.push({ type: 'context', elements });
  }
  return blocks;
}

/** The blocks for one body part of a Reply. */
export function bodyBlocks(block: ReplyBlock): SlackBlock[] {
  switch (block.kind) {
    case 'text':
      return block.text.trim() ? mrkdwnSections(escapeMrkdwn(block.text)) : [];
    case 'heading':
      return block.url && isWebUrl(block.url)
        ? mrkdwnSections(`*${mrkdwnLink(block.url, block.text)}*`)
        : mrkdwnSections(`*${escapeMrkdwn(block.text)}*`);
    case 'bullets':
      return bulletBlocks(block.items);
    case 'quote':
      return quoteBlocks(block.text, block.speaker, block.section);
    case 'fields':
      return fieldBlocks(block.fields);
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** Bullet lines packed into as few sections as fit, an item never split unless it alone is too long. */
function bulletBlocks(items: string[]): SlackBlock[] {
  const lines = items.filter((item) => item.trim()).map((item) => `• ${escapeMrkdwn(item.trim())}`);
  const blocks: SlackBlock[] = [];
  let current = '';
  for (const line of lines) {
    const joined = current ? `${current}\n${line}` : line;
    if (joined.length <= slackLimits.sectionText) {
      current = joined;
      continue;
    }
    if (current) blocks.push(section(current));
    current = '';
    if (line.length <= slackLimits.sectionText) current = line;
    else for (const block of mrkdwnSections(line)) blocks.push(block);
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** A quotation as a Slack block quote, the speaker (and section) on the quote's last line. */
export function quoteBlocks(text: string, speaker: string | null, sectionName: string | null): SlackBlock[] {
  const who = speaker ? `*${escapeMrkdwn(speaker)}*` : '_Unattributed_';
  const where = sectionName ? ` · _${escapeMrkdwn(sectionName)}_` : '';
  const attribution = `>— ${who}${where}`;
  const quoted = `“${escapeMrkdwn(text.trim())}”`.replace(/\n+/g, ' ');
  if (attribution.length > slackLimits.sectionText / 2) {
    // A very long speaker or section name gets sections of its own instead of sharing the quote's.
    const lines = splitText(quoted, slackLimits.sectionText - 1).map((piece) => section(`>${piece}`));
    return [...lines, ...mrkdwnSections(attribution.slice(1).replace(/\n+/g, ' '), '>')];
  }
  const room = slackLimits.sectionText - attribution.length - 2;
  const pieces = splitText(quoted, room);
  return pieces.map((piece, i) =>
    section(i === pieces.length - 1 ? `>${piece}\n${attribution}` : `>${piece}`),
  );
}

/** Name/value pairs as section fields (10 per section); a value too long for a field becomes text. */
function fieldBlocks(fields: { name: string; value: string }[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let batch: { type: 'mrkdwn'; text: string }[] = [];
  const flush = () => {
    if (batch.length) blocks.push({ type: 'section', fields: batch });
    batch = [];
  };
  for (const field of fields) {
    const value = escapeMrkdwn(field.value.trim());
    const text = value ? `*${escapeMrkdwn(field.name)}*\n${value}` : `*${escapeMrkdwn(field.name)}*`;
    if (text.length > slackLimits.fieldText) {
      flush();
      for (const block of mrkdwnSections(text)) blocks.push(block);
      continue;
    }
    batch.push({ type: 'mrkdwn', text });
    if (batch.length === slackLimits.fieldsPerSection) flush();
  }
  flush();
  return blocks;
}
