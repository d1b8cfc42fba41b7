import { describe, expect, it } from 'vitest';
import { nextRunOf, owedSlots } from '../../src/briefing/slots.ts';
import { addDays, localDateOf, parseTime, zonedInstant } from '../../src/briefing/zoned-time.ts';
import { noFilter, type Subscription } from '../../src/storage/store.ts';

const iso = (d: Date) => d.toISOString();

function sub(time: string, timezone: string, activeSince = '2026-01-01T00:00:00Z'): Subscription {
  return {
    id: 'discord:1',
    platform: 'discord',
    channelId: '1',
    workspaceId: null,
    time,
    timezone,
    mode: 'daily',
    source: 'chat',
    state: 'active',
    pausedReason: null,
    consecutiveFailures: 0,
    activeSince: new Date(activeSince),
    updatedBy: null,
    updatedAt: new Date(activeSince),
    lastArticle: null,
    filter: noFilter,
    briefedUntil: null,
  };
}

describe('clock', () => {
  it('clock: a local time in an ordinary zone maps to one instant', () => {
    expect(iso(zonedInstant('2026-11-28', '08:00', 'Asia/Seoul'))).toBe('2026-11-27T23:00:00.000Z');
    expect(iso(zonedInstant('2026-11-28', '08:00', 'Asia/Kathmandu'))).toBe('2026-11-28T02:15:00.000Z');
    expect(iso(zonedInstant('2026-07-01', '08:00', 'Europe/London'))).toBe('2026-07-01T07:00:00.000Z');
  });

  it('clock: a time skipped by spring-forward runs at the first valid instant after (New York, London)', () => {
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '02:00', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(zonedInstant('2026-03-29', '01:30', 'Europe/London'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '03:00', 'America/New_York'))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('clock: a time repeated by fall-back runs at its first occurrence', () => {
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedInstant('2026-10-25', '01:30', 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('clock: local dates, day arithmetic and time parsing', () => {
    expect(localDateOf(new Date('2026-11-27T23:30:00Z'), 'Asia/Seoul')).toBe('2026-11-28');
    expect(localDateOf(new Date('2026-11-28T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-27');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(parseTime('8:05')).toBe(485);
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('08:60')).toBeNull();
    expect(parseTime('eight')).toBeNull();
  });
});

describe('slots', () => {
  it('slots: nothing is owed before the time or before the subscription started', () => {
    const s = sub('08:00', 'UTC', '2026-11-28T09:00:00Z');
    expect(owedSlots(s, new Date('2026-11-28T10:00:00Z'), 6 * 3_600_000)).toEqual([]);
    expect(
      owedSlots(sub('08:00', 'UTC'), new Date('2026-11-28T07:59:59Z'), 3_600_000)[0]?.slot.localDate,
    ).toBe('2026-11-27');
  });

  it('slots: a slot inside the catch-up window is due, an older one is late', () => {
    const owed = owedSlots(sub('08:00', 'UTC'), new Date('2026-11-28T13:00:00Z'), 6 * 3_600_000);
    expect(owed[0]).toMatchObject({
      late: false,
      slot: { localDate: '2026-11-28', key: 'discord:1@2026-11-28' },
    });
    expect(owed.slice(1).every((o) => o.late)).toBe(true);
    expect(owedSlots(sub('08:00', 'UTC'), new Date('2026-11-28T14:00:01Z'), 6 * 3_600_000)[0]?.late).toBe(
      true,
    );
  });

  it('slots: next run skips a date already recorded and reports the DST-shifted instant', () => {
    const s = sub('02:30', 'America/New_York');
    expect(iso(nextRunOf(s, new Date('2026-03-08T00:00:00Z')))).toBe('2026-03-08T07:00:00.000Z');
    expect(iso(nextRunOf(s, new Date('2026-03-08T00:00:00Z'), new Set(['2026-03-07'])))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    const daily = sub('08:00', 'UTC');
    expect(iso(nextRunOf(daily, new Date('2026-11-28T07:00:00Z'), new Set(['2026-11-28'])))).toBe(
      '2026-11-29T08:00:00.000Z',
    );
  });
});
