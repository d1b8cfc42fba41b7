// Opens the bot's HTTP side for src/main.ts: metrics, the one server on PORT whenever an HTTP
// feature is on (Slack HTTP mode, the newsroom webhook, metrics) with /healthz and /readyz on it, and
// a server of their own on HEALTH_PORT when that is set. The doors mount their routes on the PORT
// server; once the stories are open, /readyz checks their database and the webhook writes to them.

import type { Config } from '../config/env.ts';
import { enabledDoors } from '../config/env.ts';
import { errorMessage } from '../error-message.ts';
import type { Readiness } from '../health/readiness.ts';
import { healthRoutes } from '../health/routes.ts';
import type { HttpRoute } from '../http/route.ts';
import { createHttpServer, type HttpServer } from '../http/server.ts';
import type { Logger } from '../logger.ts';
import type { MetricSeries } from '../metrics/definitions.ts';
import { enableMetrics } from '../metrics/metrics.ts';
import { metricsRoute } from '../metrics/route.ts';
import type { StoryIntake } from '../stories/story.ts';
import { articlesWebhookRoute } from '../webhook/articles-route.ts';
import type { OpenStories } from './open-stories.ts';
import type { Shutdown } from './shutdown.ts';

/** What the HTTP side is built from. */
export interface HttpSideDeps {
  config: Config;
  logger: Logger;
  shutdown: Shutdown;
  readiness: Readiness;
  /** The metric series when METRICS=1. */
  metrics?: MetricSeries;
  /** Runs after the servers have closed (e.g. closing the database the webhook writes to). */
  afterClose?: () => Promise<void>;
}

/** Why the server on PORT opens: the features that are on, in words for the log. */
export function httpFeatures(config: Config): string[] {
  const doors = enabledDoors(config);
  return [
    ...(doors.slack && doors.slackMode === 'http' ? ['Slack HTTP mode'] : []),
    ...(doors.discord && doors.discordMode === 'http' ? ['Discord interactions endpoint'] : []),
    ...(config.ARTICLES_WEBHOOK_SECRET ? ['newsroom webhook'] : []),
    ...(config.METRICS ? ['metrics'] : []),
  ];
}

/** True when something listens on HTTP (PORT or HEALTH_PORT), so /readyz can be asked. */
export function servesHttp(config: Config): boolean {
  return httpFeatures(config).length > 0 || config.HEALTH_PORT !== undefined;
}

/**
 * Opens and listens: the PORT server (undefined when no HTTP feature is on) and the HEALTH_PORT
 * server. Registers their close with the shutdown. Throws naming PORT or HEALTH_PORT when one cannot listen.
 */
export async function startHttpSide(deps: HttpSideDeps): Promise<HttpServer | undefined> {
  const { config, logger, shutdown, readiness } = deps;
  const features = httpFeatures(config);
  const opened: HttpServer[] = [];
  shutdown.add('HTTP server', async () => {
    await Promise.all(opened.map((server) => server.close()));
    await deps.afterClose?.();
  });
  const common: HttpRoute[] = [
    ...healthRoutes(readiness),
    ...(deps.metrics ? [metricsRoute(deps.metrics)] : []),
  ];
  let main: HttpServer | undefined;
  if (features.length > 0) {
    main = createHttpServer({ logger });
    for (const route of common) main.add(route);
    const port = await listenOn(main, config.PORT, 'PORT');
    opened.push(main);
    logger.info({ port, features }, 'HTTP server listening');
  }
  if (config.HEALTH_PORT !== undefined && !(main && config.HEALTH_PORT === config.PORT)) {
    const health = createHttpServer({ logger });
    for (const route of common) health.add(route);
    const port = await listenOn(health, config.HEALTH_PORT, 'HEALTH_PORT');
    opened.push(health);
    logger.info({ port, paths: common.map((r) => r.path) }, 'health server listening');
  }
  return main;
}

async function listenOn(server: HttpServer, port: number, key: string): Promise<number> {
  try {
    return await server.listen(port);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new Error(
      `${key} ${port} cannot be listened on (${typeof code === 'string' ? code : errorMessage(error)}).`,
      {
        cause: error,
      },
    );
  }
}

/** The HTTP side: metrics (METRICS=1) before any door makes a request, then the servers on PORT and HEALTH_PORT. */
export async function openHttpSide(
  config: Config,
  logger: Logger,
  shutdown: Shutdown,
  readiness: Readiness,
): Promise<HttpServer | undefined> {
  const metrics = config.METRICS ? await enableMetrics() : undefined;
  if (!servesHttp(config)) return undefined;
  try {
    return await startHttpSide({ config, logger, shutdown, readiness, metrics });
  } catch (error) {
    await shutdown.run('the HTTP server could not start');
    throw error;
  }
}

/**
 * Once the stories are open: /readyz checks their database (or says why there is none), and the
 * newsroom webhook (ARTICLES_WEBHOOK_SECRET) takes stories into their archive on the PORT server.
 * Until then /readyz is not ready, so no balancer sends the webhook's path here before it exists.
 */
export async function serveStories(
  config: Config,
  logger: Logger,
  readiness: Readiness,
  http: HttpServer | undefined,
  stories: Pick<OpenStories, 'database' | 'archive'>,
): Promise<void> {
  if (!servesHttp(config)) return;
  const { database } = stories;
  if ('db' in database) {
    const { databaseCheck } = await import('../health/database-check.ts');
    readiness.check('database', databaseCheck(database.db));
  } else {
    const why = errorMessage(database.error);
    readiness.check('database', async () => why);
  }
  if (!http || !config.ARTICLES_WEBHOOK_SECRET) return;
  const intake: StoryIntake | null = stories.archive;
  if (!intake) {
    logger.error('newsroom webhook is off: the story archive could not be opened (see above)');
    return;
  }
  http.add(articlesWebhookRoute({ secret: config.ARTICLES_WEBHOOK_SECRET, intake, logger }));
}
