// Parity between doors: the same command through the console door and the Discord door says
// the same thing. Every content line the console prints appears in what Discord was sent, and
// the console's follow-ups are Discord's buttons or menu entries.
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/console/door.ts';
import { renderConsole } from '../../src/console/render.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Row = { components: { label?: string; options?: { label: string }[] }[] };

/** The console output split into content lines and action labels, decoration removed. */
function consoleParts(output: string): { lines: string[]; labels: string[] } {
  const [body = '', next = ''] = output.split('\nNext:\n');
  const lines = body
    .split('\n')
    .filter((l) => l.trim() && !/^=+$/.test(l))
    .map((l) => l.trim().replace(/^(! |## |• |— )/, ''));
  const labels = [...next.matchAll(/\((.*)\)$/gm)].map((m) => m[1] ?? '');
  return { lines, labels };
}

const cases: [string, string, Record<string, string>][] = [
  ['summary', 'summary', {}],
  ['section boats', 'section', { name: 'boats' }],
  ['quotes', 'quotes', {}],
  ['quotes speaker:rui', 'quotes', { speaker: 'rui' }],
  ['help', 'help', {}],
  ['section nowhere', 'section', { name: 'nowhere' }],
];

describe('parity: console door and Discord door', () => {
  it('parity: every line the console prints is in the Discord answer, and its actions are the buttons', async () => {
    h = await startHarness({ articles: [handmadeArticle({ sections: 3 })] });
    for (const [line, sub, options] of cases) {
      const consoleOut = renderConsole(await answer(h.summit, line));
      const interaction = h.fake.sendInteraction(chatInputInteraction(h.fake.world, sub, options));
      const data = ((await callbackOf(h.fake, interaction)).body as { data: { components: Row[] } }).data;
      const discordText = messageText(data as never);
      const { lines, labels } = consoleParts(consoleOut);
      expect(lines.length, line).toBeGreaterThan(1);
      for (const content of lines) expect(discordText, `${line}: ${content}`).toContain(content);
      const discordLabels = data.components.flatMap((row) =>
        row.components.flatMap((c) => (c.options ? c.options.map((o) => o.label) : [c.label ?? ''])),
      );
      expect(discordLabels, line).toEqual(labels);
    }
  });
});
