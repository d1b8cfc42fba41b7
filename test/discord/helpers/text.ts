// Reading rendered Discord messages back as plain text, so tests can compare what a reader sees
// with the source text (markdown escapes, zero-width spaces and layout marks removed).
import type { DiscordMessage } from '../../../src/discord/render.ts';

/** Removes markdown escapes, zero-width spaces, bold marks, quote and bullet prefixes. */
export function plainOf(markdown: string): string {
  return markdown
    .replaceAll('\u200b', '')
    .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, '$1')
    .replace(/\\([\\*_~`|>#\-[\]().!])/g, '$1')
    .replace(/^> (— )?/gm, '')
    .replace(/^• /gm, '');
}

/** Every visible text of a message payload (raw API JSON), as plain text in reading order. */
export function messageText(message: Partial<DiscordMessage> & { content?: string }): string {
  // Titles and footers are plain text on Discord; content, descriptions and fields are markdown.
  const parts: string[] = [];
  if (message.content) parts.push(plainOf(message.content));
  for (const embed of message.embeds ?? []) {
    if (embed.title) parts.push(embed.title.replaceAll('\u200b', ''));
    if (embed.description) parts.push(plainOf(embed.description));
    for (const field of embed.fields ?? []) parts.push(plainOf(field.name), plainOf(field.value));
    if (embed.footer?.text) parts.push(embed.footer.text.replaceAll('\u200b', ''));
  }
  return parts.join('\n');
}
