// Opens the bot's HTTP side for src/main.ts: metrics, the database /readyz checks and the webhook's
// archive writes to, the one server on PORT whenever an HTTP feature is on (Slack HTTP mode, the
// newsroom webhook, metrics) with /healthz and /readyz on it, and a server of their own on
// HEALTH_PORT when that is set. The doors mount their routes on the PORT server.
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
import type { OpenDatabase } from '../storage/open.ts';
import type { StoryIntake } from '../stories/story.ts';
import { articlesWebhookRoute } from '../webhook/articles-route.ts';
import type { Shutdown } from './shutdown.ts';

/** What the HTTP side is built from. */
export interface HttpSideDeps {
  config: Config;
  logger: Logger;
  shutdown: Shutdown;
  readiness: Readiness;
  /** The metric series when METRICS=1. */
  metrics?: MetricSeries;
  /** Where webhook stories go (the archive); without it the webhook stays off. */
  intake?: StoryIntake;
  /** Runs after the servers have closed (e.g. closing the database the webhook writes to). */
  afterClose?: () => Promise<void>;
}

/** Why the server on PORT opens: the features that are on, in words for the log. */
export function httpFeatures(config: Config): string[] {
  const doors = enabledDoors(config);
  return [
    ...(doors.slack && doors.slackMode === 'http' ? ['Slack HTTP mode'] : []),
    ...(doors.discord && doors.discordMode === 'http' ? ['Discord HTTP interactions'] : []),
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
    if (config.ARTICLES_WEBHOOK_SECRET && deps.intake) {
      main.add(articlesWebhookRoute({ secret: config.ARTICLES_WEBHOOK_SECRET, intake: deps.intake, logger }));
    } else if (config.ARTICLES_WEBHOOK_SECRET) {
      logger.error('newsroom webhook is off: the story archive could not be opened (see above)');
    }
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

/**
 * The HTTP side: metrics (METRICS=1) before any door makes a request, the database for /readyz
 * and the story archive the webhook writes to, then the servers on PORT and HEALTH_PORT.
 */
export async function openHttpSide(
  config: Config,
  logger: Logger,
  shutdown: Shutdown,
  readiness: Readiness,
): Promise<HttpServer | undefined> {
  const metrics = config.METRICS ? await enableMetrics() : undefined;
  if (!servesHttp(config)) return undefined;
  const storage = await openStorage(config, logger, readiness);
  const webhookOn = Boolean(config.ARTICLES_WEBHOOK_SECRET && storage);
  const archives = webhookOn ? await import('../archive/archive.ts') : undefined;
  try {
    return await startHttpSide({
      config,
      logger,
      shutdown,
      readiness,
      metrics,
      intake: storage && archives?.createStoryArchive({ db: storage.db, logger }),
      afterClose: () => storage?.close() ?? Promise.resolve(),
    });
  } catch (error) {
    await shutdown.run('the HTTP server could not start');
    throw error;
  }
}

/** The database /readyz checks and the webhook's archive uses; undefined (and not ready) when it cannot open. */
async function openStorage(
  config: Config,
  logger: Logger,
  readiness: Readiness,
): Promise<OpenDatabase | undefined> {
  try {
    const [{ openDatabase }, { databaseCheck }] = await Promise.all([
      import('../storage/open.ts'),
      import('../health/database-check.ts'),
    ]);
    const opened = await openDatabase({
      dataDir: config.DATA_DIR,
      databaseUrl: config.DATABASE_URL,
      onError: (error) => logger.error({ err: error }, 'database connection lost; the next query reconnects'),
    });
    readiness.check('database', databaseCheck(opened.db));
    return opened;
  } catch (error) {
    logger.error({ err: error }, 'the database could not be opened for the HTTP side');
    readiness.check('database', async () => errorMessage(error));
    return undefined;
  }
}
