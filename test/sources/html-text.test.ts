// HTML to story text: whatever the markup, no script, style, embed, image URL or tag reaches the
// text; headings h1-h3 start sections; <br><br> splits paragraphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, htmlToText } from '../../src/sources/html-text.ts';

const pieces = fc.constantFrom(
  'Plain words here. ',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<h2>Heading two</h2>',
  '<h3>Heading three</h3>',
  '<br>',
  '<b>bold</b> ',
  '<a href="javascript:SECRET()">a link</a> ',
  '<script>SECRET()</script>',
  '<style>p{content:"SECRET"}</style>',
  '<img src="https://track.test/SECRET.gif" width="1" height="1">',
  '<iframe src="https://x.test/SECRET"></iframe>',
  '<noscript><img src="SECRET"></noscript>',
  '<svg><text>SECRET</text></svg>',
  '<form><input value="SECRET"></form>',
  '<!-- SECRET -->',
  '<ul><li>item one</li><li>item two</li></ul>',
  '</body><p>after body</p>',
);

describe('htmlToBlocks', () => {
  it('html: no script, style, embed, image, form or comment content and no tag ever reaches the text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = JSON.stringify(htmlToBlocks(parts.join('')));
        expect(text).not.toMatch(/SECRET|<|>/);
      }),
      { numRuns: 300 },
    );
  });

  it('html: h1-h3 start sections, h4 and lists stay text, <br><br> splits a paragraph', () => {
    const blocks = htmlToBlocks(
      '<p>Lead one.<br><br>Lead two.</p><h2>Part A</h2><p>A text.</p><h4>Minor</h4><ul><li>Point.</li></ul><h3>Part B</h3><p>B text.</p>',
    );
    expect(blocks).toEqual([
      { heading: null, paragraphs: ['Lead one.', 'Lead two.'] },
      { heading: 'Part A', paragraphs: ['A text.', 'Minor', 'Point.'] },
      { heading: 'Part B', paragraphs: ['B text.'] },
    ]);
  });

  it('html: entities become characters and a title keeps its words only', () => {
    expect(htmlToText('Fish &amp; chips <em>again</em>&nbsp;&#8211; “fresh”')).toBe(
      'Fish & chips again – “fresh”',
    );
  });
});
