// Runs on the measured core: times handle + render of every subcommand on each platform (part 1)
// and analyzeArticle over the evaluation articles (part 2), and sends the samples to the parent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderConsole } from '../../src/console/render.ts';
import { createContentLibrary } from '../../src/content/library.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Platform } from '../../src/core/request.ts';
import { createSummit } from '../../src/core/summit.ts';
import { renderReply } from '../../src/discord/render.ts';
import { createLogger } from '../../src/logger.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { serveParent, tellParent } from '../lib/spawn.ts';
import { summarize } from '../lib/stats.ts';
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

async function briefingService(dataDir: string) {
  try {
    const { openStore } = await import('../../src/storage/store.ts');
    const { createBriefingService } = await import('../../src/briefing/service.ts');
    const store = await openStore({ dataDir });
    const service = createBriefingService({ store, senders: {}, now: () => new Date(), defaults: { time: '08:00', timezone: 'UTC' } });
    return { service, note: null as string | null };
  } catch (error) {
    return { service: undefined, note: `briefing service unavailable (${String(error)}): storage commands answer "off"` };
  }
}

async function timeCore(message: { iterations: number; maxMsPerCase: number; contentDir: string }) {
  const logger = createLogger('warn');
  const library = createContentLibrary(message.contentDir, logger, { watch: false });
  const article = library.newest();
  if (!article) throw new Error(`no valid article in ${message.contentDir}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'summit-bench-core-'));
  const { service, note } = await briefingService(dataDir);
  const summit = createSummit({ library, now: () => new Date(), logger, briefing: service });
  const rows = [];
  for (const c of coreCases(article)) {
    for (const platform of ['console', 'discord', 'slack'] as Platform[]) {
      const render = renderers[platform];
      const req = requestOf(c, platform);
      for (let i = 0; i < Math.min(50, message.iterations); i++) render(await summit.handle(req));
      const total: number[] = [];
      const handle: number[] = [];
      let shape = { messages: 0, chars: 0 };
      let tone = '';
      const deadline = performance.now() + message.maxMsPerCase;
      for (let i = 0; i < message.iterations && (i < 100 || performance.now() < deadline); i++) {
        const start = process.hrtime.bigint();
        const reply = await summit.handle(req);
        handle.push(elapsedUs(start));
        shape = render(reply);
        total.push(elapsedUs(start));
        tone = reply.tone;
      }
      rows.push({ label: c.label, platform, storage: c.storage, tone, ...shape, total: summarize(total), handle: summarize(handle) });
    }
  }
  library.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { article: article.article.slug, rows, note };
}

async function timeAnalyze(message: { evalDir: string; maxMs: number }) {
  const { loadEvalArticles } = await import('../../scripts/eval/articles.ts');
  const { analyzeArticle } = await import('../../src/core/analyze.ts');
  const loaded = await loadEvalArticles(message.evalDir);
  if (!loaded) return { missing: true };
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
  return { missing: false, articles: loaded.length, analyzed: count, seconds, perArticleMs: summarize(per), slowest, wordsPerArticle: words / loaded.length };
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
