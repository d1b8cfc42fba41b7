import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError, parseArticle } from '../../src/content/parse.ts';
import { articleSchema } from '../../src/core/article.ts';

const line = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.constantFrom(
    '---',
    '# Heading',
    '## Part Two',
    '> quoted',
    'Must Read: elsewhere',
    'SEOUL (Reuters) - Text.',
    'A sentence that ends. Another one!',
    '**Bold Heading**',
    'summary: [a, b]',
    'published: 2024-02-30',
    '',
    '   ',
    '“Quoted words,” she said.',
  ),
);
const source = fc.array(line, { maxLength: 25 }).map((lines) => lines.join('\n'));

describe('parseArticle on arbitrary input', () => {
  it.each(['any.txt', 'any.md'])(
    'parse: %s either yields a valid article or a ContentError, never a crash',
    (file) => {
      fc.assert(
        fc.property(source, (text) => {
          try {
            const a = parseArticle(text, file);
            expect(articleSchema.safeParse(a).success).toBe(true);
            for (const section of a.sections) {
              for (const s of section.sentences)
                expect(a.sections.flatMap((x) => x.paragraphs)[s.paragraph]).toContain(s.text);
            }
          } catch (err) {
            if (!(err instanceof ContentError)) throw err;
            expect(err.message.startsWith(`${file}: `)).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each(['bytes.txt', 'bytes.md'])(
    'parse: %s from any bytes (decoded as UTF-8) is an article without control characters, or a ContentError',
    (file) => {
      const decoder = new TextDecoder('utf-8');
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.tuple(source, fc.uint8Array({ maxLength: 8 })).map(([text, junk]) => {
          const head = new TextEncoder().encode(text);
          const out = new Uint8Array(head.length + junk.length);
          out.set(head);
          out.set(junk, head.length);
          return out;
        }),
      );
      fc.assert(
        fc.property(bytes, (raw) => {
          try {
            const a = parseArticle(decoder.decode(raw), file);
            expect(articleSchema.safeParse(a).success).toBe(true);
            const texts = [a.title, a.dek ?? '', ...a.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
            for (const text of texts) expect(text).not.toMatch(/[^\P{Cc}\t\n]/u);
          } catch (err) {
            if (!(err instanceof ContentError)) throw err;
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});
