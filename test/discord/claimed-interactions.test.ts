// Two instances' gateway sessions on one bot: Discord (the fake) delivers every interaction to both
// real discord.js clients, and with claims in a shared database each is answered exactly once;
// without claims both answer and Discord refuses all but the first. On every test database.
import { afterEach, describe, expect, it } from 'vitest';
import type { BriefingStore } from '../../src/storage/store.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { callbackRoute, type Harness, startHarness } from './helpers/harness.ts';

const skippedMessage = 'discord: interaction worked by another instance';

forEachDatabase((database) => {
  let doors: Harness[] = [];
  let stores: BriefingStore[] = [];
  let place: DatabasePlace | undefined;

  afterEach(async () => {
    for (const door of doors) await door.door.stop();
    await doors[0]?.fake.close();
    await Promise.all(stores.map((store) => store.close()));
    await place?.drop();
    doors = [];
    stores = [];
    place = undefined;
  });

  /** Two doors on one fake Discord; with `claims`, each claims interactions in its own store on one database. */
  async function twoInstances(claims: boolean): Promise<[Harness, Harness]> {
    place = await database.create();
    // Opened one after the other: SQLite migrations take no lock of their own.
    for (let i = 0; i < 2; i++) stores.push(await place.open());
    const claim = (store: BriefingStore) =>
      claims ? { claimInteraction: (id: string) => store.claimInteraction(id, Date.now()) } : {};
    const first = await startHarness(claim(stores[0] as BriefingStore));
    doors.push(first);
    const second = await startHarness({ fake: first.fake, ...claim(stores[1] as BriefingStore) });
    doors.push(second);
    return [first, second];
  }

  describe('interactions claimed across instances', () => {
    it('claims: every interaction delivered to both sessions is answered once, and the other instance leaves it', async () => {
      const [a, b] = await twoInstances(true);
      const sent = Array.from({ length: 12 }, () =>
        a.fake.sendInteraction(chatInputInteraction(a.fake.world, 'help')),
      );
      for (const interaction of sent) await a.fake.waitFor((r) => r.route === callbackRoute(interaction));
      await expect
        .poll(() => [...a.logs, ...b.logs].filter((l) => l.msg === skippedMessage).length, { timeout: 5000 })
        .toBe(sent.length);
      for (const interaction of sent) {
        const callbacks = a.fake.requests.filter((r) => r.route === callbackRoute(interaction));
        expect(callbacks).toHaveLength(1);
      }
      const refused = [...a.logs, ...b.logs].filter((l) => /acknowledged|40060/.test(JSON.stringify(l)));
      expect(refused).toEqual([]);
    }, 30_000);

    it('claims: without them both instances answer it (Discord refuses all but the first answer)', async () => {
      const [a] = await twoInstances(false);
      const interaction = a.fake.sendInteraction(chatInputInteraction(a.fake.world, 'help'));
      await expect
        .poll(() => a.fake.requests.filter((r) => r.route === callbackRoute(interaction)).length, {
          timeout: 5000,
        })
        .toBeGreaterThanOrEqual(2);
    }, 30_000);
  });
});

describe('interaction claims that fail', () => {
  let door: Harness | undefined;
  afterEach(async () => {
    await door?.close();
    door = undefined;
  });

  for (const [name, claim] of [
    ['refused (the database is down)', () => Promise.reject(new Error('connection refused'))],
    ['never answered (the database hangs)', () => new Promise<boolean>(() => {})],
  ] as const) {
    it(`claims: a claim ${name} counts as won: the interaction is still answered`, async () => {
      door = await startHarness({ claimInteraction: claim });
      const interaction = door.fake.sendInteraction(chatInputInteraction(door.fake.world, 'help'));
      await door.fake.waitFor((r) => r.route === callbackRoute(interaction), 5000);
      expect(door.logs.some((l) => /working it here/.test(l.msg))).toBe(true);
    }, 30_000);
  }
});
