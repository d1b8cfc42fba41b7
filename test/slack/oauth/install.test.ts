// The Slack OAuth install end to end, on SQLite and PostgreSQL: Bolt's own /slack/install and
// /slack/oauth_redirect against a fake Slack (oauth.v2.access, auth.test per token), two instances
// over one database, two workspaces and an Enterprise Grid org each answered and briefed with its
// own token, removal pausing only that workspace, and forged or expired states refused.
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDueSlots } from '../../../src/briefing/job.ts';
import { revokedReason, uninstalledReason } from '../../../src/slack/oauth/uninstall.ts';
import type { BriefingStore } from '../../../src/storage/store.ts';
import { memoryLogger } from '../../briefing/helpers/setup.ts';
import { formBody, postSignedForAck, slashCommandFields } from '../../fakes/slack/requests.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import {
  finishInstall,
  install,
  type OAuthHarness,
  signingSecret,
  startInstall,
  startOAuthHarness,
  stateSecret,
} from './harness.ts';

let h: OAuthHarness;
let place: DatabasePlace;

/** `/summit <text>` from the admin in `channel` of `team` (and `enterprise` when org-wide), to instance `at`. */
async function command(text: string, team: string, channel: string, at = 0, enterprise?: string) {
  const id = `${team}-${channel}-${text}-${Math.random()}`;
  const fields = slashCommandFields(text, h.fake.responseUrl(id), {
    team_id: team,
    channel_id: channel,
    user_id: 'U0ADMIN',
    ...(enterprise ? { enterprise_id: enterprise, is_enterprise_install: 'true' } : {}),
  });
  const { status, ack } = await postSignedForAck(`${h.instances[at]?.base}/slack/events`, formBody(fields), {
    secret: signingSecret,
  });
  const inAck = ack ? [ack] : [];
  await h.fake.until(() => inAck.length + h.fake.accepted(id).length >= 1);
  return { status, messages: [...inAck, ...h.fake.accepted(id)] };
}

/** An Events API event for a workspace (or org), signed, to instance `at`. */
async function event(type: string, ids: { team?: string; enterprise?: string }, at = 0) {
  const body = JSON.stringify({
    token: 'deprecated',
    type: 'event_callback',
    api_app_id: 'A0FAKE',
    team_id: ids.team ?? ids.enterprise,
    ...(ids.enterprise ? { enterprise_id: ids.enterprise } : {}),
    is_enterprise_install: !ids.team,
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: 1780000000,
    event:
      type === 'tokens_revoked'
        ? { type, tokens: { bot: ['U0BOT'] }, event_ts: '1780000000.1' }
        : { type, event_ts: '1780000000.1' },
  });
  return postSignedForAck(`${h.instances[at]?.base}/slack/events`, body, {
    secret: signingSecret,
    contentType: 'application/json',
  });
}

const tokensOf = (method: string) => h.fake.calls.filter((c) => c.method === method).map((c) => c.token);

async function briefAll() {
  return runDueSlots({
    now: () => new Date('2026-06-06T08:00:30Z'),
    store: h.instances[0]?.store as BriefingStore,
    senders: await h.senders(),
    library: memoryLibrary([handmadeArticle()]),
    logger: memoryLogger().logger,
    catchupHours: 6,
    owner: 'test',
    sleep: async () => {},
  });
}

forEachDatabase((database) => {
  beforeEach(async () => {
    place = await database.create();
    h = await startOAuthHarness(place);
  });
  afterEach(async () => {
    await h.stop();
    await place.drop();
  });

  describe('slack OAuth install', () => {
    it('an install started on instance A finishes on B; the token is stored encrypted, not in clear', async () => {
      const started = await startInstall(h.instances[0]?.base ?? '');
      expect(started.status).toBe(302);
      expect(started.location).toMatch(
        /^https:\/\/slack\.com\/oauth\/v2\/authorize\?.*client_id=fake-client-id/,
      );
      expect(started.location).toContain('scope=commands%2Cchat%3Awrite');
      const finished = await finishInstall(
        h.instances[1]?.base ?? '',
        'code-a',
        started.state,
        started.cookie,
      );
      expect(finished.status).toBe(200);
      expect(tokensOf('auth.test')).toEqual(['xoxb-team-a']);
      const exchange = h.fake.calls.find((c) => c.method === 'oauth.v2.access');
      expect(exchange?.params).toMatchObject({ code: 'code-a', client_id: 'fake-client-id' });
      const row = await h.instances[0]?.store.findInstallation('T0AAA');
      expect(row).toMatchObject({ teamId: 'T0AAA', isEnterpriseInstall: false });
      expect(row?.sealed).not.toContain('xoxb-team-a');
    });

    it('a forged, expired or other-browser state is refused and nothing is installed', async () => {
      const started = await startInstall(h.instances[0]?.base ?? '');
      const forged = `${started.state.slice(0, -2)}xx`;
      const { ClearStateStore } = createRequire(import.meta.url)(
        '@slack/oauth',
      ) as typeof import('@slack/oauth');
      const expired = await new ClearStateStore(stateSecret).generateStateParam(
        { scopes: ['commands'] },
        new Date(Date.now() - 11 * 60_000),
      );
      const tries: [string, string][] = [
        [forged, `slack-app-oauth-state=${forged}`],
        [expired, `slack-app-oauth-state=${expired}`],
        [started.state, ''],
      ];
      for (const [state, cookie] of tries) {
        const finished = await finishInstall(h.instances[1]?.base ?? '', 'code-a', state, cookie);
        expect(finished.status, state).not.toBe(200);
      }
      expect(h.fake.calls.filter((c) => c.method === 'oauth.v2.access')).toEqual([]);
      expect(await h.instances[0]?.store.findInstallation('T0AAA')).toBeNull();
    });

    it('two workspaces: each command and each briefing uses its own workspace token', async () => {
      expect(await install(h, 'code-a', 0, 1)).toBe(200);
      expect(await install(h, 'code-b', 1, 0)).toBe(200);
      const a = await command('subscribe', 'T0AAA', 'C0AAA', 0);
      const b = await command('subscribe', 'T0BBB', 'C0BBB', 1);
      for (const answer of [a, b]) {
        expect(answer.messages[0]?.text).toBe('Daily briefing on');
        expect(JSON.stringify(answer.messages)).not.toContain('not connected');
      }
      expect(tokensOf('users.info')).toEqual(['xoxb-team-a', 'xoxb-team-b']);
      const subs = await h.instances[0]?.store.listSubscriptions('active');
      expect(subs?.map((s) => [s.channelId, s.workspaceId]).sort()).toEqual([
        ['C0AAA', 'T0AAA'],
        ['C0BBB', 'T0BBB'],
      ]);
      const summary = await briefAll();
      expect(summary.sent).toBe(2);
      const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
      const byChannel = Object.fromEntries(posts.map((p) => [p.params.channel, p.token]));
      expect(byChannel).toEqual({ C0AAA: 'xoxb-team-a', C0BBB: 'xoxb-team-b' });
    });

    it('an Enterprise Grid org-wide install (no team id) answers and briefs every workspace of the org with the org token', async () => {
      expect(await install(h, 'code-org')).toBe(200);
      const row = await h.instances[0]?.store.findInstallation('E0ORG');
      expect(row).toMatchObject({ teamId: null, enterpriseId: 'E0ORG', isEnterpriseInstall: true });
      await command('subscribe', 'T0ORGWS', 'C0ORG', 1, 'E0ORG');
      expect(tokensOf('users.info')).toEqual(['xoxb-org']);
      const [sub] = (await h.instances[0]?.store.listSubscriptions('active')) ?? [];
      expect(sub?.workspaceId).toBe('E0ORG');
      await briefAll();
      expect(tokensOf('chat.postMessage')).toEqual(['xoxb-org']);
    });

    it('app_uninstalled then tokens_revoked: that workspace only is removed and paused, once', async () => {
      await install(h, 'code-a');
      await install(h, 'code-b');
      await command('subscribe', 'T0AAA', 'C0AAA');
      await command('subscribe', 'T0BBB', 'C0BBB');
      const store = h.instances[0]?.store;
      expect((await event('app_uninstalled', { team: 'T0AAA' }, 1)).status).toBe(200);
      await waitUntil(async () => (await store?.getSubscription('slack', 'C0AAA'))?.state === 'paused');
      expect((await event('tokens_revoked', { team: 'T0AAA' }, 0)).status).toBe(200);
      await waitUntil(
        async () => h.logs.filter((l) => l.msg === 'slack: app removed from a workspace').length === 2,
      );
      expect(h.logs.filter((l) => l.msg === 'slack: app removed from a workspace').at(-1)).toMatchObject({
        deleted: false,
        paused: 0,
      });
      const a = await store?.getSubscription('slack', 'C0AAA');
      expect(a).toMatchObject({ state: 'paused', pausedReason: uninstalledReason });
      expect((await store?.getSubscription('slack', 'C0BBB'))?.state).toBe('active');
      expect(await store?.findInstallation('T0AAA')).toBeNull();
      expect(await store?.findInstallation('T0BBB')).not.toBeNull();
      const summary = await briefAll();
      expect(summary.sent).toBe(1);
      expect(tokensOf('chat.postMessage')).toEqual(['xoxb-team-b']);
    });

    it('tokens_revoked first, then app_uninstalled: paused with the first reason; an org uninstall pauses the org', async () => {
      await install(h, 'code-b');
      await install(h, 'code-org');
      await command('subscribe', 'T0BBB', 'C0BBB');
      await command('subscribe', 'T0ORGWS', 'C0ORG', 0, 'E0ORG');
      const store = h.instances[0]?.store;
      await event('tokens_revoked', { team: 'T0BBB' });
      await waitUntil(async () => (await store?.getSubscription('slack', 'C0BBB'))?.state === 'paused');
      await event('app_uninstalled', { team: 'T0BBB' });
      await waitUntil(
        async () => h.logs.filter((l) => l.msg === 'slack: app removed from a workspace').length === 2,
      );
      expect(await store?.getSubscription('slack', 'C0BBB')).toMatchObject({ pausedReason: revokedReason });
      expect((await store?.getSubscription('slack', 'C0ORG'))?.state).toBe('active');
      await event('app_uninstalled', { enterprise: 'E0ORG' });
      await waitUntil(async () => (await store?.getSubscription('slack', 'C0ORG'))?.state === 'paused');
      expect(await store?.findInstallation('E0ORG')).toBeNull();
    });

    it('the newest install of a workspace wins', async () => {
      const store = h.instances[0]?.store;
      if (!store) throw new Error('no store');
      const older = { id: 'T0NEW', teamId: 'T0NEW', enterpriseId: null, isEnterpriseInstall: false };
      await store.saveInstallation({
        ...older,
        sealed: 'newer',
        installedAt: new Date('2026-06-02T00:00:00Z'),
      });
      await store.saveInstallation({
        ...older,
        sealed: 'older',
        installedAt: new Date('2026-06-01T00:00:00Z'),
      });
      expect((await store.findInstallation('T0NEW'))?.sealed).toBe('newer');
      await store.saveInstallation({
        ...older,
        sealed: 'newest',
        installedAt: new Date('2026-06-03T00:00:00Z'),
      });
      expect((await store.findInstallation('T0NEW'))?.sealed).toBe('newest');
    });
  });
});

/** Polls a condition the door settles after its ack (events are acked before they are handled). */
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
