// The sentence diff between revisions: edits paired with what they replaced, moved sentences not
// reported, repeated sentences counted, every change under its section's heading.
import { expect, it } from 'vitest';
import { analyzeText } from '../../src/analysis/in-process.ts';
import { diffRevisions } from '../../src/archive/diff.ts';
import { storyText, type TestSection } from './helpers/story-text.ts';

const analysed = (lead: string[], sections: TestSection[] = []) =>
  analyzeText(storyText({ title: 'Harbour Plan', lead, sections }), 'story.md', 'v').analyzed;

it('diff: an edited sentence is paired with the one it replaced; unrelated ones are added and removed', () => {
  const before = analysed(
    ['The council met on Monday. It approved the harbour plan by six votes to two.'],
    [{ heading: 'Reaction', paragraphs: ['Fishermen said the plan ignored them. Shops welcomed it.'] }],
  );
  const after = analysed(
    ['The council met on Monday. It approved the harbour plan by seven votes to one.'],
    [
      {
        heading: 'Reaction',
        paragraphs: ['Fishermen said the plan ignored them. A protest is planned for Friday.'],
      },
    ],
  );
  expect(diffRevisions(before, after)).toEqual({
    added: [{ section: 'Reaction', text: 'A protest is planned for Friday.' }],
    removed: [{ section: 'Reaction', text: 'Shops welcomed it.' }],
    changed: [
      {
        section: 'Lead',
        before: 'It approved the harbour plan by six votes to two.',
        after: 'It approved the harbour plan by seven votes to one.',
      },
    ],
  });
});

it('diff: a sentence moved to another place is not a change', () => {
  const before = analysed(['The council met on Monday. It approved the plan.', 'Shops welcomed it.']);
  const after = analysed(['Shops welcomed it.', 'The council met on Monday. It approved the plan.']);
  expect(diffRevisions(before, after)).toEqual({ added: [], removed: [], changed: [] });
});

it('diff: a repeated sentence that appears once more is added once', () => {
  const before = analysed(['Rain fell all day. The match went ahead.']);
  const after = analysed(['Rain fell all day. The match went ahead.', 'Rain fell all day. Fans stayed.']);
  expect(diffRevisions(before, after).added.map((s) => s.text)).toEqual([
    'Rain fell all day.',
    'Fans stayed.',
  ]);
});
