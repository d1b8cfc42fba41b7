// Reading rendered Discord messages back as plain text, so tests can compare what a reader sees
// with the source text (markdown escapes, zero-width spaces and layout marks removed).
import type { DiscordMessage } from '../../../src/discord/render.ts';

/** Removes markdown escapes, zero-width spaces, bold marks, quote and bullet prefixes. */
export function plainOf(markdown: string): string {
  return markdown
    .replaceAll('\u200b', '')
    .replace(/\\([\\*_~`|>#\-[\]().!])/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^> (— )?/gm, '')
    .replace(/^• /gm, '');
}

/** Every visible text of a message payload (raw API JSON), as plain text in reading order. */
export function messageText(message: Partial<DiscordMessage> & { content?: string }): string {
  const parts: string[] = [];
  if (message.content) parts.push(message.content);
  for (const embed of message.embeds ?? []) {
    if (embed.title) parts.push(embed.title);
    if (embed.description) parts.push(embed.description);
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    if (embed.footer?.text) parts.push(embed.footer.text);
  }
  return plainOf(parts.join('\n'));
}
