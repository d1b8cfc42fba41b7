// Pacing the archive's writes: the serial queue runs steps one at a time in order, each on a fresh
// turn; the limit lets only so many stories in at once, first come first served, whatever fails.
import { describe, expect, it } from 'vitest';
import { createLimit, createSerial } from '../../src/archive/serial.ts';

/** A step that waits until released, recording when it starts. */
function gated(log: string[], name: string) {
  let release: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  const step = async () => {
    log.push(`start ${name}`);
    await done;
    log.push(`end ${name}`);
    return name;
  };
  return { step, release };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('serial queue', () => {
  it('serial: runs steps one at a time in the order given, even when one fails', async () => {
    const serial = createSerial();
    const log: string[] = [];
    const a = serial(async () => {
      log.push('a');
      throw new Error('a failed');
    });
    const b = serial(async () => {
      log.push('b');
      return 'b';
    });
    await expect(a).rejects.toThrow('a failed');
    await expect(b).resolves.toBe('b');
    expect(log).toEqual(['a', 'b']);
  });

  it('serial: a step starts on a later turn, so timers due meanwhile run first', async () => {
    const serial = createSerial();
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await serial(async () => log.push('step'));
    expect(log).toEqual(['timer', 'step']);
  });
});

describe('limit', () => {
  it('limit: at most that many steps run at once; the rest start in arrival order as places free', async () => {
    const limit = createLimit(2);
    const log: string[] = [];
    const steps = ['a', 'b', 'c', 'd'].map((name) => gated(log, name));
    const results = steps.map((s) => limit(s.step));
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    steps[1]?.release();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    // a and c hold both places: one more arriving now waits too.
    const late = limit(async () => {
      log.push('start e');
      return 'e';
    });
    await settle();
    expect(log).not.toContain('start e');
    steps[0]?.release();
    steps[2]?.release();
    steps[3]?.release();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c', 'd']);
    await expect(late).resolves.toBe('e');
    expect(log.filter((l) => l.startsWith('start'))).toEqual([
      'start a',
      'start b',
      'start c',
      'start d',
      'start e',
    ]);
  });

  it('limit: a step that fails gives its place to the next', async () => {
    const limit = createLimit(1);
    const failed = limit(async () => {
      throw new Error('bad story');
    });
    const next = limit(async () => 'next');
    await expect(failed).rejects.toThrow('bad story');
    await expect(next).resolves.toBe('next');
    // The place is free again: a new step runs at once.
    await expect(limit(async () => 'again')).resolves.toBe('again');
  });
});
