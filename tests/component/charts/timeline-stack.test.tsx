import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { TimelinePanel } from '../../../src/features/timeline/timeline-panel';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';

const incidents = makeIncidents([
  ['a', '2025-01-10', 3_000_000, { attribution: 'DPRK (Lazarus Group)' }],
  ['b', '2025-02-10', 1_000_000],
  ['c', '2025-03-10', 2_000_000, { attribution: 'DPRK' }],
]);

beforeAll(() => import('../../../src/components/charts/timeline-chart'), 30_000);

async function renderFor(filters: Partial<IncidentFilters>) {
  const { monthly, quarterly, yearly } = summarizeView(incidents, {
    ...EMPTY_FILTERS,
    ...filters,
  }).summary;
  render(
    <TimelinePanel
      monthly={monthly}
      quarterly={quarterly}
      yearly={yearly}
      mode="monthly"
      onModeChange={() => {}}
      onSelectPeriod={() => {}}
    />,
  );
  const figure = screen.getByRole('figure', { name: 'Thefts over time' });
  await within(figure).findByRole('application', { name: /per month/ });
  return figure;
}

const legendNames = (figure: HTMLElement) =>
  [...figure.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent);

describe('the timeline says what it draws', () => {
  it('stacks DPRK on all others when both are in view', async () => {
    const figure = await renderFor({});
    expect(figure).toHaveTextContent('DPRK-attributed thefts stacked on all others');
    expect(legendNames(figure)).toEqual(['Attributed to DPRK', 'Other']);
  });

  it('drops “stacked on all others” and the Other legend in a DPRK-only view', async () => {
    const figure = await renderFor({ attribution: 'DPRK' });
    expect(figure).not.toHaveTextContent('stacked on all others');
    expect(figure).toHaveTextContent('every theft in this view attributed to DPRK');
    expect(legendNames(figure)).toEqual(['Attributed to DPRK']);
  });

  it('says none is attributed to DPRK when no bar has a DPRK part', async () => {
    const figure = await renderFor({ attribution: 'unattributed' });
    expect(figure).toHaveTextContent('none of the thefts in this view attributed to DPRK');
    expect(legendNames(figure)).toEqual(['Other']);
  });
});
