// The container files against the code (Docker cannot run here): the Dockerfile builds with the
// project's own scripts, copies only files that exist, runs what `npm start` runs as a non-root
// user with a health check on PORT; compose.yaml runs PostgreSQL and two bot instances whose every
// variable is one src/config/env.ts reads and whose environment passes that validation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { envKeys, loadConfig } from '../../src/config/env.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

/** One Dockerfile instruction, continuation lines joined. */
interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions, split into stages at each FROM. */
function dockerStages(): Instruction[][] {
  const joined = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Instruction[][] = [];
  for (const line of joined) {
    const [op = '', ...rest] = line.split(/\s+/);
    const instruction = { op: op.toUpperCase(), args: rest.join(' ') };
    if (instruction.op === 'FROM') stages.push([]);
    stages.at(-1)?.push(instruction);
  }
  return stages;
}

/** The script `npm start` runs once built: the last `node ... <file>.js` of its command. */
function startScript(): string {
  const commands = (packageJson.scripts.start ?? '').split('&&').map((c) => c.trim());
  const run = commands.at(-1)?.split(/\s+/) ?? [];
  return run.find((word) => word.endsWith('.js')) ?? '';
}

describe('Dockerfile', () => {
  const stages = dockerStages();
  const [build = [], runtime = []] = [stages[0], stages.at(-1)];
  const all = stages.flat();

  it('container: two stages on Node 20 Debian; built in the full image, run from the slim one of the same release', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const from = (stage: Instruction[]) => stage[0]?.args.split(/\s+/)[0] ?? '';
    expect(from(build)).toMatch(/^node:20-(\w+)$/);
    expect(from(runtime)).toMatch(/^node:20-(\w+)-slim$/);
    const release = (image: string) => image.replace(/^node:20-/, '').replace(/-slim$/, '');
    expect(release(from(runtime))).toBe(release(from(build)));
  });

  it('container: installs from the lockfile (better-sqlite3 built there) and builds with the npm script the project has', () => {
    const runs = build.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    const npmRuns = runs.flatMap((r) => [...r.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ''));
    expect(npmRuns).toContain('build');
    for (const script of npmRuns) expect(Object.keys(packageJson.scripts)).toContain(script);
    const copied = build.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copied.some((c) => c.includes('package-lock.json'))).toBe(true);
  });

  it('container: every file copied from the build context exists', () => {
    for (const { args } of all.filter((i) => i.op === 'COPY' && !i.args.includes('--from'))) {
      const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
      for (const source of words.slice(0, -1)) expect(existsSync(join(root, source)), source).toBe(true);
    }
  });

  it('container: runs what `npm start` runs, with node itself (signals reach it), as a non-root user', () => {
    const cmd = runtime.filter((i) => i.op === 'CMD').at(-1);
    const argv = JSON.parse(cmd?.args ?? '[]') as string[];
    expect(argv[0]).toBe('node');
    expect(argv.at(-1)).toBe(startScript());
    const copiedOut = runtime.filter((i) => i.op === 'COPY' && i.args.includes('--from')).map((i) => i.args);
    expect(copiedOut.some((c) => c.includes(`/app/${startScript().split('/')[0]}`))).toBe(true);
    const user = runtime.filter((i) => i.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('container: the health check asks GET /healthz on PORT, and every ENV key is one the bot reads', () => {
    const check = runtime.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    expect(check).toContain('/healthz');
    expect(check).toContain('process.env.PORT');
    const env = runtime
      .filter((i) => i.op === 'ENV')
      .flatMap((i) => [...i.args.matchAll(/(\w+)=/g)].map((m) => m[1] ?? ''));
    expect(env).toContain('PORT');
    for (const key of env) expect(envKeys).toContain(key);
  });

  it('container: .dockerignore keeps local installs, builds, data and secrets out', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', 'data', '.env', '.git']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, Record<string, unknown>>;
  };
  const bots = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);

  /** `${NAME:-default}` as compose would expand it with NAME unset, or with `given[NAME]`. */
  const expand = (value: string, given: Record<string, string> = {}) =>
    value.replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_m, name: string, fallback = '') => given[name] ?? fallback);

  it('compose: PostgreSQL with a readiness check, and two bot instances built here that wait for it', () => {
    const db = compose.services.db as { image: string; healthcheck: { test: string[] } };
    expect(db.image).toMatch(/^postgres:/);
    expect(db.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(bots).toHaveLength(2);
    for (const [, bot] of bots) {
      expect(bot.build).toBe('.');
      expect(bot.init).toBe(true);
      expect(bot.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    }
    const hostPorts = bots.flatMap(([, bot]) => (bot.ports as string[]).map((p) => p.split(':')[0]));
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });

  it('compose: every bot variable is one the bot reads, the database is the db service, and the environment validates', () => {
    for (const [, bot] of bots) {
      const env = bot.environment as Record<string, string>;
      for (const key of Object.keys(env)) expect(envKeys).toContain(key);
      expect(expand(env.DATABASE_URL ?? '')).toMatch(/^postgres:\/\/summit:[^@]+@db:5432\/summit$/);
      const unset = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, expand(String(v))]));
      expect(() => loadConfig(unset)).not.toThrow();
      const withTokens = {
        DISCORD_TOKEN: 'discord-token',
        DISCORD_APPLICATION_ID: '123456789012345678',
        SLACK_BOT_TOKEN: 'xoxb-1-2-3',
        SLACK_SIGNING_SECRET: 'secret',
      };
      const filled = Object.fromEntries(
        Object.entries(env).map(([k, v]) => [k, expand(String(v), withTokens)]),
      );
      const config = loadConfig(filled);
      expect(config).toMatchObject({ DISCORD_TOKEN: 'discord-token', SLACK_BOT_TOKEN: 'xoxb-1-2-3' });
      const port = Number(config.PORT);
      expect((bot.ports as string[]).every((p) => p.endsWith(`:${port}`))).toBe(true);
    }
  });
});
