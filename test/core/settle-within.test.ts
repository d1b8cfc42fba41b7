import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWithin } from '../../src/core/settle-within.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('settleWithin', () => {
  it('settleWithin: resolves with the value when the work is ready in time', async () => {
    await expect(settleWithin(Promise.resolve('answer'), 1000)).resolves.toEqual({ value: 'answer' });
  });

  it('settleWithin: resolves undefined when the time is up first, and the work still settles later', async () => {
    vi.useFakeTimers();
    let finish: (value: string) => void = () => {};
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const early = settleWithin(work, 1500);
    await vi.advanceTimersByTimeAsync(1500);
    await expect(early).resolves.toBeUndefined();
    finish('late');
    await expect(work).resolves.toBe('late');
  });

  it('settleWithin: rejects when the work fails before the time is up', async () => {
    await expect(settleWithin(Promise.reject(new Error('broken')), 1000)).rejects.toThrow('broken');
  });
});
