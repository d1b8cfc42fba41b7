// A large article of ordinary quoted news prose, for tests that need one near the size limit.

/** An article just under `bytes` long: a headline, then quoted paragraphs in parts of twenty. */
export function largeArticle(bytes: number): string {
  const lines = ['Council Debates the Harbour Plan'];
  let size = (lines[0]?.length ?? 0) + 1;
  for (let i = 0; size < bytes - 400; i++) {
    if (i % 20 === 19) {
      const heading = `Part ${i} of the Talks`;
      lines.push(heading);
      size += heading.length + 1;
    }
    const line = `On day ${i} the council met again about the harbour. "We need item ${i} settled soon," said Mayor Ana Silva. Critics said the plan for berth ${i % 97} was slow and costly.`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
