// Bytes to text with the right character set: no feed parser detects encodings, so we do, in the
// order a browser trusts them: a byte-order mark, the Content-Type charset, the XML prolog's
// `encoding=`, an HTML `<meta charset>`, else UTF-8. Unknown names fall back to UTF-8, and
// windows-1252 is finished by hand (Node 20 decodes it as Latin-1).

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
  const text = decoder.decode(body);
  return { text: decoder.encoding === 'windows-1252' ? fixC1(text) : text, encoding: decoder.encoding };
}

/** windows-1252's characters at 0x80-0x9F, in byte order (a C1 control where the code page has none). */
const cp1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder decodes windows-1252 (and the ISO-8859-1 label, which means it) as plain
 * Latin-1, leaving bytes 0x80-0x9F as C1 controls: “ becomes U+0093. Map them to the code page.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
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
