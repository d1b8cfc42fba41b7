// Claims coalesced per run: slots asked for in one turn go in one statement, those asked for while
// a claim is on its way go together in the next, each worker gets its own slot's answer, and a
// failed statement fails only its batch.
import { describe, expect, it } from 'vitest';
import { batchedClaims } from '../../src/briefing/batched-claims.ts';
import type { SlotIdentity } from '../../src/storage/store.ts';

const slot = (channelId: string): SlotIdentity => ({
  key: `slack:${channelId}@2026-12-05`,
  subscriptionId: `slack:${channelId}`,
  platform: 'slack',
  channelId,
  localDate: '2026-12-05',
  scheduledAt: new Date('2026-12-05T08:00:00Z'),
});

/** A store whose claimSlots takes 5 ms, records each batch and wins the slots in `mine`. */
function slowStore(mine: Set<string>, fail = () => false) {
  const batches: string[][] = [];
  return {
    batches,
    async claimSlots(slots: SlotIdentity[]) {
      batches.push(slots.map((s) => s.channelId));
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail()) throw new Error('database down');
      return new Map(slots.filter((s) => mine.has(s.channelId)).map((s) => [s.key, 'new' as const]));
    },
  };
}

describe('batched claims', () => {
  it('claims: slots asked for while a claim is on its way share the next statement; each gets its own answer', async () => {
    const store = slowStore(new Set(['C1', 'C3', 'C4']));
    const claim = batchedClaims(store, 'me', 60_000, () => new Date());
    const answers = await Promise.all(['C1', 'C2', 'C3', 'C4', 'C5'].map((c) => claim(slot(c))));
    expect(answers).toEqual(['new', null, 'new', 'new', null]);
    expect(store.batches).toEqual([['C1', 'C2', 'C3', 'C4', 'C5']]);
  });

  it('claims: slots asked for while a statement is on its way wait for the next one, together', async () => {
    const store = slowStore(new Set(['C1', 'C2', 'C3']));
    const claim = batchedClaims(store, 'me', 60_000, () => new Date());
    const first = claim(slot('C1'));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const later = [claim(slot('C2')), claim(slot('C3'))];
    expect(await Promise.all([first, ...later])).toEqual(['new', 'new', 'new']);
    expect(store.batches).toEqual([['C1'], ['C2', 'C3']]);
  });

  it('claims: a failed statement rejects the claims of its batch only; the next claim goes to the database again', async () => {
    let down = true;
    const store = slowStore(new Set(['C1', 'C2']), () => down);
    const claim = batchedClaims(store, 'me', 60_000, () => new Date());
    await expect(claim(slot('C1'))).rejects.toThrow('database down');
    down = false;
    await expect(claim(slot('C2'))).resolves.toBe('new');
  });
});
