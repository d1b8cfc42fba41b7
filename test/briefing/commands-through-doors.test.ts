// /summit subscribe, unsubscribe and status through the real Discord and Slack doors against the
// fake platforms, with and without permission to manage the channel.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingPort } from '../../src/briefing/port.ts';
import { createBriefingService } from '../../src/briefing/service.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import { loadConfig } from '../../src/config/env.ts';
import { type SlackDoor, startSlackDoor } from '../../src/slack/start.ts';
import type { BriefingStore } from '../../src/storage/store.ts';
import { callbackOf, type Harness, startHarness } from '../discord/helpers/harness.ts';
import {
  autocompleteInteraction,
  chatInputInteraction,
  managerPermissions,
  memberPermissions,
} from '../fakes/discord/payloads.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';
import { forEachDatabase, openFreshStoreEach } from '../helpers/databases.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';
import { MemorySender } from './helpers/memory-sender.ts';
import { memoryLogger } from './helpers/setup.ts';

const now = () => new Date('2026-11-28T06:00:00Z');
const library = memoryLibrary([handmadeArticle()]);
let store: BriefingStore;

function summitWith(platform: 'discord' | 'slack') {
  const { logger } = memoryLogger();
  const briefing = createBriefingService({
    store,
    senders: { [platform]: new MemorySender(platform) },
    now,
    defaults: { time: '08:00', timezone: 'Europe/London' },
  });
  return composeSummit({ library, now, logger }, createBriefingPort(briefing));
}

forEachDatabase((database) => {
  openFreshStoreEach(database, (opened) => {
    store = opened;
  });

  describe('briefing commands through the Discord door', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness({ summit: () => summitWith('discord') });
    });
    afterEach(async () => {
      await h.close();
    });

    async function run(
      sub: string,
      options: Record<string, string> = {},
      permissions = memberPermissions,
    ): Promise<string> {
      const interaction = h.fake.sendInteraction(
        chatInputInteraction(h.fake.world, sub, options, { permissions }),
      );
      return JSON.stringify((await callbackOf(h.fake, interaction)).body);
    }

    it('discord: a member without Manage Channels is refused and nothing is stored', async () => {
      const answer = await run('subscribe', { time: '07:30' });
      expect(answer).toContain('Not allowed');
      expect(answer).toContain('Manage Channels');
      expect(await store.getSubscription('discord', h.fake.world.channelId)).toBeNull();
      expect(await run('unsubscribe')).toContain('Not allowed');
    });

    it('discord: a manager subscribes, sees the status with local and UTC times, then unsubscribes', async () => {
      const answer = await run(
        'subscribe',
        { time: '07:30', timezone: 'Asia/Seoul', mode: 'new-only' },
        managerPermissions,
      );
      expect(answer).toContain('Daily briefing on');
      expect(answer).toContain('at 07:30 (Asia/Seoul) on days with a new article');
      expect(await store.getSubscription('discord', h.fake.world.channelId)).toMatchObject({
        time: '07:30',
        timezone: 'Asia/Seoul',
        mode: 'new-only',
        state: 'active',
      });
      const status = await run('status');
      expect(status).toContain('Daily briefing: on');
      expect(status).toContain('Sun, 29 Nov 2026, 07:30 GMT+9 (22:30 UTC)');
      expect(status).toContain('none yet');
      expect(await run('unsubscribe', {}, managerPermissions)).toContain('Daily briefing off');
      expect(await run('status')).toContain('Daily briefing: off');
    });

    it('discord: an unknown time zone is refused with an example', async () => {
      const answer = await run('subscribe', { timezone: 'Mars/Olympus' }, managerPermissions);
      expect(answer).toContain('Unknown time zone');
      expect(answer).toContain('Europe/London');
      expect(await store.getSubscription('discord', h.fake.world.channelId)).toBeNull();
    });

    it('discord: the timezone option autocompletes IANA names with their offset', async () => {
      const interaction = h.fake.sendInteraction(
        autocompleteInteraction(h.fake.world, 'subscribe', 'timezone', 'seoul'),
      );
      const body = (await callbackOf(h.fake, interaction)).body as {
        data: { choices: { name: string; value: string }[] };
      };
      expect(body.data.choices[0]).toEqual({ name: 'Asia/Seoul (UTC+09:00)', value: 'Asia/Seoul' });
    });
  });

  describe('briefing commands through the Slack door', () => {
    let fake: FakeSlack;
    let door: SlackDoor;
    let seq = 0;
    beforeEach(async () => {
      fake = await startFakeSlack({ users: { U0ADMIN: { is_admin: true }, U0ALICE: {} } });
      const { logger } = memoryLogger();
      const config = loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-fake-bot',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: fake.apiUrl,
        SLACK_BRIEFING_ADMINS: 'U0LISTED',
        PORT: '0',
      });
      door = await startSlackDoor({ config, summit: summitWith('slack'), logger, retries: 0 });
    });
    afterEach(async () => {
      await door.stop();
      await fake.close();
    });

    async function run(text: string, user: string): Promise<string> {
      const id = `b${++seq}`;
      const fields = slashCommandFields(text, fake.responseUrl(id), { user_id: user });
      const { status, ack } = await postSignedForAck(
        `http://127.0.0.1:${door.port}/slack/events`,
        formBody(fields),
        { secret: 'secret' },
      );
      expect(status).toBe(200);
      // A quick answer comes back in the ack's body; a slow one through the response_url.
      const inAck = ack ? [ack] : [];
      await fake.until(() => inAck.length + fake.accepted(id).length > 0);
      return JSON.stringify([...inAck, ...fake.accepted(id)]);
    }

    it('slack: a member who is not an admin is refused; nothing is stored', async () => {
      const answer = await run('subscribe 09:00', 'U0ALICE');
      expect(answer).toContain('Not allowed');
      expect(answer).toContain('SLACK_BRIEFING_ADMINS');
      expect(await store.getSubscription('slack', 'C0GENERAL')).toBeNull();
    });

    it('slack: a workspace admin subscribes with the configured default zone; status explains the schedule', async () => {
      expect(await run('subscribe 09:00', 'U0ADMIN')).toContain('Daily briefing on');
      expect(await store.getSubscription('slack', 'C0GENERAL')).toMatchObject({
        time: '09:00',
        timezone: 'Europe/London',
        mode: 'daily',
      });
      const status = await run('status', 'U0ALICE');
      expect(status).toContain('every day at 09:00 (Europe/London)');
      expect(status).toContain('Sat, 28 Nov 2026, 09:00 GMT (09:00 UTC)');
    });

    it('slack: a user listed in SLACK_BRIEFING_ADMINS may unsubscribe; others may not', async () => {
      await run('subscribe', 'U0ADMIN');
      expect(await run('unsubscribe', 'U0ALICE')).toContain('Not allowed');
      expect(await run('unsubscribe', 'U0LISTED')).toContain('Daily briefing off');
      expect((await store.getSubscription('slack', 'C0GENERAL'))?.state).toBe('unsubscribed');
    });
  });
});
