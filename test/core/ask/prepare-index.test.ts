// The ask index of a long article is built in steps for chat commands: other work runs between
// the steps, and the index answers exactly as one built at once.
import { describe, expect, it } from 'vitest';
import { analyzeInProcess } from '../../../src/analysis/in-process.ts';
import { answerQuestion } from '../../../src/core/ask/answer.ts';
import { indexFor, prepareIndex } from '../../../src/core/ask/search-index.ts';
import { largeArticle } from '../../content/helpers/large-article.ts';

describe('ask index built in steps', () => {
  it('ask: a 200 KB article index yields to the event loop many times while built, then answers as one built at once', async () => {
    const text = largeArticle(200 * 1024);
    const { analyzed: stepwise } = await analyzeInProcess(text, 'large.txt', 'v1');
    const { analyzed: atOnce } = await analyzeInProcess(text, 'large.txt', 'v1');
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const prepared = prepareIndex(stepwise);
    expect(prepareIndex(stepwise)).toBe(prepared);
    const index = await prepared;
    done = true;
    expect(turns).toBeGreaterThan(5);
    expect(indexFor(stepwise)).toBe(index);
    const whole = indexFor(atOnce);
    expect(index.count).toBe(whole.count);
    expect([...index.docFreq]).toEqual([...whole.docFreq]);
    for (const question of ['what about the harbour berth?', 'who paid for the quay?', 'ferry'])
      expect(answerQuestion(stepwise, question)).toEqual(answerQuestion(atOnce, question));
  });
});
