// Character sets: a byte-order mark, then the header, the XML prolog, an HTML meta tag, else UTF-8.
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/sources/decode.ts';

const cp1252 = (s: string) => Buffer.from(s, 'latin1');

describe('decodeBody', () => {
  it('decode: windows-1252 punctuation (bytes 0x80-0x9F) becomes the code page’s characters, not controls', () => {
    const body = Buffer.concat([
      cp1252('<?xml version="1.0" encoding="windows-1252"?><t>'),
      Buffer.from([0x93, 0x80, 0x96, 0x85, 0x94, 0xe9]),
      cp1252('</t>'),
    ]);
    expect(decodeBody(body).text).toContain('<t>“€–…”é</t>');
  });

  it('decode: the header charset wins over the prolog, a BOM over both', () => {
    const latin = Buffer.concat([
      cp1252('<?xml version="1.0" encoding="utf-8"?><t>'),
      Buffer.from([0xe9]),
      cp1252('</t>'),
    ]);
    expect(decodeBody(latin, 'text/xml; charset=ISO-8859-1').text).toContain('<t>é</t>');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<t>é</t>', 'utf8')]);
    expect(decodeBody(bom, 'text/xml; charset=ISO-8859-1')).toMatchObject({
      text: '<t>é</t>',
      encoding: 'utf-8',
    });
  });

  it('decode: an HTML meta charset is read; an unknown charset name falls back to UTF-8', () => {
    const html = Buffer.concat([
      cp1252('<html><head><meta charset="windows-1252"></head><p>'),
      Buffer.from([0x92]),
      cp1252('</p>'),
    ]);
    expect(decodeBody(html).text).toContain('<p>’</p>');
    expect(decodeBody(Buffer.from('é', 'utf8'), 'text/html; charset=x-made-up')).toMatchObject({
      text: 'é',
      encoding: 'utf-8',
    });
  });
});
