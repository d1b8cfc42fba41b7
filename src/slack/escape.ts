// Slack reads `<...>` in mrkdwn as mentions, links and broadcasts (`<!channel>`), so every piece of
// article or user text is escaped before it reaches a message; incoming command text is unescaped.

/** Escapes `&`, `<` and `>` so Slack mrkdwn shows the text literally and can never ping anyone. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes Slack's escaping of command text (`&amp;` `&lt;` `&gt;`), so `R&amp;D` is searched as `R&D`. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A link in mrkdwn (`<url|label>`), with the label escaped and the URL unable to break out of it. */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = escapeMrkdwn(url).replace(/\|/g, '%7C');
  return `<${safeUrl}|${escapeMrkdwn(label)}>`;
}
