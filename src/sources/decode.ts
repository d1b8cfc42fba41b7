// Bytes to text with the right character set: no feed parser detects encodings, so we do, in the
// order a browser trusts them: a byte-order mark, the Content-Type charset, the XML prolog's
// `encoding=`, an HTML `<meta charset>`, else UTF-8. Unknown names fall back to UTF-8.

/** The decoded text and the encoding that was used. */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decodes `body` using what the bytes and the Content-Type header say about their encoding. */
export function decodeBody(body: Uint8Array, contentType = ''): DecodedText {
  const label = bomEncoding(body) ?? headerCharset(contentType) ?? declaredCharset(body) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { text: decoder.decode(body), encoding: decoder.encoding };
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

function headerCharset(contentType: string): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

/** The encoding named in the XML prolog or an HTML meta tag within the first 4 KB. */
function declaredCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, 4096)).toString('latin1');
  const prolog = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (prolog?.[1]) return prolog[1];
  return /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
}
