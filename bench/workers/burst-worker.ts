// Runs part S1 in a child process: the core over a real archive answers a steady stream of commands
// (every kind, autocomplete included, each rendered for Discord) while a burst of new 700-word
// stories is ingested (analysis in the worker pool). Latency counts from when a command was due,
// so time the event loop spent blocked is counted too.
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { defaultPoolSize } from '../../src/analysis/pool.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { composeSummit } from '../../src/compose-summit.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { renderReply } from '../../src/discord/render.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/open.ts';
import { createArchiveLibrary } from '../../src/stories/archive-library.ts';
import type { IncomingStory } from '../../src/stories/story.ts';
import { serveParent, tellParent } from '../lib/spawn.ts';
import { summarize } from '../lib/stats.ts';
import { benchStory } from '../lib/story-text.ts';

const logger = createLogger('warn');

function incoming(index: number): IncomingStory {
  return {
    key: `burst:${index}`,
    url: null,
    text: benchStory(index).text,
    source: { kind: 'feed', name: 'Burst Wire', feedId: 'burst' },
    published: null,
  };
}

const who = { platform: 'discord', userId: 'u1', canManage: false } as const;
const where = { platform: 'discord', channelId: 'c1' } as const;
const request = (command: string, options: CommandRequest['options'] = {}): CommandRequest => ({
  command,
  options,
  who,
  where,
});

/** Commands due every `intervalMs` for `ms`, or until `until` settles; latencies from when each was due. */
async function stream(run: (i: number) => Promise<unknown>, intervalMs: number, until: Promise<unknown>) {
  const latencies: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const t0 = performance.now();
  for (let i = 0; !done; i++) {
    const due = t0 + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const job = run(i).then(() => void latencies.push(Math.max(0, performance.now() - due)));
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  }
  await Promise.all(inFlight);
  return latencies;
}

async function burst(message: {
  dataDir: string;
  seed: number;
  burst: number;
  idleMs: number;
  intervalMs: number;
}) {
  const opened = await openDatabase({ dataDir: message.dataDir });
  const archive = createStoryArchive({ db: opened.db, logger });
  const served = createArchiveLibrary({ archive, problems: () => [], logger });
  const summit = composeSummit({ library: served.library, now: () => new Date(), logger });
  try {
    const seeded = await Promise.all(
      Array.from({ length: message.seed }, (_, i) => served.archive.ingest(incoming(i))),
    );
    await served.settled();
    const slugs = seeded.flatMap((o) => (o.slug ? [o.slug] : []));
    const commands: ((i: number) => Promise<unknown>)[] = [
      () => summit.handle(request('summary')),
      () => summit.handle(request('latest', { count: 10 })),
      () => summit.handle(request('search', { words: 'harbour council budget' })),
      (i) => summit.handle(request('section', { name: '2', article: slugs[i % slugs.length] })),
      (i) => summit.handle(request('quotes', { article: slugs[i % slugs.length] })),
      (i) => summit.handle(request('ask', { question: `what did the mayor say about ${i % 7}?` })),
      () => summit.complete({ command: 'summary', option: 'article', value: 'counc', options: {} }),
      (i) => summit.handle(request('summary', { article: slugs[(i * 7) % slugs.length] })),
      () => summit.handle(request('changes')),
    ];
    const names = [
      'summary',
      'latest',
      'search',
      'section',
      'quotes',
      'ask',
      'autocomplete',
      'other',
      'changes',
    ];
    /** Each command's own time (from its start, not from when it was due), by kind. */
    const own = new Map<string, number[]>();
    const run = async (i: number) => {
      const t = performance.now();
      const reply = await (commands[i % commands.length] as (i: number) => Promise<unknown>)(i);
      if (reply && typeof reply === 'object' && 'blocks' in reply) renderReply(reply as never);
      const name = names[i % names.length] ?? '';
      own.set(name, [...(own.get(name) ?? []), performance.now() - t]);
    };
    // The burst's texts are made up front: generating them is the benchmark's work, not the bot's.
    const arriving = Array.from({ length: message.burst }, (_, i) => incoming(100_000 + i));
    const idle = await stream(run, message.intervalMs, new Promise((r) => setTimeout(r, message.idleMs)));
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const t0 = performance.now();
    const ingesting = Promise.all(arriving.map((story) => served.archive.ingest(story)));
    own.clear();
    const during = await stream(run, message.intervalMs, ingesting);
    const byCommand = Object.fromEntries([...own].map(([name, ms]) => [name, summarize(ms)]));
    const outcomes = await ingesting;
    const seconds = (performance.now() - t0) / 1000;
    loop.disable();
    return {
      idle: summarize(idle),
      burst: summarize(during),
      byCommand,
      seconds,
      stored: outcomes.filter((o) => o.status === 'new').length,
      loopP99Ms: loop.percentile(99) / 1e6,
      loopMaxMs: loop.max / 1e6,
      workers: defaultPoolSize(),
      cores: availableParallelism(),
    };
  } finally {
    served.close();
    await opened.close();
  }
}

serveParent({
  burst: (m) => burst(m as never),
  exit: () => {
    setImmediate(() => process.exit(0));
    return {};
  },
});
tellParent({ type: 'ready' });
