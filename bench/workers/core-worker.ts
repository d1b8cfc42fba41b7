// Runs on the measured core: times handle + render of every subcommand on each platform (part 1)
// and analyzeArticle over the evaluation articles (part 2), and sends the samples to the parent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBriefingPort } from '../../src/briefing/port.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import { renderConsole } from '../../src/console/render.ts';
import { createContentLibrary } from '../../src/content/library.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Platform } from '../../src/core/request.ts';
import { renderReply } from '../../src/discord/render.ts';
import { createLogger } from '../../src/logger.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { contentOnlyStories } from '../../src/stories/content-only.ts';
import { serveParent, tellParent } from '../lib/spawn.ts';
import { median, summarize } from '../lib/stats.ts';
import { coreCases, requestOf } from './core-cases.ts';

const renderers: Record<Platform, (reply: Reply) => { messages: number; chars: number }> = {
  console: (reply) => ({ messages: 1, chars: renderConsole(reply).length }),
  discord: (reply) => {
    const messages = renderReply(reply);
    return { messages: messages.length, chars: JSON.stringify(messages).length };
  },
  slack: (reply) => {
    const messages = renderSlack(reply);
    return { messages: messages.length, chars: JSON.stringify(messages).length };
  },
};

const elapsedUs = (from: bigint) => Number(process.hrtime.bigint() - from) / 1000;
const cpuUs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return used.user + used.system;
};

async function briefingService(dataDir: string) {
  try {
    const { openStore } = await import('../../src/storage/store.ts');
    const { createBriefingService } = await import('../../src/briefing/service.ts');
    const store = await openStore({ dataDir });
    const service = createBriefingService({
      store,
      senders: {},
      now: () => new Date(),
      defaults: { time: '08:00', timezone: 'UTC' },
    });
    return { service, note: null as string | null };
  } catch (error) {
    return {
      service: undefined,
      note: `briefing service unavailable (${String(error)}): storage commands answer "off"`,
    };
  }
}

/** One case on one platform: its samples over every round and each round's p99. */
interface Series {
  total: number[];
  handle: number[];
  roundP99: number[];
  cpu: number[];
  roundCpuP99: number[];
  messages: number;
  chars: number;
  tone: string;
}

async function timeCore(message: {
  iterations: number;
  msPerRound: number;
  rounds: number;
  contentDir: string;
}) {
  const logger = createLogger('warn');
  const library = await createContentLibrary(message.contentDir, logger, { watch: false });
  const article = library.newest();
  if (!article) throw new Error(`no valid article in ${message.contentDir}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'summit-bench-core-'));
  const { service, note } = await briefingService(dataDir);
  const summit = composeSummit(
    { library: contentOnlyStories(library), now: () => new Date(), logger },
    createBriefingPort(service),
  );
  const platforms: Platform[] = ['console', 'discord', 'slack'];
  const cases = coreCases(article).flatMap((c) =>
    platforms.map((platform) => ({ c, platform, req: requestOf(c, platform) })),
  );
  const series = cases.map(
    (): Series => ({
      total: [],
      handle: [],
      roundP99: [],
      cpu: [],
      roundCpuP99: [],
      messages: 0,
      chars: 0,
      tone: '',
    }),
  );
  // Warm-up: every case until the JIT has settled.
  for (const { platform, req } of cases)
    for (let i = 0; i < 200; i++) renderers[platform](await summit.handle(req));
  // Rounds: every case gets a short run per round, so a burst of noise on the machine lands in
  // one round of many cases rather than in all of one case; p99 is the median of round p99s.
  for (let round = 0; round < message.rounds; round++) {
    for (const [k, { platform, req }] of cases.entries()) {
      const s = series[k] as Series;
      const render = renderers[platform];
      const total: number[] = [];
      const cpu: number[] = [];
      const deadline = performance.now() + message.msPerRound;
      for (let i = 0; i < message.iterations && (i < 50 || performance.now() < deadline); i++) {
        const cpu0 = process.cpuUsage();
        const start = process.hrtime.bigint();
        const reply = await summit.handle(req);
        s.handle.push(elapsedUs(start));
        const shape = render(reply);
        total.push(elapsedUs(start));
        cpu.push(cpuUs(cpu0));
        s.messages = shape.messages;
        s.chars = shape.chars;
        s.tone = reply.tone;
      }
      s.total.push(...total);
      s.roundP99.push(summarize(total).p99);
      s.cpu.push(...cpu);
      s.roundCpuP99.push(summarize(cpu).p99);
    }
  }
  library.close();
  rmSync(dataDir, { recursive: true, force: true });
  const rows = cases.map(({ c, platform }, k) => {
    const s = series[k] as Series;
    return {
      label: c.label,
      platform,
      storage: c.storage,
      tone: s.tone,
      messages: s.messages,
      chars: s.chars,
      total: summarize(s.total),
      handle: summarize(s.handle),
      p99OfRounds: median(s.roundP99),
      roundP99: s.roundP99,
      cpuUs: summarize(s.cpu),
      cpuP99OfRounds: median(s.roundCpuP99),
    };
  });
  return { article: article.article.slug, rows, note };
}

async function timeAnalyze(message: { evalDirs: string[]; maxMs: number }) {
  const { loadEvalArticles } = await import('../../scripts/eval/articles.ts');
  const { analyzeArticle } = await import('../../src/core/analyze.ts');
  const loaded = [];
  for (const dir of message.evalDirs) loaded.push(...((await loadEvalArticles(dir)) ?? []));
  if (loaded.length === 0) return { missing: true };
  for (const a of loaded) analyzeArticle(a.article, 'warmup');
  const per: number[] = [];
  const byArticle = new Map<string, number[]>();
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < message.maxMs || count < loaded.length) {
    for (const a of loaded) {
      const t = process.hrtime.bigint();
      analyzeArticle(a.article, `bench-${count}`);
      const ms = elapsedUs(t) / 1000;
      per.push(ms);
      byArticle.set(a.record.id, [...(byArticle.get(a.record.id) ?? []), ms]);
      count++;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const slowest = [...byArticle.entries()]
    .map(([id, ms]) => ({ id, p50: summarize(ms).p50 }))
    .sort((x, y) => y.p50 - x.p50)
    .slice(0, 3);
  const words = loaded.reduce((n, a) => n + a.record.text.split(/\s+/).length, 0);
  return {
    missing: false,
    articles: loaded.length,
    analyzed: count,
    seconds,
    perArticleMs: summarize(per),
    slowest,
    wordsPerArticle: words / loaded.length,
  };
}

serveParent({
  core: (m) => timeCore(m as never),
  analyze: (m) => timeAnalyze(m as never),
  exit: () => {
    setImmediate(() => process.exit(0));
    return {};
  },
});
tellParent({ type: 'ready' });
