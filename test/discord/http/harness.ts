// Starts the Discord HTTP interactions door (one or more instances, each its own core and HTTP
// server on 127.0.0.1 port 0, as separate processes would be) against a fresh fake Discord that
// signs what it posts. Always call close() in afterEach.
import { composeSummit } from '../../../src/compose-summit.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import type { Summit } from '../../../src/core/summit.ts';
import { type DiscordHttpDoor, startDiscordHttpDoor } from '../../../src/discord/http/door.ts';
import { interactionsPath } from '../../../src/discord/http/endpoint.ts';
import { createHttpServer, type HttpServer } from '../../../src/http/server.ts';
import {
  createSigningKeys,
  type EndpointAnswer,
  postInteraction,
  type SigningKeys,
} from '../../fakes/discord/outgoing.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord/server.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { type LogLine, memoryLogger } from '../helpers/harness.ts';

/** One running instance of the bot's HTTP door. */
export interface Instance {
  url: string;
  door: DiscordHttpDoor;
  server: HttpServer;
  summit: Summit;
}

/** What a test works with. */
export interface HttpHarness {
  fake: FakeDiscord;
  keys: SigningKeys;
  instances: Instance[];
  logs: LogLine[];
  /** Posts `payload` signed to instance `at` (default 0). */
  post(
    payload: { id: string; token: string; type: number },
    at?: number,
    options?: Parameters<typeof postInteraction>[4],
  ): Promise<EndpointAnswer>;
  close(): Promise<void>;
}

/** Options for the harness. */
export interface HttpHarnessOptions {
  articles?: AnalyzedArticle[];
  instances?: number;
  deferAfterMs?: number;
  summit?: (base: Summit) => Summit;
  now?: () => number;
}

/** Starts a fake Discord and `instances` doors against it. */
export async function startHttpHarness(options: HttpHarnessOptions = {}): Promise<HttpHarness> {
  const fake = await startFakeDiscord();
  const keys = createSigningKeys();
  const { logger, lines } = memoryLogger();
  const instances: Instance[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) {
    const base = composeSummit({
      library: memoryLibrary(options.articles ?? [handmadeArticle()]),
      now: () => new Date('2026-06-06T08:00:00Z'),
      logger,
    });
    const summit = options.summit ? options.summit(base) : base;
    const door = startDiscordHttpDoor({
      config: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_BASE: fake.apiBase },
      summit,
      logger,
      rest: { retries: 0 },
      deferAfterMs: options.deferAfterMs ?? 2000,
      now: options.now,
    });
    const server = createHttpServer({ logger });
    for (const route of door.routes) server.add(route);
    const port = await server.listen(0, '127.0.0.1');
    instances.push({ url: `http://127.0.0.1:${port}${interactionsPath}`, door, server, summit });
  }
  return {
    fake,
    keys,
    instances,
    logs: lines,
    post(payload, at = 0, postOptions = {}) {
      const instance = instances[at];
      if (!instance) throw new Error(`no instance ${at}`);
      return postInteraction(fake, keys, instance.url, payload, postOptions);
    },
    async close() {
      for (const instance of instances) {
        await instance.door.stop();
        await instance.server.close();
      }
      await fake.close();
    },
  };
}
