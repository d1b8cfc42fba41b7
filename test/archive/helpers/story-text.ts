// Story texts for archive tests, written out as a source would hand them over: Markdown with
// front matter and `##` section headings.

/** One section of a test story. */
export interface TestSection {
  heading: string;
  paragraphs: string[];
}

/** A story as Markdown; `lead` paragraphs come before the first heading. */
export function storyText(story: {
  title: string;
  dek?: string;
  published?: string;
  url?: string;
  tags?: string[];
  lead: string[];
  sections?: TestSection[];
}): string {
  const front = [
    '---',
    `title: ${JSON.stringify(story.title)}`,
    ...(story.dek ? [`dek: ${JSON.stringify(story.dek)}`] : []),
    ...(story.published ? [`published: ${story.published}`] : []),
    ...(story.url ? [`url: ${story.url}`] : []),
    ...(story.tags ? [`tags: [${story.tags.join(', ')}]`] : []),
    '---',
  ];
  const body = [
    ...story.lead,
    ...(story.sections ?? []).flatMap((s) => [`## ${s.heading}`, ...s.paragraphs]),
  ];
  return `${front.join('\n')}\n${body.join('\n\n')}\n`;
}
