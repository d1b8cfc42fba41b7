import { describe, expect, it } from 'vitest';
import { clipText } from '../../../src/core/text/clip.ts';
import { excerptOf } from '../../../src/core/text/excerpt.ts';
import { closestNames, suggestionLine } from '../../../src/core/text/suggest.ts';

describe('excerpts, clipping and suggestions', () => {
  it('clip: cuts at a late space, ends with …, never splits a surrogate pair', () => {
    expect(clipText('short', 10)).toBe('short');
    expect(clipText('the harbour festival opened', 16)).toBe('the harbour…');
    expect(clipText('abcdefghijklmnop', 8)).toBe('abcdefg…');
    const emoji = `${'a'.repeat(6)}😀😀`;
    const clipped = clipText(emoji, 8);
    expect(clipped).toBe('aaaaaa…');
    expect(clipped.length).toBeLessThanOrEqual(8);
  });

  it('excerpt: control characters and line breaks are dropped, length is at most 60, a megabyte costs nothing', () => {
    expect(excerptOf('a\u0000b\r\nc\u202Ed')).toBe('a b c d');
    const huge = excerptOf('word '.repeat(200_000));
    expect(huge.length).toBeLessThanOrEqual(60);
    expect(huge.endsWith('…')).toBe(true);
    expect(excerptOf(`${'\u0007'.repeat(1000)}x`)).toBe('…');
  });

  it('suggest: the closest names first, by substring then edits; a short list is kept whole and in order', () => {
    const names = ['economy', 'security', 'culture', 'economic ties', 'sports', 'weather'];
    expect(closestNames('econ', names, 2)).toEqual(['economy', 'economic ties']);
    expect(closestNames('secuirty', names, 1)).toEqual(['security']);
    expect(suggestionLine('Try', 'x', names.slice(0, 3), '/summit summary')).toBe(
      'Try: economy, security, culture.',
    );
    expect(suggestionLine('Try', 'wether', names, '/summit summary')).toMatch(
      /^Try: weather, .+ and 1 more \(\/summit summary lists them all\)\.$/,
    );
  });
});
