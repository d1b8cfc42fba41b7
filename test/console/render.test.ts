import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/console/render.ts';

describe('console renderer', () => {
  it('renders every block kind as plain text, with actions as commands to type', () => {
    const text = renderConsole({
      tone: 'info',
      title: 'Title',
      blocks: [
        { kind: 'text', text: 'A paragraph.' },
        { kind: 'heading', text: 'Key points' },
        { kind: 'bullets', items: ['One.', 'Two.'] },
        { kind: 'quote', text: 'Words,', speaker: 'Ana Silva', section: 'Lead' },
        { kind: 'quote', text: 'Unclaimed words', speaker: null, section: null },
        { kind: 'fields', fields: [{ name: 'Next run', value: '08:00' }] },
        { kind: 'divider' },
      ],
      footer: 'Test Gazette',
      actions: [{ label: 'Economy', command: 'section', options: { name: 'economy', article: 'a' } }],
    });
    expect(text).toBe(
      [
        'Title',
        '=====',
        '',
        'A paragraph.',
        '',
        '## Key points',
        '  • One.',
        '  • Two.',
        '',
        '  “Words,”',
        '      — Ana Silva, Lead',
        '',
        '  “Unclaimed words”',
        '      — Unattributed',
        '',
        'Next run: 08:00',
        '',
        '----------------------------------------',
        '',
        '— Test Gazette',
        '',
        'Next:',
        '  /summit section name:economy article:a   (Economy)',
      ].join('\n'),
    );
  });

  it('marks errors so they stand out', () => {
    expect(
      renderConsole({ tone: 'error', title: 'No such section', blocks: [] }).startsWith('! No such section'),
    ).toBe(true);
  });

  it('renders a list of 150,000 items without running out of stack, every item on its line', () => {
    const items = Array.from({ length: 150_000 }, (_, i) => `Item ${i}.`);
    const text = renderConsole({ tone: 'info', title: 'Long', blocks: [{ kind: 'bullets', items }] });
    const lines = text.split('\n');
    expect(lines).toHaveLength(2 + items.length);
    expect(lines.at(-1)).toBe('  • Item 149999.');
  });
});
