// Independent checks of what a renderer produced: every Discord and Slack limit the house rules
// list, live mentions anywhere in the output, lone surrogates, and "nothing was dropped".
import type { Reply } from '../../../src/core/reply.ts';
import type { DiscordMessage } from '../../../src/discord/render.ts';
import type { SlackMessage } from '../../../src/slack/render.ts';

type Json = Record<string, unknown>;

/** Discord forms that notify someone: @everyone/@here anywhere, user and role mentions. */
const discordPing = /@(?:everyone|here)|<@[!&]?\d+>/i;
/** Slack mrkdwn forms that notify someone: <@U…>, <!here>, <!channel>, <!everyone>, <!subteam^…>, and channel links. */
const slackPing = /<[@!#]/;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/** Every string inside a value, with the key it sits under. */
export function stringsOf(value: unknown, key = ''): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, k));
  return [];
}

/** Limit breaches, pings and broken characters in rendered Discord messages ([] when all is well). */
export function discordProblems(messages: DiscordMessage[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  messages.forEach((message, m) => {
    const at = `message ${m}`;
    if (message.embeds.length < 1 || message.embeds.length > 10)
      problems.push(`${at}: ${message.embeds.length} embeds`);
    let total = 0;
    message.embeds.forEach((embed, e) => {
      const where = `${at} embed ${e}`;
      if (len(embed.title) > 256) problems.push(`${where}: title ${len(embed.title)}`);
      if (len(embed.description) > 4096) problems.push(`${where}: description ${len(embed.description)}`);
      if (len(embed.footer?.text) > 2048) problems.push(`${where}: footer ${len(embed.footer?.text)}`);
      const fields = embed.fields ?? [];
      if (fields.length > 25) problems.push(`${where}: ${fields.length} fields`);
      for (const f of fields) {
        if (f.name.length < 1 || f.name.length > 256) problems.push(`${where}: field name ${f.name.length}`);
        if (f.value.length < 1 || f.value.length > 1024)
          problems.push(`${where}: field value ${f.value.length}`);
      }
      const size =
        len(embed.title) +
        len(embed.description) +
        len(embed.footer?.text) +
        len(embed.author?.name) +
        fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
      if (size === 0) problems.push(`${where}: empty embed`);
      total += size;
    });
    if (total > 6000) problems.push(`${at}: ${total} characters over its embeds`);
    if (message.components.length > 5) problems.push(`${at}: ${message.components.length} action rows`);
    for (const row of message.components) {
      const children = row.components as unknown as Json[];
      if (children.length < 1 || children.length > 5) problems.push(`${at}: a row of ${children.length}`);
      for (const c of children) {
        if (len(c.custom_id) < 1 || len(c.custom_id) > 100)
          problems.push(`${at}: custom_id ${len(c.custom_id)}`);
        if (c.label !== undefined && (len(c.label) < 1 || len(c.label) > 80))
          problems.push(`${at}: label ${len(c.label)}`);
        const options = (c.options ?? []) as Json[];
        if (c.type === 3 && (options.length < 1 || options.length > 25))
          problems.push(`${at}: ${options.length} options`);
        for (const o of options) {
          if (len(o.label) < 1 || len(o.label) > 100) problems.push(`${at}: option label ${len(o.label)}`);
          if (len(o.value) < 1 || len(o.value) > 100) problems.push(`${at}: option value ${len(o.value)}`);
        }
      }
    }
    for (const { key, text } of stringsOf(message)) {
      if (key === 'url' || key === 'custom_id' || key === 'value') continue;
      if (discordPing.test(text))
        problems.push(`${at}: live mention in ${key}: ${JSON.stringify(text.slice(0, 80))}`);
      if (loneSurrogate.test(text)) problems.push(`${at}: lone surrogate in ${key}`);
    }
  });
  return problems;
}

function textObject(obj: unknown, max: number, where: string, problems: string[], plain = false): void {
  const t = obj as Json | undefined;
  if (!t || (t.type !== 'plain_text' && (plain || t.type !== 'mrkdwn'))) {
    problems.push(`${where}: not a text object`);
    return;
  }
  if (len(t.text) < 1 || len(t.text) > max) problems.push(`${where}: text ${len(t.text)} (1..${max})`);
}

/** Limit breaches, pings and broken characters in rendered Slack messages ([] when all is well). */
export function slackProblems(messages: SlackMessage[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  messages.forEach((message, m) => {
    const at = `message ${m}`;
    if (message.text.trim().length < 1 || message.text.length > 40_000)
      problems.push(`${at}: fallback text ${message.text.length}`);
    if (message.blocks.length > 50) problems.push(`${at}: ${message.blocks.length} blocks`);
    if (JSON.stringify(message.blocks).length > 13_200) problems.push(`${at}: blocks JSON too long`);
    const ids = new Set<string>();
    (message.blocks as unknown as Json[]).forEach((block, b) => {
      const where = `${at} block ${b} (${String(block.type)})`;
      if (block.type === 'header') textObject(block.text, 150, where, problems, true);
      else if (block.type === 'section') {
        if (block.text === undefined && block.fields === undefined) problems.push(`${where}: empty`);
        if (block.text !== undefined) textObject(block.text, 3000, where, problems);
        const fields = (block.fields ?? []) as Json[];
        if (block.fields !== undefined && (fields.length < 1 || fields.length > 10))
          problems.push(`${where}: ${fields.length} fields`);
        for (const f of fields) textObject(f, 2000, `${where} field`, problems);
      } else if (block.type === 'context') {
        const elements = (block.elements ?? []) as Json[];
        if (elements.length < 1 || elements.length > 10)
          problems.push(`${where}: ${elements.length} elements`);
        for (const el of elements) textObject(el, 3000, `${where} element`, problems);
      } else if (block.type === 'actions') {
        const elements = (block.elements ?? []) as Json[];
        if (elements.length < 1 || elements.length > 25)
          problems.push(`${where}: ${elements.length} elements`);
        for (const el of elements) {
          const id = String(el.action_id ?? '');
          if (id.length < 1 || id.length > 255 || ids.has(id)) problems.push(`${where}: action_id ${id}`);
          ids.add(id);
          if (el.type === 'button') {
            textObject(el.text, 75, `${where} button`, problems, true);
            if (len(el.value) > 2000) problems.push(`${where}: button value ${len(el.value)}`);
          } else {
            const options = (el.options ?? []) as Json[];
            if (options.length < 1 || options.length > 100)
              problems.push(`${where}: ${options.length} options`);
            for (const o of options) {
              textObject(o.text, 75, `${where} option`, problems, true);
              if (len(o.value) < 1 || len(o.value) > 150)
                problems.push(`${where}: option value ${len(o.value)}`);
            }
          }
        }
      } else if (block.type !== 'divider') problems.push(`${where}: unknown block type`);
    });
    const mrkdwn = [message.text, ...mrkdwnTexts(message.blocks)];
    for (const text of mrkdwn) {
      if (slackPing.test(text)) problems.push(`${at}: live mention in ${JSON.stringify(text.slice(0, 80))}`);
    }
    for (const { key, text } of stringsOf(message)) {
      if (loneSurrogate.test(text)) problems.push(`${at}: lone surrogate in ${key}`);
    }
  });
  return problems;
}

/** The text of every mrkdwn object in some blocks (Slack parses mentions only there). */
function mrkdwnTexts(blocks: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o.text);
      for (const x of Object.values(o)) walk(x);
    }
  };
  walk(blocks);
  return out;
}

/** Characters that carry meaning: whitespace, escapes, zero-width spaces and cut marks removed. */
export function meaningful(text: string): string {
  return text.replace(/[\s\u200b\\…]/g, '');
}

/** The content a reader must find somewhere in any rendering, in order: title, body, footer. */
export function contentOf(reply: Reply): string {
  const parts = [reply.title];
  for (const b of reply.blocks) {
    if (b.kind === 'text' || b.kind === 'heading') parts.push(b.text);
    if (b.kind === 'bullets') parts.push(...b.items);
    if (b.kind === 'quote') parts.push(b.text, b.speaker ?? '', b.section ?? '');
    if (b.kind === 'fields') parts.push(...b.fields.flatMap((f) => [f.name, f.value]));
  }
  parts.push(reply.footer ?? '');
  return meaningful(parts.join(''));
}

/** Visible Discord text in reading order (titles, descriptions, fields, footers). */
export function discordVisible(messages: DiscordMessage[]): string {
  const parts: string[] = [];
  for (const m of messages)
    for (const e of m.embeds) {
      parts.push(e.title ?? '', e.description ?? '');
      for (const f of e.fields ?? []) parts.push(f.name, f.value);
      parts.push(e.footer?.text ?? '');
    }
  return meaningful(parts.join(''));
}

/** Visible Slack text in reading order (mrkdwn unescaped, plain_text as is), buttons and menus left out. */
export function slackVisible(messages: SlackMessage[]): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Json;
      if (o.type === 'actions') return;
      if (o.type === 'mrkdwn' && typeof o.text === 'string')
        parts.push(o.text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
      else if (o.type === 'plain_text' && typeof o.text === 'string') parts.push(o.text);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  for (const m of messages) walk(m.blocks);
  return meaningful(parts.join(''));
}

/** Index of the first character of `needle` (in order) that `hay` does not contain; -1 when all are there. */
export function missingFrom(needle: string, hay: string): number {
  let at = 0;
  for (let i = 0; i < needle.length; i++) {
    at = hay.indexOf(needle[i] as string, at);
    if (at < 0) return i;
    at += 1;
  }
  return -1;
}
