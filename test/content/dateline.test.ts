import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../src/content/dateline.ts';

describe('extractDateline', () => {
  it.each([
    [
      'Gyeongju— In a landmark meeting, leaders met.',
      'Gyeongju',
      null,
      'In a landmark meeting, leaders met.',
    ],
    [
      'SEOUL, Nov 1 (Reuters) - South Korea said on Saturday.',
      'Seoul',
      'Reuters',
      'South Korea said on Saturday.',
    ],
    ['WASHINGTON, D.C. (AP) — The Senate voted.', 'Washington, D.C.', 'AP', 'The Senate voted.'],
    ['NEW YORK: Shares rose on Monday.', 'New York', null, 'Shares rose on Monday.'],
    ['Ashby, Wendshire — Volunteers counted otters.', 'Ashby, Wendshire', null, 'Volunteers counted otters.'],
    ['Tollen — The dam reopened.', 'Tollen', null, 'The dam reopened.'],
  ])('dateline: reads %j', (text, place, agency, rest) => {
    const found = extractDateline(text);
    if (place === null) expect(found).toBeNull();
    else expect(found).toEqual({ place, agency, rest });
  });

  it('dateline: prose that opens with a name and a dash is left alone', () => {
    expect(extractDateline('Mr Hale — the finance chief — resigned.')).toBeNull();
    expect(extractDateline('Asia-Pacific leaders met on Friday.')).toBeNull();
    expect(extractDateline('Note: this is prose.')).toBeNull();
  });
});
