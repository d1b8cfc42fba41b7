import { describe, expect, it } from 'vitest';
import { isWebUrl } from '../../../src/core/text/safe-url.ts';

describe('isWebUrl', () => {
  it('only absolute http: and https: URLs with a host are web URLs', () => {
    for (const url of ['https://news.example.org/a?b=1', 'http://x.test', 'HTTPS://EX.COM/a|b'])
      expect(isWebUrl(url), url).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'mailto:a@b.c',
      '/relative',
      'http://',
      'https://example.com/a\u0007b',
      'https://example.com/a\nb',
      'https://example.com/a\u2028b',
      '',
    ])
      expect(isWebUrl(url), url).toBe(false);
  });
});
