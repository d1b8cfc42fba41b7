// Opens the chat doors the composition root lists, all at once: each door's module and SDK load
// only when it is configured, and when one cannot start, every reason is collected for the caller.
import type { BriefingPort } from '../briefing/port.ts';
import type { Config } from '../config/env.ts';
import type { Summit } from '../core/summit.ts';
import { errorMessage } from '../error-message.ts';
import type { Readiness } from '../health/readiness.ts';
import type { HttpRoute } from '../http/route.ts';
import type { HttpServer } from '../http/server.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore } from '../storage/store.ts';

/** What every door is started with. */
export interface DoorDeps {
  config: Config;
  summit: Summit;
  logger: Logger;
  /** The bot's HTTP server on PORT, listening, when an HTTP feature is on (Slack HTTP mode mounts on it). */
  http?: HttpServer;
  /** Where a door reports whether it is connected (/readyz). */
  readiness?: Readiness;
  /**
   * The store over the database main.ts opens, once it is open (undefined when it could not be):
   * Slack OAuth keeps installations there, so only that door waits for it.
   */
  storeWhenOpen?: Promise<BriefingStore | undefined>;
  /** The briefing, once it runs (a door pauses a server's subscriptions when the bot is removed from it). */
  briefing?: BriefingPort;
}

/** A running door, as the shutdown sees it. */
export interface RunningDoor {
  stop(): Promise<void> | void;
  /** Paths the door serves on the bot's HTTP server (PORT), when it answers over HTTP. */
  routes?: HttpRoute[];
}

/** One door in the composition root's list. */
export interface DoorDescriptor {
  /** Shown in logs and shutdown reports ("Discord", "Slack"). */
  name: string;
  /** True when the configuration turns this door on. */
  enabled(config: Config): boolean;
  /** Loads the door's module and connects; resolves once it answers. */
  start(deps: DoorDeps): Promise<RunningDoor>;
}

/** The doors that opened and the reasons of those that did not. */
export interface OpenedDoors {
  opened: { name: string; door: RunningDoor }[];
  failures: string[];
}

/** Starts every enabled door at once and waits until each has opened or failed. */
export async function openDoors(doors: readonly DoorDescriptor[], deps: DoorDeps): Promise<OpenedDoors> {
  const enabled = doors.filter((door) => door.enabled(deps.config));
  const results = await Promise.allSettled(
    enabled.map(async (door) => ({ name: door.name, door: await door.start(deps) })),
  );
  const opened: OpenedDoors['opened'] = [];
  const failures: string[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') opened.push(result.value);
    else failures.push(errorMessage(result.reason));
  }
  return { opened, failures };
}
