import { describe, expect, it } from 'vitest';
import { wellFormed, wellFormedOptions } from '../../../src/core/text/well-formed.ts';

describe('well-formed text', () => {
  it('replaces a high or low half of a surrogate pair standing alone, and keeps whole pairs', () => {
    expect(wellFormed('ports 𐀀𐀀\uD800')).toBe('ports 𐀀𐀀\uFFFD');
    expect(wellFormed('\uDC00 and \uD800x')).toBe('\uFFFD and \uFFFDx');
    expect(wellFormed('Gyeongju 🇰🇷 summit')).toBe('Gyeongju 🇰🇷 summit');
  });

  it('mends text options and leaves numbers, booleans and absent options alone', () => {
    expect(wellFormedOptions({ words: 'a\uD800', count: 3, public: true, article: undefined })).toEqual({
      words: 'a\uFFFD',
      count: 3,
      public: true,
      article: undefined,
    });
  });
});
