// Two instances of the Slack door in OAuth mode (each its own Bolt app, HTTP server and database
// connection, as two processes behind one address would be) over one database and one fake Slack
// that lets two workspaces and one Enterprise Grid org install the app.
import { createBriefingPort } from '../../../src/briefing/port.ts';
import type { Senders } from '../../../src/briefing/sender.ts';
import { createSenders } from '../../../src/briefing/senders/create.ts';
import { createBriefingService } from '../../../src/briefing/service.ts';
import { composeSummit } from '../../../src/compose-summit.ts';
import { type Config, loadConfig } from '../../../src/config/env.ts';
import { createLogger } from '../../../src/logger.ts';
import { type SlackDoor, startSlackDoor } from '../../../src/slack/start.ts';
import type { BriefingStore } from '../../../src/storage/store.ts';
import { type FakeInstall, type FakeSlack, startFakeSlack } from '../../fakes/slack/server.ts';
import type { DatabasePlace } from '../../helpers/databases.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';

export const signingSecret = 'oauth-signing-secret';
export const stateSecret = 'oauth-state-secret-0123456789';
export const tokenKey = 'a'.repeat(64);

/** Workspaces that can install: two teams and one org (org-wide, no team id). */
export const installs: FakeInstall[] = [
  { code: 'code-a', teamId: 'T0AAA', botToken: 'xoxb-team-a' },
  { code: 'code-b', teamId: 'T0BBB', botToken: 'xoxb-team-b' },
  { code: 'code-org', enterpriseId: 'E0ORG', botToken: 'xoxb-org' },
];

/** One running instance. */
export interface OAuthInstance {
  door: SlackDoor;
  store: BriefingStore;
  base: string;
}

/** What a test works with. */
export interface OAuthHarness {
  fake: FakeSlack;
  config: Config;
  instances: OAuthInstance[];
  logs: Record<string, unknown>[];
  now: () => Date;
  /** The briefing senders as the bot builds them (over instance A's store). */
  senders(): Promise<Senders>;
  stop(): Promise<void>;
}

/** Starts the fake Slack and two OAuth-mode doors on `place`. */
export async function startOAuthHarness(place: DatabasePlace): Promise<OAuthHarness> {
  const fake = await startFakeSlack({ installs, users: { U0ADMIN: { is_admin: true } } });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logs.push(JSON.parse(line)) });
  const config = loadConfig({
    SLACK_CLIENT_ID: 'fake-client-id',
    SLACK_CLIENT_SECRET: 'fake-client-secret',
    SLACK_STATE_SECRET: stateSecret,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_TOKEN_KEY: tokenKey,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
  });
  const now = () => new Date('2026-06-06T07:59:00Z');
  const instances: OAuthInstance[] = [];
  for (let i = 0; i < 2; i++) {
    const store = await place.open();
    const service = createBriefingService({
      store,
      senders: await createSenders(config, { logger, store }),
      now,
      defaults: { time: '08:00', timezone: 'UTC' },
    });
    const summit = composeSummit(
      { library: memoryLibrary([handmadeArticle()]), now, logger },
      createBriefingPort(service),
    );
    const door = await startSlackDoor({ config, summit, logger, retries: 0, store });
    instances.push({ door, store, base: `http://127.0.0.1:${door.port}` });
  }
  return {
    fake,
    config,
    instances,
    logs,
    now,
    senders: () => createSenders(config, { logger, store: instances[0]?.store }),
    async stop() {
      for (const instance of instances) {
        await instance.door.stop();
        await instance.store.close();
      }
      await fake.close();
    },
  };
}

/** The state cookie and the state of an install started at `base`/slack/install. */
export async function startInstall(
  base: string,
): Promise<{ status: number; state: string; cookie: string; location: string }> {
  const res = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const location = res.headers.get('location') ?? '';
  const state = new URL(location, 'https://slack.com').searchParams.get('state') ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { status: res.status, state, cookie, location };
}

/** Slack sending the installer back to `base`/slack/oauth_redirect with `code` and `state`. */
export async function finishInstall(
  base: string,
  code: string,
  state: string,
  cookie: string,
): Promise<{ status: number; body: string }> {
  const query = new URLSearchParams({ code, state });
  const res = await fetch(`${base}/slack/oauth_redirect?${query}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
  return { status: res.status, body: await res.text() };
}

/** Installs the app for `code`, started on instance `from` and finished on `to`. */
export async function install(h: OAuthHarness, code: string, from = 0, to = 1): Promise<number> {
  const started = await startInstall(h.instances[from]?.base ?? '');
  return (await finishInstall(h.instances[to]?.base ?? '', code, started.state, started.cookie)).status;
}
