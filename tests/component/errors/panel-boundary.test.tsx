import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp, stat } from '../support/app';

const chart = vi.hoisted(() => ({ isBroken: true }));

// The "Largest incidents" panel throws while `chart.isBroken` is set, as a chart bug would.
vi.mock('../../../src/features/largest/largest-panel', () => ({
  LargestPanel: () => {
    if (chart.isBroken) throw new Error('Cannot read properties of undefined (reading "x")');
    return <p>Largest incidents drawn</p>;
  },
}));

beforeEach(() => {
  chart.isBroken = true;
  // React and the boundary log the caught error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('a panel that fails to render', () => {
  it('shows an alert in that panel and leaves the other panels working', async () => {
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp();
    const message = await screen.findByText(/“Largest incidents” panel could not be drawn/);
    const alert = message.closest('[role="alert"]');
    expect(alert).toHaveTextContent(
      'The “Largest incidents” panel could not be drawn (Cannot read properties of undefined (reading "x")). The other panels are unaffected.',
    );
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.getByRole('figure', { name: 'Thefts over time' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'By category' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Incidents' })).toBeInTheDocument();
  });

  it('draws the panel again on Retry once the fault is gone', async () => {
    const user = userEvent.setup();
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp();
    const message = await screen.findByText(/“Largest incidents” panel could not be drawn/);
    const alert = message.closest('[role="alert"]');
    if (!(alert instanceof HTMLElement)) throw new Error('The panel alert is missing');
    chart.isBroken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Largest incidents drawn')).toBeInTheDocument();
    expect(screen.queryByText(/could not be drawn/)).toBeNull();
  });
});
