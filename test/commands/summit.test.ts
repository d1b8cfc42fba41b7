import { describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import { commandTreeSchema } from '../../commands/types.ts';

describe('command tree', () => {
  it('has the subcommands every door serves', () => {
    expect(summitTree.subcommands.map((s) => s.name)).toEqual([
      'summary',
      'section',
      'quotes',
      'ask',
      'latest',
      'search',
      'changes',
      'brief',
      'subscribe',
      'unsubscribe',
      'feeds',
      'status',
      'help',
    ]);
  });

  it('keeps every name and description within Discord limits', () => {
    for (const sub of summitTree.subcommands) {
      expect(sub.name).toMatch(/^[a-z0-9-]{1,32}$/);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      expect(sub.options.length).toBeLessThanOrEqual(25);
      for (const opt of sub.options) {
        expect(opt.name).toMatch(/^[a-z0-9-]{1,32}$/);
        expect(opt.description.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('rejects names with capitals, long descriptions and required options after optional ones', () => {
    const bad = (sub: object) =>
      commandTreeSchema.safeParse({ name: 'x', description: 'x', subcommands: [sub] }).success;
    expect(bad({ name: 'Summary', description: 'd' })).toBe(false);
    expect(bad({ name: 'summary', description: 'd'.repeat(101) })).toBe(false);
    expect(
      bad({
        name: 's',
        description: 'd',
        options: [
          { name: 'a', description: 'd', type: 'string' },
          { name: 'b', description: 'd', type: 'string', required: true },
        ],
      }),
    ).toBe(false);
    expect(
      bad({
        name: 's',
        description: 'd',
        options: Array.from({ length: 26 }, (_, i) => ({ name: `o${i}`, description: 'd', type: 'string' })),
      }),
    ).toBe(false);
  });

  it('marks subscribe and unsubscribe as managers only', () => {
    const managers = summitTree.subcommands.filter((s) => s.managersOnly).map((s) => s.name);
    expect(managers).toEqual(['subscribe', 'unsubscribe']);
  });
});
