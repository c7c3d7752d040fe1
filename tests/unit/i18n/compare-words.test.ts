import { describe, expect, it } from 'vitest';
import { comparePeriodLabel } from '../../../src/lib/i18n/compare-words';
import { formattersFor } from '../../../src/lib/format';

describe('the period a change is given against', () => {
  it.each([
    ['a whole year', '2024-01', '2024-12', '2024', '2024'],
    ['one month', '2024-02', '2024-02', 'Feb 2024', 'févr. 2024'],
    ['months of one year', '2024-10', '2024-12', 'Oct–Dec 2024', 'oct.–déc. 2024'],
    [
      'months across a year boundary',
      '2024-11',
      '2025-01',
      'Nov 2024 – Jan 2025',
      'nov. 2024 – janv. 2025',
    ],
    ['two whole years', '2023-01', '2024-12', 'Jan 2023 – Dec 2024', 'janv. 2023 – déc. 2024'],
  ])('words %s', (_title, from, to, english, french) => {
    expect(comparePeriodLabel({ from, to }, formattersFor('en'))).toBe(english);
    expect(comparePeriodLabel({ from, to }, formattersFor('fr'))).toBe(french);
  });

  it('signs a change in both languages', () => {
    const [en, fr] = [formattersFor('en'), formattersFor('fr')];
    expect([en.formatChange(1), en.formatChange(-0.25), en.formatChange(0)]).toEqual([
      '+100%',
      '-25%',
      '0%',
    ]);
    expect(fr.formatChange(0.5).replace(/\s/g, ' ')).toBe('+50 %');
  });
});
