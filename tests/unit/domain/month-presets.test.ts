import { describe, expect, it } from 'vitest';
import { incidentYears, monthPresets } from '../../../src/domain/month-presets';

const yearLabels = (years: readonly number[]) =>
  monthPresets('2026-11', years)
    .slice(3)
    .map((preset) => (preset.name.kind === 'year' ? preset.name.year : preset.name.kind));

describe('year presets', () => {
  it.each<[string, { date: string }[], string[]]>([
    ['no incidents', [], []],
    ['one incident', [{ date: '2025-02-21' }], ['2025']],
    [
      'incidents in 2019 and 2025 only (no presets for the empty years between)',
      [{ date: '2019-03-01' }, { date: '2025-01-01' }, { date: '2025-12-31' }],
      ['2025', '2019'],
    ],
    [
      'a dataset spanning 0100 to 9999 with three incidents',
      [{ date: '0100-01-01' }, { date: '9999-12-31' }, { date: '2024-06-01' }],
      ['9999', '2024', '0100'],
    ],
  ])('offers one preset per year with incidents for %s', (_what, incidents, expected) => {
    expect(yearLabels(incidentYears(incidents))).toEqual(expected);
  });

  it('makes a year preset cover January to December of that year', () => {
    expect(monthPresets('2026-11', [100])[3]).toEqual({
      name: { kind: 'year', year: '0100' },
      from: '0100-01',
      to: '0100-12',
    });
  });
});
