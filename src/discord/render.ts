// The Discord renderer: a neutral Reply becomes one or more messages of embeds that respect
// every limit (description 4096, 25 fields, 10 embeds and 6000 characters per message). Long
// answers continue in further messages titled "(continued 2/3)"; nothing is dropped.
import type { APIEmbed } from 'discord.js';
import type { Reply } from '../core/reply.ts';
import { deepFreeze } from '../core/reply-cache.ts';
import { occurrences, type Stamp, stampOf } from '../core/reply-stamp.ts';
import { clipText } from '../core/text/clip.ts';
import { isWebUrl } from '../core/text/safe-url.ts';
import type { Logger } from '../logger.ts';
import { type ActionRow, actionRows } from './components.ts';
import { plainText } from './escape.ts';
import { blockUnits, heading, paragraph, type Unit } from './units.ts';

/** One message of a rendered reply. */
export interface DiscordMessage {
  /** 1-10 embeds, at most 6000 characters together. */
  embeds: APIEmbed[];
  /** Buttons or menus (only on the last message). */
  components: ActionRow[];
}

/** Embed colour by tone. */
export const toneColours: Record<Reply['tone'], number> = {
  info: 0x5865f2,
  error: 0xed4245,
  success: 0x57f287,
};

const maxDescription = 4096;
const maxFields = 25;
const maxEmbeds = 10;
const maxMessageSize = 6000;
const maxTitle = 256;
const maxFooter = 2048;
const maxUrl = 2048;

/** Title of the first embed of message `part` of `total`. */
export function continuedTitle(title: string, part: number, total: number): string {
  const marker = ` (continued ${part}/${total})`;
  return `${clipText(plainText(title), maxTitle - marker.length)}${marker}`;
}

class Packer {
  readonly messages: APIEmbed[][] = [];
  private embed: APIEmbed | null = null;
  private used = 0;

  constructor(
    private readonly colour: number,
    private readonly reserve: number,
  ) {}

  private get current(): APIEmbed[] {
    return this.messages[this.messages.length - 1] ?? [];
  }

  start(first: APIEmbed): void {
    this.messages.push([first]);
    this.embed = first;
    this.used = (first.title?.length ?? 0) + (first.description?.length ?? 0);
  }

  private open(size: number): APIEmbed {
    if (
      this.messages.length === 0 ||
      this.current.length === maxEmbeds ||
      this.used + size > maxMessageSize
    ) {
      this.messages.push([]);
      this.used = this.reserve;
    }
    const embed: APIEmbed = { color: this.colour };
    this.current.push(embed);
    this.embed = embed;
    return embed;
  }

  text(unit: Extract<Unit, { kind: 'text' }>, next: Unit | undefined): void {
    let ahead = unit.keepWithNext && next?.kind === 'text' ? next.separator.length + next.text.length : 0;
    if (unit.text.length + ahead > maxDescription || this.reserve + unit.text.length + ahead > maxMessageSize)
      ahead = 0;
    const desc = this.embed?.description ?? '';
    const sep = desc ? unit.separator : '';
    const grow = sep.length + unit.text.length;
    const fits =
      this.embed !== null &&
      !this.embed.fields?.length &&
      desc.length + grow + ahead <= maxDescription &&
      this.used + grow + ahead <= maxMessageSize;
    const embed = fits && this.embed ? this.embed : this.open(unit.text.length + ahead);
    const join = embed.description ? unit.separator : '';
    embed.description = `${embed.description ?? ''}${join}${unit.text}`;
    this.used += join.length + unit.text.length;
  }

  field(unit: Extract<Unit, { kind: 'field' }>): void {
    const size = unit.name.length + unit.value.length;
    const fits =
      this.embed !== null &&
      (this.embed.fields?.length ?? 0) < maxFields &&
      this.used + size <= maxMessageSize;
    const embed = fits && this.embed ? this.embed : this.open(size);
    embed.fields = [...(embed.fields ?? []), { name: unit.name, value: unit.value }];
    this.used += size;
  }

  breakEmbed(): void {
    this.embed = null;
  }

  footer(text: string): void {
    const embed =
      this.embed && !this.embed.footer && this.used + text.length <= maxMessageSize
        ? this.embed
        : this.open(text.length);
    embed.footer = { text };
    this.used += text.length;
  }
}

/** Renderings of shared (frozen) replies: the core hands out the same Reply object again and again. */
const rendered = new WeakMap<Reply, DiscordMessage[]>();

/**
 * Renders a Reply as Discord messages (usually one; more when the answer is long). A frozen
 * (shared) reply is rendered once and its frozen messages returned again; callers must not mutate them.
 */
export function renderReply(reply: Reply, logger?: Pick<Logger, 'warn'>): DiscordMessage[] {
  const stamp = stampOf(reply);
  if (stamp) {
    const stamped = withStamp(renderReply(stamp.template, logger), stamp);
    if (stamped) return stamped;
  }
  if (!Object.isFrozen(reply)) return renderMessages(reply, logger);
  let messages = rendered.get(reply);
  if (!messages) {
    messages = deepFreeze(renderMessages(reply, logger));
    rendered.set(reply, messages);
  }
  return messages;
}

/** Where a template's placeholder sits: [message, embed] of each footer holding it; null when it is anywhere else too. */
const stampSpots = new WeakMap<DiscordMessage[], [number, number][] | null>();

function spotsOf(messages: DiscordMessage[], placeholder: string): [number, number][] | null {
  if (stampSpots.has(messages)) return stampSpots.get(messages) ?? null;
  const spots: [number, number][] = [];
  let inFooters = 0;
  messages.forEach((m, i) => {
    m.embeds.forEach((e, j) => {
      const n = occurrences(e.footer?.text ?? '', placeholder);
      if (n > 0) spots.push([i, j]);
      inFooters += n;
    });
  });
  const found =
    spots.length > 0 && inFooters === occurrences(JSON.stringify(messages), placeholder) ? spots : null;
  stampSpots.set(messages, found);
  return found;
}

/** The template's messages with the stamp in their footers (copies of only what changes); null when that cannot be done. */
function withStamp(messages: DiscordMessage[], stamp: Stamp): DiscordMessage[] | null {
  const spots = spotsOf(messages, stamp.placeholder);
  if (!spots) return null;
  const out = [...messages];
  for (const [i, j] of spots) {
    const message = out[i];
    const embed = message?.embeds[j];
    if (!message || !embed?.footer) return null;
    const embeds = [...message.embeds];
    embeds[j] = {
      ...embed,
      footer: { ...embed.footer, text: embed.footer.text.replaceAll(stamp.placeholder, stamp.value) },
    };
    out[i] = { ...message, embeds };
  }
  return out;
}

function renderMessages(reply: Reply, logger?: Pick<Logger, 'warn'>): DiscordMessage[] {
  const title = plainText(reply.title.trim() || 'Summit');
  const footer = reply.footer?.trim() ? plainText(reply.footer.trim()) : '';
  const units: Unit[] = [];
  if (title.length > maxTitle) for (const unit of heading(reply.title)) units.push(unit);
  for (const unit of blockUnits(reply.blocks)) units.push(unit);
  if (footer.length > maxFooter) for (const unit of paragraph(reply.footer ?? '', '\n\n')) units.push(unit);

  const colour = toneColours[reply.tone];
  const packer = new Packer(colour, continuedTitle(title, 9999, 9999).length);
  const first: APIEmbed = { color: colour, title: clipText(title, maxTitle) };
  if (reply.url && isWebUrl(reply.url) && reply.url.length <= maxUrl)
    first.url = reply.url.replace(/ /g, '%20');
  packer.start(first);
  units.forEach((unit, i) => {
    if (unit.kind === 'text') packer.text(unit, units[i + 1]);
    else if (unit.kind === 'field') packer.field(unit);
    else packer.breakEmbed();
  });
  if (footer && footer.length <= maxFooter) packer.footer(footer);

  const total = packer.messages.length;
  const { rows, dropped } = actionRows(reply.actions);
  if (dropped.length > 0)
    logger?.warn({ dropped: dropped.map((a) => a.label) }, 'discord: actions left without a button');
  return packer.messages.map((embeds, i) => {
    const [head] = embeds;
    if (i > 0 && head) head.title = continuedTitle(title, i + 1, total);
    return { embeds, components: i === total - 1 ? rows : [] };
  });
}
