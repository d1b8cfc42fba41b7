// The doors connect while the stories open: a command that arrives first waits for them and is then
// answered exactly as it would have been a moment later, over the real stories (SQLite and content/).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { StoryLibrary } from '../../src/core/library.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { type OpenStories, openStories } from '../../src/lifecycle/open-stories.ts';
import { createLogger } from '../../src/logger.ts';
import { lateLibrary } from '../../src/stories/late-library.ts';

function request(command: string, options: CommandRequest['options'] = {}): CommandRequest {
  return {
    command,
    options,
    who: { platform: 'slack', userId: 'U1', canManage: false },
    where: { platform: 'slack', channelId: 'C1' },
  };
}

/** A promise and the hand that resolves it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Lets every pending promise callback and I/O turn run. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('the stories, read while they open', () => {
  let dir: string;
  let stories: OpenStories | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'summit-late-'));
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'content'), join(dir, 'content'), { recursive: true });
  });
  afterEach(async () => {
    await stories?.close();
    stories = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** The real stories over dir, opened only once the gate opens. */
  function openLater(g: ReturnType<typeof gate>): Promise<OpenStories> {
    const config = loadConfig({ CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') });
    return g.opened.then(async () => {
      stories = await openStories({ config, logger: createLogger('silent'), warn: () => undefined });
      return stories;
    });
  }

  it('a command that arrives before the stories are open waits, then is answered from them', async () => {
    const g = gate();
    const opening = openLater(g);
    const summit = composeSummit({
      library: lateLibrary(opening.then((s) => s.library)),
      now: () => new Date(),
    });
    let answered = false;
    const early = summit.handle(request('latest')).then((reply) => {
      answered = true;
      return reply;
    });
    await turns();
    expect(answered).toBe(false);
    g.open();
    const reply = await early;
    // The same answer a command after the start gets, straight from the opened stories.
    const open = await opening;
    const later = await composeSummit({ library: open.library, now: () => new Date() }).handle(
      request('latest'),
    );
    expect(reply).toEqual(later);
    expect(JSON.stringify(reply)).toContain('Harbour');
    expect(reply.tone).not.toBe('error');
  });

  it('a story asked for by name before the stories are open is found once they are', async () => {
    const g = gate();
    const opening = openLater(g);
    const summit = composeSummit({
      library: lateLibrary(opening.then((s) => s.library)),
      now: () => new Date(),
    });
    const early = summit.handle(request('summary', { article: 'harbour' }));
    await turns();
    g.open();
    const reply = await early;
    expect(reply.tone).not.toBe('error');
    expect(reply.title).toMatch(/harbour/i);
  });

  it('before they are open, the synchronous reads say nothing; afterwards they are the stories’ own', async () => {
    const g = gate();
    const opening = openLater(g);
    const library: StoryLibrary = lateLibrary(opening.then((s) => s.library));
    expect(library.problems()).toEqual([]);
    expect(library.revisionsOff()).toBeNull();
    g.open();
    const open = await opening;
    await library.latest(1);
    expect(library.problems()).toEqual(open.library.problems());
    expect(library.revisionsOff()).toBe(open.library.revisionsOff());
  });

  it('stories that cannot open at all: a waiting read fails with the same reason', async () => {
    const library = lateLibrary(Promise.reject(new Error('content/ unreadable')));
    await expect(library.latest(5)).rejects.toThrow('content/ unreadable');
  });
});
