import { describe, expect, it } from 'vitest';
import { memoByFlag } from '../../src/core/memo-by-flag.ts';

describe('memoByFlag', () => {
  it('computes each form of an object once and keeps the two forms apart', () => {
    let calls = 0;
    const encode = memoByFlag((o: { n: number }, flag: boolean) => {
      calls++;
      return `${o.n}:${flag}`;
    });
    const a = { n: 1 };
    const b = { n: 1 };
    expect([encode(a, false), encode(a, true), encode(a, false), encode(a, true)]).toEqual([
      '1:false',
      '1:true',
      '1:false',
      '1:true',
    ]);
    expect(calls).toBe(2);
    expect(encode(b, false)).toBe('1:false');
    expect(calls).toBe(3);
  });
});
