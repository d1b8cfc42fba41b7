// Several instances on one PostgreSQL database, as real processes (the built bot) against fakes
// that enforce Discord's and Slack's rate limits: every due slot is posted exactly once, both
// instances share the work, the platforms never have to answer 429, and a killed (-9) or stopped
// (SIGTERM) instance's slots are finished by the other: after the lease, or at once when released.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type BuiltBot, builtBot } from '../helpers/built-bot.ts';
import { describePostgres } from '../helpers/databases.ts';
import type { BotLine, BotProcess } from '../robustness/helpers/bot-process.ts';
import {
  countPosts,
  createFleet,
  type Fakes,
  type Fleet,
  ownerPid,
  rateLimited,
  startFakes,
} from './helpers/fleet.ts';

/** Channels per platform: 1,000 subscriptions due in one slot. */
const perPlatform = 500;

const startupRunFinished = (bot: BotProcess) =>
  bot.waitFor((l: BotLine) => l.msg === 'briefing run finished' && l.reason === 'start-up', 90_000);

/** Resolves once every slot has an outcome in the ledger (none claimed) and `total` rows exist. */
const allSettled = (fleet: Fleet, total: number) =>
  fleet.until(async () => {
    const ledger = await ledgerByBot(fleet);
    return ledger.claimed === 0 && ledger.total === total;
  }, 90_000);

/** Sent rows in the ledger per bot process id, and rows not finished. */
async function ledgerByBot(fleet: Fleet) {
  const rows = await fleet.ledger();
  const sent = new Map<number, number>();
  for (const row of rows.filter((r) => r.status === 'sent'))
    sent.set(ownerPid(row.owner), (sent.get(ownerPid(row.owner)) ?? 0) + row.n);
  const claimed = rows.filter((r) => r.status === 'claimed').reduce((n, r) => n + r.n, 0);
  const total = rows.reduce((n, r) => n + r.n, 0);
  return { sent, claimed, total };
}

/** Every channel got exactly one briefing, and no 429 was drawn. */
function expectExactlyOnce(fakes: Fakes, fleet: Fleet, channels = perPlatform) {
  const counts = countPosts(fakes, fleet.ids);
  for (const platform of ['discord', 'slack'] as const) {
    const c = counts[platform];
    expect({ platform, lost: c.lost, incomplete: c.incomplete, doubled: c.doubled }).toEqual({
      platform,
      lost: 0,
      incomplete: 0,
      doubled: 0,
    });
    expect(c.posts).toBe(channels * c.partsPerChannel);
  }
  expect(rateLimited(fakes)).toBe(0);
}

describePostgres('several instances on one PostgreSQL database', () => {
  let bot: BuiltBot;
  let fakes: Fakes;
  let fleet: Fleet | undefined;

  beforeAll(async () => {
    bot = builtBot('instances');
    await bot.build();
    fakes = await startFakes();
  }, 120_000);

  afterAll(async () => {
    await fleet?.close();
    await Promise.all([fakes?.discord.close(), fakes?.slack.close()]);
    bot?.remove();
  });

  it('instances: two processes post 1,000 due slots exactly once between them, both working, no 429', async () => {
    fleet = await createFleet(bot, fakes, perPlatform, { BRIEFING_LEASE_SECONDS: '5' });
    const [a, b] = [fleet.start(), fleet.start()];
    await Promise.all([startupRunFinished(a), startupRunFinished(b)]);
    await allSettled(fleet, 2 * perPlatform);
    expectExactlyOnce(fakes, fleet);
    const ledger = await ledgerByBot(fleet);
    expect(ledger).toMatchObject({ claimed: 0, total: 2 * perPlatform });
    const [shareA = 0, shareB = 0] = [a, b].map((p) => ledger.sent.get(p.child.pid ?? -1) ?? 0);
    expect(shareA + shareB).toBe(2 * perPlatform);
    // Shared, not one doing it all: each did at least a quarter.
    expect(Math.min(shareA, shareB)).toBeGreaterThan(perPlatform / 2);
    await fleet.close();
    fleet = undefined;
  }, 120_000);

  it('instances: one killed with -9 in the middle; the other takes its claims over after the lease', async () => {
    fleet = await createFleet(bot, fakes, perPlatform, { BRIEFING_LEASE_SECONDS: '3' });
    const [a, b] = [fleet.start(), fleet.start()];
    const current = fleet;
    await fleet.until(() => current.posts() >= 300, 60_000);
    a.child.kill('SIGKILL');
    await a.exited;
    await allSettled(fleet, 2 * perPlatform);
    expectExactlyOnce(fakes, fleet);
    const ledger = await ledgerByBot(fleet);
    expect(ledger).toMatchObject({ claimed: 0, total: 2 * perPlatform });
    expect(ledger.sent.get(a.child.pid ?? -1)).toBeGreaterThan(0);
    expect(ledger.sent.get(b.child.pid ?? -1)).toBeGreaterThan(0);
    await fleet.close();
    fleet = undefined;
  }, 120_000);

  it('instances: SIGTERM stops one within 10 s; the claims it released are taken at once, not after the lease', async () => {
    const leaseSeconds = 60;
    const channels = 250;
    fleet = await createFleet(bot, fakes, channels, { BRIEFING_LEASE_SECONDS: String(leaseSeconds) });
    const [a, b] = [fleet.start(), fleet.start()];
    const current = fleet;
    await fleet.until(() => current.posts() >= 150, 60_000);
    const termAt = Date.now();
    a.child.kill('SIGTERM');
    const exit = await a.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - termAt).toBeLessThan(10_000);
    const released = a.lines.filter(
      (l) => l.msg === 'briefing delivery' && l.outcome === 'stopped' && /released/.test(String(l.reason)),
    );
    expect(released.length).toBeGreaterThan(0);
    await allSettled(fleet, 2 * channels);
    // Well inside the lease: nothing waited for a lease to run out.
    expect(Date.now() - termAt).toBeLessThan((leaseSeconds * 1000) / 2);
    expectExactlyOnce(fakes, fleet, channels);
    const ledger = await ledgerByBot(fleet);
    expect(ledger).toMatchObject({ claimed: 0, total: 2 * channels });
    expect(ledger.sent.get(a.child.pid ?? -1)).toBeGreaterThan(0);
    expect(ledger.sent.get(b.child.pid ?? -1)).toBeGreaterThan(0);
    await fleet.close();
    fleet = undefined;
  }, 120_000);
});
