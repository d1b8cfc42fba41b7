import { describe, expect, it } from 'vitest';
import { ArticleNames } from '../../../src/core/quotes/names.ts';

/** A capitalised word long enough to make a backtracking name regex run for minutes. */
const longWord = `A${'b'.repeat(5)}${'C'.repeat(400)}`;

describe('ArticleNames', () => {
  it('names: an alias ("X, also known as Y") is read, and a long capitalised word does not stall indexing', () => {
    const names = new ArticleNames([
      `${longWord} ${longWord} ${longWord} x.`,
      'Jonathan Smith, better known as Smithy, spoke.',
    ]);
    expect(names.resolve('Smithy', 0)).toBe('Jonathan Smith');
  }, 20_000);

  it('names: a relation is named after or before its phrase, and a long word does not stall the search', () => {
    const names = new ArticleNames([
      `${longWord} ${longWord} and more.`,
      'Her husband, Ben Carter, runs a shop.',
      'Anna Smith, his sister, agreed.',
    ]);
    expect(names.relationNamed('her husband', 0)).toBe('Ben Carter');
    expect(names.relationNamed('his sister', 0)).toBe('Anna Smith');
    expect(names.relationNamed('her manager', 0)).toBeNull();
  }, 20_000);

  it('names: the organisation named nearest before a reference wins, among many mentions', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0 ? 'The Unification Ministry spoke.' : 'The Defence Ministry spoke.',
    );
    const names = new ArticleNames(paragraphs);
    const inParagraph102 = 2 ** 32 * 102;
    expect(names.organisationNamed('ministry', [], inParagraph102)).toBe('Defence Ministry');
    expect(names.organisationNamed('ministry', ['unification'], inParagraph102)).toBe('Unification Ministry');
    expect(names.organisationNamed('ministry', ['foreign'], inParagraph102)).toBeNull();
  }, 20_000);
});

describe('ArticleNames aliases', () => {
  it('names: two names given as each other’s alias resolve without endless recursion', () => {
    const names = new ArticleNames([
      'Abc Def, also known as Xyz Uvw, spoke.',
      'Xyz Uvw, also known as Abc Def, spoke.',
    ]);
    expect(['Abc Def', 'Xyz Uvw']).toContain(names.resolve('Abc Def', 0));
    expect(['Abc Def', 'Xyz Uvw']).toContain(names.resolve('Xyz Uvw', 0));
  });
});
