import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cumulativeFromMonthly } from '../../../src/domain/cumulative';
import { sumByMonth } from '../../reference-model/series';
import { CumulativePanel } from '../../../src/features/cumulative/cumulative-panel';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2024-02-10', 10_000_000],
  ['b', '2025-02-10', 20_000_000],
]);

describe('the cumulative chart’s one-sentence summary', () => {
  it('names the year with the most stolen when there are years to compare', () => {
    render(
      <CumulativePanel
        years={cumulativeFromMonthly(sumByMonth(incidents))}
        chosenYears={null}
        onChooseYears={() => {}}
      />,
    );
    expect(screen.getByText('The year with the most stolen is 2025, with $20.0M.')).toBeVisible();
  });

  it('says what one year holds, to the filter’s month, when only one year is in view', () => {
    const feb = sumByMonth(incidents.slice(1), { from: '2025-02', to: '2025-02' });
    render(
      <CumulativePanel
        years={cumulativeFromMonthly(feb, '2025-02', '2025-02')}
        chosenYears={null}
        onChooseYears={() => {}}
      />,
    );
    expect(
      screen.getByText('In this view, $20.0M was stolen in 2025, by the end of February 2025.'),
    ).toBeVisible();
    expect(screen.queryByText(/year with the most stolen/)).toBeNull();
  });
});
