// Reading and analysing a large article happens off the event loop: while an article near the
// size limit is being analysed, timers keep firing and a command is answered at once, and a file
// saved ten times in a second is read and analysed once.
import { afterEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { createLogger } from '../../src/logger.ts';
import { contentOnlyStories } from '../../src/stories/content-only.ts';
import { largeArticle } from './helpers/large-article.ts';
import { cleanUpLibraries, story, tempContent } from './helpers/temp-library.ts';

afterEach(cleanUpLibraries);

const limit = 1_048_576;

const request = {
  command: 'summary',
  options: {},
  who: { platform: 'console' as const, userId: 'U1', canManage: false },
  where: { platform: 'console' as const, channelId: 'C1' },
};

describe('content library responsiveness', () => {
  it('responsive: the event loop keeps ticking and a command is answered while a large article is analysed', async () => {
    const c = tempContent();
    c.write('small.txt', story('Small Story', '2024-01-01'));
    const library = await c.open({ checkIntervalMs: Number.POSITIVE_INFINITY, watch: false });
    const summit = composeSummit({
      library: contentOnlyStories(library),
      now: () => new Date(),
      logger: createLogger('silent'),
    });
    c.write('large.txt', largeArticle(limit));

    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    try {
      const started = performance.now();
      const loading = library.refresh();
      const answered = await summit.handle(request);
      const answerMs = performance.now() - started;
      expect(await loading).toBe(true);
      const loadMs = performance.now() - started;
      expect(answered.title).toBe('Small Story');
      // Measured against the load itself, not a fixed time: analysed on the event loop, the answer
      // and the longest gap would each take about as long as the load; off it, a small part of it,
      // however busy the machine (a fixed 500 ms failed on a loaded 2-core machine: 927 ms gaps).
      expect(answerMs).toBeLessThan(loadMs / 4);
      expect(longestGap).toBeLessThan(loadMs / 4);
    } finally {
      clearInterval(ticker);
    }
    expect(library.problems()).toEqual([]);
    expect(library.bySlug('large')?.article.title).toBe('Council Debates the Harbour Plan');
  }, 60_000);

  it('responsive: a file saved ten times in a second is read and analysed once', async () => {
    const c = tempContent();
    // A second of quiet instead of the default 250 ms: on a loaded CI machine one 50 ms pause
    // between saves can stretch past 200 ms (seen), which would be a real pause, not a burst.
    const library = await c.open({ checkIntervalMs: Number.POSITIVE_INFINITY, settleMs: 1000 });
    for (let n = 1; n <= 10; n++) {
      c.write('busy.txt', story(`Busy Story Draft ${n}`));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Starts the settling check at once and waits for it.
    await library.ready();
    expect(library.newest()?.article.title).toBe('Busy Story Draft 10');
    expect(c.logLines.filter((l) => l.msg === 'article loaded' && l.file === 'busy.txt')).toHaveLength(1);
  });

  it('responsive: a file saved without pause is still read while the saves go on (never starved)', async () => {
    const c = tempContent();
    await c.open({ checkIntervalMs: Number.POSITIVE_INFINITY });
    const loaded = () =>
      c.logLines.filter((l) => l.msg === 'article loaded' && l.file === 'restless.txt').length;
    let readWhileSaving = 0;
    for (let n = 1; n <= 40; n++) {
      c.write('restless.txt', story(`Restless Story Draft ${n}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
      readWhileSaving = loaded();
    }
    expect(readWhileSaving).toBeGreaterThanOrEqual(1);
  });
});
