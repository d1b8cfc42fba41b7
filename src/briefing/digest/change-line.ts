// A revised story's one line of what changed: "2 sentences added in 'Economic Cooperation'",
// from the archive's sentence-level difference between its latest revision and the one before.
import type { RevisionChanges } from '../../stories/story.ts';

const kinds = [
  ['added', 'added'],
  ['changed', 'changed'],
  ['removed', 'removed'],
] as const;

/** "2 sentences added in 'X', 1 changed in 2 sections"; a bare note when no difference is known. */
export function changeLine(changes: RevisionChanges | null, revision: number): string {
  if (!changes) return `revised (revision ${revision})`;
  const parts: string[] = [];
  for (const [key, verb] of kinds) {
    const list = changes[key];
    if (list.length === 0) continue;
    const sections = [...new Set(list.map((c) => c.section))];
    const noun = parts.length === 0 ? (list.length === 1 ? 'sentence ' : 'sentences ') : '';
    const where = sections.length === 1 ? ` in '${sections[0]}'` : ` in ${sections.length} sections`;
    parts.push(`${list.length} ${noun}${verb}${where}`);
  }
  return parts.length > 0 ? parts.join(', ') : `revised (revision ${changes.revision}), no sentence changed`;
}
