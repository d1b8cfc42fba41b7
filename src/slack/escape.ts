// Slack reads `<...>` as mentions, links and broadcasts (`<!channel>`), so every piece of article or
// user text is made inert before it reaches a message: escaped in mrkdwn, broken up in plain_text
// (headers, buttons), and a link's URL percent-encoded; incoming command text is unescaped.

/** Escapes `&`, `<` and `>` so Slack mrkdwn shows the text literally and can never ping anyone. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Word joiner: invisible, so `<\u2060!channel>` reads as `<!channel>` but is no mention syntax. */
const wordJoiner = '\u2060';

/**
 * Makes plain_text (a header, a button or option label) inert: Slack shows plain_text as written,
 * so entities would show literally; instead every `<` is followed by an invisible word joiner,
 * which keeps the text readable while `<!channel>`, `<@U…>` and `<http…|…>` stop being syntax.
 */
export function inertPlainText(text: string): string {
  return text.replace(/</g, `<${wordJoiner}`);
}

/** Undoes Slack's escaping of command text (`&amp;` `&lt;` `&gt;`), so `R&amp;D` is searched as `R&D`. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A link in mrkdwn (`<url|label>`), the label escaped. The URL must already be a web URL
 * (isWebUrl); `<`, `>`, `|` and whitespace in it are percent-encoded so it cannot end the link early.
 */
export function mrkdwnLink(url: string, label: string): string {
  const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safeUrl}|${escapeMrkdwn(label)}>`;
}
