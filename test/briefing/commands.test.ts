import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingCommands } from '../../src/briefing/commands.ts';
import { newMarker } from '../../src/briefing/compose.ts';
import { createBriefingPort } from '../../src/briefing/port.ts';
import { type BriefingService, createBriefingService } from '../../src/briefing/service.ts';
import { canonicalTimeZone, matchTimeZones, timezoneCompleter } from '../../src/briefing/timezones.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import type { CoreContext } from '../../src/core/context.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';

const now = () => new Date('2026-11-28T06:00:00Z');
let place: DatabasePlace;
let store: BriefingStore;
let service: BriefingService;
let ctx: CoreContext;
let handlers: ReturnType<typeof createBriefingCommands>['handlers'];

function req(command: string, options: CommandRequest['options'] = {}, canManage = true): CommandRequest {
  return {
    command,
    options,
    who: { platform: 'discord', userId: 'u1', canManage },
    where: { platform: 'discord', channelId: '123456', workspaceId: 'g1' },
  };
}

const text = (reply: unknown) => JSON.stringify(reply);

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    service = createBriefingService({
      store,
      senders: { discord: new MemorySender() },
      now,
      defaults: { time: '08:00', timezone: 'UTC' },
    });
    ctx = { library: memoryLibrary([handmadeArticle()]), now };
    handlers = createBriefingCommands(createBriefingPort(service)).handlers;
  });

  afterEach(async () => {
    await store.close();
    await place.drop();
  });

  describe('briefing commands', () => {
    it('handlers: without a briefing service, subscribe and status say the briefing is off; brief still previews', async () => {
      const summit = composeSummit({ library: ctx.library, now });
      expect(text(await summit.handle(req('subscribe')))).toContain('The daily briefing is off');
      expect(text(await summit.handle(req('status')))).toContain('The daily briefing is off');
      const preview = await summit.handle(req('brief'));
      expect(preview.title).toBe(handmadeArticle().article.title);
      expect(preview.footer).toContain('Preview of the daily briefing');
    });

    it('commands: a port filled in after start-up turns the briefing on without rebuilding the core', async () => {
      const port = createBriefingPort();
      const summit = composeSummit({ library: ctx.library, now }, port);
      expect(text(await summit.handle(req('status')))).toContain('The daily briefing is off');
      port.attach(service);
      expect((await summit.handle(req('subscribe'))).title).toBe('Daily briefing on');
      expect((await summit.handle(req('status'))).title).toBe('Daily briefing: on');
    });

    it('handlers: subscribe re-checks permission on the server even if a door forgot to', async () => {
      const reply = await handlers.subscribe(req('subscribe', {}, false), ctx);
      expect(reply.tone).toBe('error');
      expect(reply.title).toBe('Not allowed');
      expect(await store.getSubscription('discord', '123456')).toBeNull();
    });

    it('handlers: bad times, zones and abbreviations are refused with an example', async () => {
      expect(text(await handlers.subscribe(req('subscribe', { time: '25:00' }), ctx))).toContain(
        'e.g. 08:00',
      );
      expect(text(await handlers.subscribe(req('subscribe', { timezone: 'EST' }), ctx))).toContain(
        'Europe/London',
      );
      expect(text(await handlers.subscribe(req('subscribe', { timezone: 'Nowhere/Land' }), ctx))).toContain(
        'Unknown time zone',
      );
      expect(await store.getSubscription('discord', '123456')).toBeNull();
    });

    it('handlers: subscribe normalises 8:05 and asia/seoul and tells the next run in both times', async () => {
      const reply = await handlers.subscribe(req('subscribe', { time: '8:05', timezone: 'asia/seoul' }), ctx);
      expect(reply.tone).toBe('success');
      expect(text(reply)).toContain('every day at 08:05 (Asia/Seoul)');
      expect(text(reply)).toContain('Sun, 29 Nov 2026, 08:05 GMT+9 (23:05 UTC)');
    });

    it('handlers: status of a paused channel says why, and the last delivery says why it did not post', async () => {
      await handlers.subscribe(req('subscribe'), ctx);
      for (const [i, date] of ['2026-11-25', '2026-11-26', '2026-11-27'].entries()) {
        const slot = {
          key: `discord:123456@${date}`,
          subscriptionId: 'discord:123456',
          platform: 'discord' as const,
          channelId: '123456',
          localDate: date,
          scheduledAt: new Date(`${date}T08:00:00Z`),
        };
        await store.claimSlot(slot, 'x', new Date(`${date}T08:00:00Z`), 60_000);
        await store.recordOutcome(
          slot.key,
          'x',
          { status: 'gone', reason: 'Missing Access (50001)' },
          new Date(`${date}T08:00:0${i}Z`),
          3,
        );
      }
      const reply = await handlers.status(req('status', {}, false), ctx);
      expect(reply.title).toBe('Daily briefing: paused');
      expect(text(reply)).toContain(
        'Paused: 3 deliveries in a row failed; the last one: Missing Access (50001)',
      );
      expect(text(reply)).toContain(
        'Fri, 27 Nov 2026, 08:00 UTC, not posted (channel unavailable): Missing Access (50001)',
      );
      expect(text(reply)).toContain('none while paused');
    });

    it('handlers: brief marks the article new until it was briefed in this channel', async () => {
      expect((await handlers.brief(req('brief'), ctx)).blocks[0]).toEqual({ kind: 'text', text: newMarker });
      await handlers.subscribe(req('subscribe'), ctx);
      const slot = {
        key: 'discord:123456@2026-11-28',
        subscriptionId: 'discord:123456',
        platform: 'discord' as const,
        channelId: '123456',
        localDate: '2026-11-28',
        scheduledAt: new Date('2026-11-28T08:00:00Z'),
      };
      await store.claimSlot(slot, 'x', now(), 60_000);
      await store.renewLease(slot.key, 'x', new Date('2026-11-28T09:00:00Z'), {
        article: 'harbour-festival@handmade-1',
      });
      await store.recordOutcome(slot.key, 'x', { status: 'sent' }, now(), 3);
      expect((await handlers.brief(req('brief'), ctx)).blocks[0]).not.toEqual({
        kind: 'text',
        text: newMarker,
      });
    });
  });

  describe('time zones', () => {
    it('timezones: canonical names for what people type; abbreviations and offsets are refused', () => {
      expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
      expect(canonicalTimeZone('utc')).toBe('UTC');
      expect(canonicalTimeZone('America/New York')).toBe('America/New_York');
      expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
      expect(canonicalTimeZone('US/Eastern')).toBe('America/New_York');
      expect(canonicalTimeZone('EST')).toBeNull();
      expect(canonicalTimeZone('+09:00')).toBeNull();
      expect(canonicalTimeZone('')).toBeNull();
    });

    it('timezones: completion offers popular zones first, city matches first, at most 25 within 100 characters', async () => {
      expect(matchTimeZones('')[0]).toBe('UTC');
      expect(matchTimeZones('york')[0]).toBe('America/New_York');
      expect(matchTimeZones('new')[0]).toBe('America/New_York');
      const choices = await timezoneCompleter(
        { command: 'subscribe', option: 'timezone', value: 'a', options: {} },
        { library: memoryLibrary([]), now },
      );
      expect(choices.length).toBe(25);
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
      expect(
        await timezoneCompleter(
          { command: 'subscribe', option: 'timezone', value: 'kathmandu', options: {} },
          { library: memoryLibrary([]), now },
        ),
      ).toEqual([{ name: 'Asia/Kathmandu (UTC+05:45)', value: 'Asia/Kathmandu' }]);
    });
  });
});
