// Keeps a door's readiness part in step with its connection: the Discord gateway's shards and
// Slack's Socket Mode link report when they drop and come back. Doors answering over HTTP are
// ready once their routes are mounted, since the HTTP server is what connects them.
import type { Client } from 'discord.js';
import type { ReadinessPart } from './readiness.ts';

/** Ready while every shard of the gateway connection is up. */
export function watchDiscordGateway(client: Client, part: ReadinessPart): void {
  const down = new Set<number>();
  const update = () =>
    down.size === 0 ? part.ready() : part.notReady(`gateway shard ${[...down].join(', ')} disconnected`);
  client.on('shardReady', (id) => {
    down.delete(id);
    update();
  });
  client.on('shardResume', (id) => {
    down.delete(id);
    update();
  });
  client.on('shardDisconnect', (_event, id) => {
    down.add(id);
    update();
  });
  client.on('shardReconnecting', (id) => {
    down.add(id);
    update();
  });
  if (client.isReady()) update();
}

/** Ready while Slack's Socket Mode client is connected. */
export function watchSlackSocket(
  client: { on(event: string, listener: () => void): unknown },
  part: ReadinessPart,
): void {
  client.on('connected', () => part.ready());
  // The link closing starts the SDK's wait before it reconnects (about 5 s): not ready from here.
  client.on('close', () => part.notReady('Socket Mode link closed'));
  client.on('reconnecting', () => part.notReady('Socket Mode reconnecting'));
  client.on('disconnected', () => part.notReady('Socket Mode disconnected'));
}
