import { describe, expect, it } from 'vitest';
import { safeCut, splitText } from '../../../src/core/text/split.ts';

const joined = (pieces: string[]) => pieces.join(' ').replace(/\s+/g, ' ');

describe('splitText', () => {
  it('split: prefers a line break, then a sentence end, then a space; nothing is lost', () => {
    const text = `${'First line of text.'.repeat(3)}\nSecond line. Third sentence here and more words follow on.`;
    const pieces = splitText(text, 70);
    expect(pieces.every((p) => p.length <= 70)).toBe(true);
    expect(pieces[0]?.endsWith('text.')).toBe(true);
    expect(joined(pieces)).toBe(text.replace(/\s+/g, ' '));
  });

  it('split: a hard cut never falls inside a surrogate pair, an entity or a mention', () => {
    const emoji = `${'c'.repeat(99)}😀${'d'.repeat(5)}`;
    const parts = splitText(emoji, 100);
    expect(parts.join('')).toBe(emoji);
    expect(parts.every((p) => p.length <= 100 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
    const entity = `${'a'.repeat(97)}&amp;${'b'.repeat(10)}`;
    expect(splitText(entity, 100)[0]).toBe('a'.repeat(97));
    const mention = `${'a'.repeat(95)}<@U123456>${'b'.repeat(10)}`;
    expect(splitText(mention, 100)[0]).toBe('a'.repeat(95));
    expect(splitText(mention, 100).join('')).toBe(mention);
  });

  it('split: a cut inside a token longer than the limit still makes progress', () => {
    const link = `<https://example.com/${'x'.repeat(300)}>`;
    const pieces = splitText(link, 100);
    expect(pieces.join('')).toBe(link);
    expect(safeCut(link, 100)).toBe(100);
  });
});
