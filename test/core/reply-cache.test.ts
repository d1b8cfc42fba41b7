import { describe, expect, it } from 'vitest';
import { composeSummit } from '../../src/compose-summit.ts';
import type { Reply } from '../../src/core/reply.ts';
import { deepFreeze, maxRepliesPerArticle, memoReply } from '../../src/core/reply-cache.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import { renderReply } from '../../src/discord/render.ts';
import { renderSlack } from '../../src/slack/render.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

const reply = (title: string): Reply => ({ tone: 'info', title, blocks: [{ kind: 'text', text: title }] });

function request(command: string, options: CommandRequest['options'], userId = 'U1'): CommandRequest {
  return {
    command,
    options,
    who: { platform: 'slack', userId, canManage: false },
    where: { platform: 'slack', channelId: `C-${userId}` },
  };
}

describe('reply cache', () => {
  it('reply cache: builds once per article and key, and hands out the same frozen reply', () => {
    const a = handmadeArticle();
    let builds = 0;
    const build = () => {
      builds++;
      return reply('One');
    };
    const first = memoReply(a, 'k', build);
    expect(memoReply(a, 'k', build)).toBe(first);
    expect(builds).toBe(1);
    expect(Object.isFrozen(first) && Object.isFrozen(first.blocks) && Object.isFrozen(first.blocks[0])).toBe(
      true,
    );
    expect(memoReply(a, 'other', build)).not.toBe(first);
    expect(memoReply(handmadeArticle(), 'k', build)).not.toBe(first);
    expect(builds).toBe(3);
  });

  it('reply cache: keeps at most maxRepliesPerArticle replies, dropping the least recently used', () => {
    const a = handmadeArticle();
    const kept = memoReply(a, 'kept', () => reply('kept'));
    const dropped = memoReply(a, 'dropped', () => reply('dropped'));
    for (let i = 0; i < maxRepliesPerArticle - 1; i++) {
      memoReply(a, 'kept', () => reply('rebuilt'));
      memoReply(a, `q${i}`, () => reply(`q${i}`));
    }
    expect(memoReply(a, 'kept', () => reply('rebuilt'))).toBe(kept);
    expect(memoReply(a, 'dropped', () => reply('dropped again'))).not.toBe(dropped);
  });

  it('reply cache: a build that throws caches nothing', () => {
    const a = handmadeArticle();
    expect(() =>
      memoReply(a, 'k', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(memoReply(a, 'k', () => reply('after')).title).toBe('after');
  });

  it('reply cache: the core answers the same content command with the same reply, whoever asks', async () => {
    const summit = composeSummit({ library: memoryLibrary([handmadeArticle()]), now: () => new Date() });
    const first = await summit.handle(request('quotes', { speaker: 'silva' }, 'U1'));
    expect(await summit.handle(request('quotes', { speaker: 'silva', public: true }, 'U2'))).toBe(first);
    expect(await summit.handle(request('quotes', { speaker: 'rui' }))).not.toBe(first);
    expect(await summit.handle(request('help', {}))).toBe(await summit.handle(request('help', {})));
  });

  it('render caches: a frozen reply is rendered once per door; any other reply afresh', () => {
    const shared = deepFreeze(reply('Shared'));
    expect(renderReply(shared)).toBe(renderReply(shared));
    expect(renderSlack(shared)).toBe(renderSlack(shared));
    expect(Object.isFrozen(renderSlack(shared)[0]?.blocks)).toBe(true);
    const fresh = reply('Fresh');
    expect(renderReply(fresh)).not.toBe(renderReply(fresh));
    expect(renderSlack(fresh)).toEqual(renderSlack(fresh));
    expect(renderSlack(fresh)).not.toBe(renderSlack(fresh));
  });
});
