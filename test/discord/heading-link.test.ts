// A linked heading (a digest story's headline) becomes a masked link on Discord and Slack, and
// no headline can end the link early or smuggle in a link of its own.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { heading } from '../../src/discord/units.ts';
import { renderSlack } from '../../src/slack/render.ts';

const reply = (text: string, url: string): Reply => ({
  tone: 'info',
  title: 'Digest',
  blocks: [{ kind: 'heading', text, url }],
});

describe('linked headings', () => {
  it('heading: a web URL makes the headline a masked link', () => {
    expect(heading('Harbour reopens', 'https://news.example/a b(1)')).toEqual([
      {
        kind: 'text',
        text: '**[Harbour reopens](<https://news.example/a%20b(1)>)**',
        separator: '\n\n',
        keepWithNext: true,
      },
    ]);
    expect(JSON.stringify(renderSlack(reply('Harbour reopens', 'https://news.example/a')))).toContain(
      '*<https://news.example/a|Harbour reopens>*',
    );
  });

  it('heading: brackets in the headline are escaped, so the label cannot close early', () => {
    const [unit] = heading('Evil](<https://evil.example>) [x]', 'https://news.example/a');
    expect(unit?.text).toBe('**[Evil\\](<https://evil.example>) \\[x\\]](<https://news.example/a>)**');
  });

  it('heading: a javascript: URL is no link', () => {
    expect(heading('Click', 'javascript:alert(1)')[0]?.text).toBe('**Click**');
    expect(JSON.stringify(renderSlack(reply('Click', 'javascript:alert(1)')))).not.toContain('javascript');
  });
});
