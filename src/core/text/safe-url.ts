// Only web addresses become links on any platform: front matter and article text come from
// strangers, and a `javascript:` or `data:` URL, or one that does not parse, must stay plain text.

/**
 * True only for an absolute http: or https: URL with a host and no control characters (a plain
 * space is allowed: renderers percent-encode it).
 */
export function isWebUrl(url: string): boolean {
  if (!/^https?:\/\//i.test(url) || hasControlOrOddSpace(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Control characters and spaces other than U+0020: URL parsing silently drops some of them. */
function hasControlOrOddSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return /[^\S ]/.test(text);
}
