// Runs archive measurements in a child process: ingest throughput (analysis on this thread, or in
// the worker pool), filling a database with many stored stories, and search/read latencies over it.
import { availableParallelism } from 'node:os';
import { analyzeInProcess, analyzeText } from '../../src/analysis/in-process.ts';
import { createAnalysisPool, defaultPoolSize } from '../../src/analysis/pool.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { sketchOf } from '../../src/archive/shingles.ts';
import { slugFromHeadline } from '../../src/archive/slug.ts';
import { insertStory } from '../../src/archive/story-writes.ts';
import { contentVersion } from '../../src/content/load-file.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/open.ts';
import type { IncomingStory } from '../../src/stories/story.ts';
import { serveParent, tellParent } from '../lib/spawn.ts';
import { summarize } from '../lib/stats.ts';
import { benchStory } from '../lib/story-text.ts';

const logger = createLogger('warn');

function incoming(index: number): IncomingStory {
  return {
    key: `bench:${index}`,
    url: null,
    text: benchStory(index).text,
    source: { kind: 'feed', name: 'Bench Wire', feedId: 'bench' },
    published: null,
  };
}

/**
 * Ingests `count` new stories into a fresh database; analysis in-process (workers 0), or in a pool
 * of `workers` threads (-1: the default size for the cores this process may use).
 */
async function ingest(message: { dataDir: string; count: number; first: number; workers: number }) {
  const opened = await openDatabase({ dataDir: message.dataDir });
  const workers = message.workers < 0 ? defaultPoolSize() : message.workers;
  const pool = workers > 0 ? createAnalysisPool({ size: workers }) : null;
  const archive = createStoryArchive({
    db: opened.db,
    logger,
    analyze: pool ? pool.analyze : analyzeInProcess,
  });
  try {
    const stories = Array.from({ length: message.count }, (_, i) => incoming(message.first + i));
    // The pool's threads start (and load the analysis code) before the clock starts.
    if (pool) {
      const warm = benchStory(4_000_000).text;
      await Promise.all(Array.from({ length: workers }, () => pool.analyze(warm, 'bench.md', 'warm')));
    }
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const outcomes = pool
      ? await Promise.all(stories.map((s) => archive.ingest(s)))
      : await sequential(stories, (s) => archive.ingest(s));
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const stored = outcomes.filter((o) => o.status === 'new').length;
    return {
      stored,
      seconds,
      mainCpuSeconds: (cpu.user + cpu.system) / 1e6,
      cores: availableParallelism(),
      workers,
    };
  } finally {
    await pool?.close();
    await opened.close();
  }
}

async function sequential<T, R>(items: T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await step(item));
  return out;
}

/**
 * Fills a database with `count` stored stories: `templates` distinct stories are really analysed,
 * and each stored story is one of them under its own headline and slug, written by the archive's
 * own insert (the rows, postings and sketches a real ingest writes).
 */
async function fill(message: { dataDir: string; count: number; templates: number }) {
  const opened = await openDatabase({ dataDir: message.dataDir });
  const pool = createAnalysisPool({ size: defaultPoolSize() });
  try {
    const t0 = performance.now();
    const templates = await Promise.all(
      Array.from({ length: message.templates }, (_, i) => {
        const { text } = benchStory(1_000_000 + i);
        return pool
          .analyze(text, 'bench.md', contentVersion(text))
          .then((r) => ({ text, analyzed: r.analyzed }));
      }),
    );
    const base = Date.parse('2026-01-01T00:00:00Z');
    for (let i = 0; i < message.count; i++) {
      const template = templates[i % templates.length];
      if (!template) continue;
      const { title } = benchStory(i);
      const slug = `${slugFromHeadline(title)}`;
      const at = new Date(base + i * 60_000).toISOString();
      const analyzed = { ...template.analyzed, article: { ...template.analyzed.article, title, slug } };
      await insertStory(opened.db, {
        story: { ...incoming(i), text: template.text },
        sourceKey: `feed:bench:${i}`,
        textHash: contentVersion(`${i}:${template.text}`),
        analyzed,
        published: at,
        sketch: sketchOf(template.text),
        at,
      });
    }
    return { seconds: (performance.now() - t0) / 1000 };
  } finally {
    await pool.close();
    await opened.close();
  }
}

/** Times search, latest, complete and a cold article read over the filled database. */
async function reads(message: { dataDir: string; rounds: number }) {
  const opened = await openDatabase({ dataDir: message.dataDir });
  const archive = createStoryArchive({ db: opened.db, logger, hotSetSize: 10 });
  const queries = [
    'harbour strike',
    'council budget approved',
    'kalo',
    'minister',
    'urgent ferry delayed',
    'Ana Ruiz',
  ];
  const time = async (run: () => Promise<unknown>) => {
    const t0 = performance.now();
    await run();
    return performance.now() - t0;
  };
  try {
    const latest = await archive.latest(500);
    const search: number[] = [];
    const others = { latest: [] as number[], complete: [] as number[], article: [] as number[] };
    for (let round = 0; round < message.rounds; round++) {
      for (const q of queries) search.push(await time(() => archive.search(q, 10)));
      others.latest.push(await time(() => archive.latest(10)));
      others.complete.push(await time(() => archive.complete('ferry', 25)));
      const slug = latest[(round * 37) % latest.length]?.slug ?? '';
      others.article.push(await time(() => archive.article(slug)));
    }
    const hits = (await archive.search('harbour strike', 10)).length;
    return {
      hits,
      searchMs: summarize(search),
      latestMs: summarize(others.latest),
      completeMs: summarize(others.complete),
      articleMs: summarize(others.article),
    };
  } finally {
    await opened.close();
  }
}

/**
 * What ingesting costs the main thread once analysis is done elsewhere: stories are analysed first,
 * then ingested with an analyzer that hands back those results (a structured clone, as from a
 * worker), timing each ingest.
 */
async function mainThread(message: { dataDir: string; count: number }) {
  const opened = await openDatabase({ dataDir: message.dataDir });
  try {
    const texts = Array.from({ length: message.count }, (_, i) => benchStory(3_000_000 + i).text);
    const results = new Map(texts.map((t) => [t, analyzeText(t, 'bench.md', contentVersion(t))]));
    const archive = createStoryArchive({
      db: opened.db,
      logger,
      analyze: async (text) => {
        const result = results.get(text);
        if (!result) throw new Error('not prepared');
        return structuredClone(result);
      },
    });
    const perStory: number[] = [];
    for (const [i, text] of texts.entries()) {
      const t0 = performance.now();
      await archive.ingest({ ...incoming(3_000_000 + i), text });
      perStory.push(performance.now() - t0);
    }
    return { perStoryMs: summarize(perStory) };
  } finally {
    await opened.close();
  }
}

/** One story analysed on this thread, to tell analysis cost from storage cost. */
function analyzeOnly(message: { count: number }) {
  const t0 = performance.now();
  for (let i = 0; i < message.count; i++) analyzeText(benchStory(2_000_000 + i).text, 'bench.md', 'v');
  return { seconds: (performance.now() - t0) / 1000 };
}

serveParent({
  ingest: (m) => ingest(m as never),
  fill: (m) => fill(m as never),
  reads: (m) => reads(m as never),
  analyzeOnly: (m) => analyzeOnly(m as never),
  mainThread: (m) => mainThread(m as never),
  exit: () => {
    setImmediate(() => process.exit(0));
    return {};
  },
});
tellParent({ type: 'ready' });
