import { describe, expect, it } from 'vitest';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { barLabels, periodOfDate } from '../../../src/domain/timeline-labels';

const largest = makeIncidents([
  ['bybit', '2025-02-21', 1_460_000_000],
  ['cetus', '2025-05-22', 223_000_000],
  ['ronin', '2022-03-23', 624_000_000],
  ['poly', '2021-08-10', 611_000_000],
  ['wazirx', '2024-07-18', 235_000_000],
]).sort((a, b) => b.amountUsd - a.amountUsd);

describe('the bars the timeline names', () => {
  it('names the bars of the three largest incidents, largest first', () => {
    const labels = barLabels(largest, periodOfDate.monthly);
    expect(labels.map((label) => [label.rank, label.period, label.incident.id])).toEqual([
      [1, '2025-02', 'bybit'],
      [2, '2022-03', 'ronin'],
      [3, '2021-08', 'poly'],
    ]);
  });

  it('names a bar holding two of them once, after its largest, and the next bar instead', () => {
    const byId = new Map(largest.map((incident) => [incident.id, incident]));
    const list = ['bybit', 'cetus', 'ronin', 'poly'].flatMap((id) => byId.get(id) ?? []);
    expect(list).toHaveLength(4);
    const byYear = barLabels(list, periodOfDate.yearly);
    expect(byYear.map((label) => [label.period, label.incident.id])).toEqual([
      ['2025', 'bybit'],
      ['2022', 'ronin'],
      ['2021', 'poly'],
    ]);
  });

  it('names fewer bars when fewer incidents are in view, and none for no incident', () => {
    expect(barLabels(largest.slice(0, 1), periodOfDate.yearly)).toHaveLength(1);
    expect(barLabels([], periodOfDate.yearly)).toEqual([]);
  });

  it.each([
    ['2025-02-21', '2025-02', '2025-Q1', '2025'],
    ['2025-12-31', '2025-12', '2025-Q4', '2025'],
    ['2024-07-01', '2024-07', '2024-Q3', '2024'],
  ])('puts %s in month %s, quarter %s and year %s', (date, month, quarter, year) => {
    expect(periodOfDate.monthly(date)).toBe(month);
    expect(periodOfDate.quarterly(date)).toBe(quarter);
    expect(periodOfDate.yearly(date)).toBe(year);
  });
});
