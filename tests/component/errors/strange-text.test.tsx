import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp } from '../support/app';

const RLO = '\u202E';
const findFigure = (name: string) => screen.findByRole('figure', { name });
const summaryOf = async (name: string) => {
  const figure = await findFigure(name);
  const id = figure.getAttribute('aria-describedby');
  const summary = id === null ? null : document.getElementById(id);
  if (summary === null) throw new Error(`${name} has no summary`);
  return summary;
};

describe('strange text from the data', () => {
  it('keeps the words after a right-to-left override in order, outside the name', async () => {
    const name = `Evil${RLO} Exchange`;
    answerJson(
      incidentsResponse([
        makeIncident({
          id: 'rlo',
          date: '2025-03-10',
          name,
          amountUsd: 900_000_000,
          technique: `${RLO}phishing`,
        }),
      ]),
    );
    renderApp();
    const summary = await summaryOf('Largest incidents');
    expect(summary).toHaveTextContent(`The largest theft is ${name}, $900.0M on Mar 10, 2025.`);
    const isolated = within(summary).getByText(name);
    expect(isolated.tagName).toBe('BDI');
    // The amount and date are not inside the isolate, so the override cannot reorder them.
    expect(isolated).not.toHaveTextContent('$900M');
    // "By technique" now shows the technique's class; the source's words stay in the table.
    const table = await screen.findByRole('region', { name: 'Incidents' });
    await waitFor(() =>
      expect(within(table).getAllByText(`${RLO}phishing`).length).toBeGreaterThan(0),
    );
  });

  it('clips a 1 MB name in the summary sentence and keeps the whole name in the table', async () => {
    const name = `${'A'.repeat(1_000_000)} end`;
    answerJson(incidentsResponse([makeIncident({ id: 'huge', name, amountUsd: 5e6 })]));
    renderApp();
    const summary = await summaryOf('Largest incidents');
    expect(summary.textContent?.length).toBeLessThan(200);
    expect(summary).toHaveTextContent(/^The largest theft is A+…, \$5.0M on Jan 15, 2025\.$/);
    const table = await screen.findByRole('region', { name: 'Incidents' });
    expect(within(table).getByRole('button', { name })).toBeInTheDocument();
  });

  it('isolates a chain chip and names its remove button without control characters', async () => {
    const user = userEvent.setup();
    const chain = `${RLO}Solana`;
    answerJson(incidentsResponse([makeIncident({ id: 'c', chains: [chain] })]));
    renderApp();
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(chain) }));
    const chip = await screen.findByRole('button', { name: `Remove filter: Chain: ${chain}` });
    expect(within(chip).getByText(chain).tagName).toBe('BDI');
  });
});
