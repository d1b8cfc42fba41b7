// Parity between doors: the same command through the console door and the Discord door says
// the same thing. Every content line the console prints appears in what Discord was sent, the
// console's follow-ups are Discord's buttons or menu entries, and Discord shows the answer to
// whom the core's answer policy says (the console has a single reader, so the policy is its record).
import { afterEach, describe, expect, it } from 'vitest';
import { answer } from '../../src/console/door.ts';
import { renderConsole } from '../../src/console/render.ts';
import { visibilityOf } from '../../src/core/answer-policy.ts';
import { parseTextCommand } from '../../src/core/text-command.ts';
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

const cases: [string, string, Record<string, string | boolean>][] = [
  ['summary', 'summary', {}],
  ['summary public', 'summary', { public: true }],
  ['section boats', 'section', { name: 'boats' }],
  ['section boats public', 'section', { name: 'boats', public: true }],
  ['section nowhere public', 'section', { name: 'nowhere', public: true }],
  ['quotes', 'quotes', {}],
  ['quotes speaker:rui', 'quotes', { speaker: 'rui' }],
  ['help', 'help', {}],
  ['section nowhere', 'section', { name: 'nowhere' }],
];

describe('parity: console door and Discord door', () => {
  it('parity: every line the console prints is in the Discord answer, its actions are the buttons, and it is seen by whom the policy says', async () => {
    h = await startHarness({ articles: [handmadeArticle({ sections: 3 })] });
    for (const [line, sub, options] of cases) {
      const reply = await answer(h.summit, line);
      const consoleOut = renderConsole(reply);
      const interaction = h.fake.sendInteraction(chatInputInteraction(h.fake.world, sub, options));
      const data = (
        (await callbackOf(h.fake, interaction)).body as { data: { components: Row[]; flags?: number } }
      ).data;
      const seenBy = ((data.flags ?? 0) & 64) === 64 ? 'private' : 'public';
      expect(seenBy, `${line}: who sees it`).toBe(visibilityOf(parseTextCommand(line), reply));
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
