import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('a titled surname of the other gender is the kin the article introduced', () => {
  it('"said Mr Lee" after "Ann Lee ... her husband, Bo," is Bo Lee', () => {
    const text = [
      'Ann Lee left the farm in May. She went to the city.',
      'Snow kept her husband, Bo, from driving to meet her.',
      '"We were apart for weeks," said Mr Lee.',
    ];
    expect(said(...text)).toEqual(['Bo Lee: We were apart for weeks,']);
  });

  it('"said Mrs Lee" without such a kin is still Ann Lee', () => {
    expect(said('Ann Lee left the farm in May.', '"We were apart for weeks," said Mrs Lee.')).toEqual([
      'Ann Lee: We were apart for weeks,',
    ]);
  });
});
