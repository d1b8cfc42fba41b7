// Article front matter and, later, feeds bring URLs from strangers. Only web URLs may become links
// on any platform: a `javascript:` or `data:` URL is shown as text or not at all, never linked.

/** True when `url` parses as an absolute `http:` or `https:` URL with a host. */
export function isWebUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '';
}
