import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { filteredIncidents as filterIncidents, viewSummary } from './engine-view';
import { currentMonth, monthOf } from '../../../src/domain/months';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const originalTz = process.env.TZ;

afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

// UTC-11, UTC-8, UTC, UTC+9, UTC+14: local midnight falls in another UTC day in most of them.
const ZONES = [
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'UTC',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
];

describe.each(ZONES)('with the process time zone %s', (zone) => {
  const incidents = makeIncidents([
    ['feb-first', '2025-02-01', 10],
    ['feb-last', '2025-02-28', 20],
    ['mar-first', '2025-03-01', 40],
  ]);

  it('keeps an incident on 2025-02-28 in February', () => {
    process.env.TZ = zone;
    expect(monthOf('2025-02-28')).toBe('2025-02');
  });

  it('sums February as the incidents of 1 and 28 February only', () => {
    process.env.TZ = zone;
    expect(viewSummary(incidents).monthly.map((p) => [p.period, p.totalUsd])).toEqual([
      ['2025-02', 30],
      ['2025-03', 40],
    ]);
  });

  it('shows the February incidents when February is selected', () => {
    process.env.TZ = zone;
    const february = filterIncidents(incidents, {
      ...EMPTY_FILTERS,
      from: '2025-02',
      to: '2025-02',
    });
    expect(february.map((i) => i.id)).toEqual(['feb-first', 'feb-last']);
  });

  it('reads the current month in UTC, not local time', () => {
    process.env.TZ = zone;
    expect(currentMonth(new Date('2025-02-28T23:30:00Z'))).toBe('2025-02');
    expect(currentMonth(new Date('2025-03-01T00:30:00Z'))).toBe('2025-03');
  });
});

describe('the time zone switch itself', () => {
  it('changes local time, so the tests above do run in other zones', () => {
    process.env.TZ = 'Asia/Tokyo';
    const tokyoDay = new Date('2025-02-28T20:00:00Z').getDate();
    process.env.TZ = 'America/Los_Angeles';
    const losAngelesDay = new Date('2025-03-01T00:00:00Z').getDate();
    expect([tokyoDay, losAngelesDay]).toEqual([1, 28]);
  });
});
