// Claims of one run, coalesced: the slots whose workers ask while a claim is on its way to the
// database are claimed together in the next statement. Each worker still claims only the slot it
// is about to work (nothing is held that is not being worked), but a busy run makes one round trip
// per batch instead of one or two per slot; most of all at the end of a fan-out shared by several
// instances, when most slots a worker tries are already someone else's. The first statement waits
// for the end of the current turn of the event loop, so a fan-out's opening claims (every worker
// asks at once) go in one statement, not the first alone and the rest after it.
import type { BriefingStore, ClaimResult, SlotIdentity } from '../storage/store.ts';

/** Claims one slot for this instance, as store.claimSlot does. */
export type ClaimOne = (slot: SlotIdentity) => Promise<ClaimResult>;

/** Slots in one statement at most (well below either engine's bound-parameter limit). */
const maxBatch = 200;

interface Asking {
  slot: SlotIdentity;
  resolve: (result: ClaimResult) => void;
  reject: (error: unknown) => void;
}

/** Claims for `owner` with leases of `leaseMs`, batched as described above. */
export function batchedClaims(
  store: Pick<BriefingStore, 'claimSlots'>,
  owner: string,
  leaseMs: number,
  now: () => Date,
): ClaimOne {
  let waiting: Asking[] | null = null;

  async function flush(): Promise<void> {
    while (waiting && waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        const won = await store.claimSlots(
          batch.map((a) => a.slot),
          owner,
          now(),
          leaseMs,
        );
        for (const a of batch) a.resolve(won.get(a.slot.key) ?? null);
      } catch (error) {
        for (const a of batch) a.reject(error);
      }
    }
    waiting = null;
  }

  return (slot) =>
    new Promise<ClaimResult>((resolve, reject) => {
      if (waiting) {
        waiting.push({ slot, resolve, reject });
        return;
      }
      waiting = [{ slot, resolve, reject }];
      setImmediate(() => void flush());
    });
}
