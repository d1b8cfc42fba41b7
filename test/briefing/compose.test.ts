import { describe, expect, it } from 'vitest';
import { buildBriefing, markForSlot, newMarker, notableQuote } from '../../src/briefing/compose.ts';
import { encodeAction } from '../../src/core/actions.ts';
import type { ReplyBlock } from '../../src/core/reply.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';

const texts = (blocks: ReplyBlock[]) =>
  blocks.flatMap((b) => ('text' in b ? [b.text] : 'items' in b ? b.items : []));

describe('briefing compose', () => {
  it('briefing: has headline, dek, key points, a quote with its speaker, sections, source and date', () => {
    const a = handmadeArticle();
    const reply = buildBriefing(a, { isNew: false });
    expect(reply.title).toBe(a.article.title);
    const all = texts(reply.blocks);
    expect(all).toContain(a.article.dek);
    for (const point of a.keyPoints) expect(all).toContain(point);
    const quote = reply.blocks.find((b) => b.kind === 'quote');
    expect(quote).toEqual({
      kind: 'quote',
      text: 'We have never seen so many people',
      speaker: 'Ana Silva',
      section: 'Lead',
    });
    expect(all).toEqual(expect.arrayContaining(a.sections.map((d) => d.section.heading)));
    expect(reply.footer).toContain('Test Gazette');
    expect(reply.footer).toContain('2026');
    expect(all).not.toContain(newMarker);
  });

  it('briefing: offers one button per section that opens it, each id within 100 characters', () => {
    const a = handmadeArticle({ sections: 4 });
    const actions = buildBriefing(a, { isNew: false }).actions ?? [];
    const sectionActions = actions.filter((x) => x.command === 'section');
    expect(sectionActions.map((x) => x.options.name)).toEqual(a.sections.map((d) => d.section.id));
    for (const action of actions) {
      expect(action.options.article).toBe(a.article.slug);
      expect(encodeAction(action)).not.toBeNull();
    }
  });

  it('briefing: marks the article as new only when asked', () => {
    const reply = buildBriefing(handmadeArticle(), { isNew: true });
    expect(reply.blocks[0]).toEqual({ kind: 'text', text: newMarker });
  });

  it('briefing: an article without quotes, dek or source still briefs', () => {
    const base = handmadeArticle();
    const a = {
      ...base,
      article: { ...base.article, dek: null, source: null, published: null, dateline: null },
      quotes: [],
      speakers: [],
    };
    const reply = buildBriefing(a, { isNew: false });
    expect(reply.blocks.some((b) => b.kind === 'quote')).toBe(false);
    expect(reply.footer).toBeUndefined();
    expect(markForSlot(reply, '2026-11-28', 'abc').footer).toBe(
      'Daily briefing for Sat, 28 Nov 2026 · ref abc',
    );
  });

  it('briefing: the notable quote prefers a named speaker, then a readable length with more words', () => {
    const q = (text: string, speaker: string | null) => ({
      text,
      speaker,
      sectionId: 'lead',
      section: 'Lead',
    });
    expect(
      notableQuote([q('Long words from nobody at all here today', null), q('Short one', 'Kim')])?.speaker,
    ).toBe('Kim');
    expect(notableQuote([q('Short', 'Kim'), q('A longer and more telling line', 'Lee')])?.speaker).toBe(
      'Lee',
    );
    expect(notableQuote([q('x '.repeat(200), 'Kim'), q('Fits well', 'Lee')])?.speaker).toBe('Lee');
    expect(notableQuote([])).toBeNull();
  });
});
