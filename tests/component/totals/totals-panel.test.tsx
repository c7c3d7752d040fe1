import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { TotalsPanel } from '../../../src/features/totals/totals-panel';
import { makeIncidents } from '../../../mocks/fixtures/make-incident';
import { I18nProvider } from '../../../src/lib/i18n/i18n';

function recovered(rows: Parameters<typeof makeIncidents>[0]) {
  const { totals } = summarizeView(makeIncidents(rows), EMPTY_FILTERS).summary;
  render(<TotalsPanel totals={totals} skippedCount={0} />);
  const region = screen.getByRole('region', { name: 'Totals' });
  const value = within(region).getByText('Recovered').nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error('No Recovered figure');
  return value;
}

describe('Recovered in the Totals', () => {
  it('says “None reported” when no incident in view has a recovery figure', () => {
    const value = recovered([['a', '2025-01-10', 5_000_000]]);
    expect(value).toHaveTextContent('None reported');
    expect(value).not.toHaveTextContent('$0');
  });

  it('shows $0 when a source reports that nothing was returned', () => {
    const value = recovered([
      ['a', '2025-01-10', 5_000_000, { returnedUsd: 0 }],
      ['b', '2025-01-12', 1_000_000],
    ]);
    expect(value).toHaveTextContent('$0');
    expect(value).toHaveTextContent('where a source reports funds returned');
  });

  it('sums the recoveries that sources report', () => {
    const value = recovered([
      ['a', '2025-01-10', 5_000_000, { returnedUsd: 1_500_000 }],
      ['b', '2025-01-12', 1_000_000, { returnedUsd: 250_000 }],
    ]);
    expect(value).toHaveTextContent('$1,750,000');
  });
});

function netLoss(rows: Parameters<typeof makeIncidents>[0], locale: 'en' | 'fr' = 'en') {
  const { totals } = summarizeView(makeIncidents(rows), EMPTY_FILTERS).summary;
  render(
    <I18nProvider locale={locale}>
      <TotalsPanel totals={totals} skippedCount={0} />
    </I18nProvider>,
  );
  const region = screen.getByRole('region', { name: locale === 'en' ? 'Totals' : 'Totaux' });
  const value = within(region).getByText(
    locale === 'en' ? 'Net loss' : 'Perte nette',
  ).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error('No Net loss figure');
  return value;
}

describe('Net loss in the Totals', () => {
  it('is the amount stolen minus the recoveries sources report, and says so', () => {
    const value = netLoss([
      ['a', '2025-01-10', 5_000_000, { returnedUsd: 1_500_000 }],
      ['b', '2025-01-12', 1_000_000],
    ]);
    expect(value).toHaveTextContent('$4.5M');
    expect(value).toHaveTextContent('$4,500,000');
    expect(value).toHaveTextContent('stolen minus the recoveries sources report');
  });

  it('is the whole amount stolen when no source reports a recovery', () => {
    expect(netLoss([['a', '2025-01-10', 5_000_000]])).toHaveTextContent('$5,000,000');
  });

  it('is worded in French', () => {
    const value = netLoss([['a', '2025-01-10', 5_000_000, { returnedUsd: 2_000_000 }]], 'fr');
    expect(value.textContent?.replace(/\s/g, ' ')).toContain('3 000 000 $');
    expect(value).toHaveTextContent(
      'le montant volé moins les récupérations que rapportent les sources',
    );
  });
});

describe('the largest incident in the Totals', () => {
  it('opens the incident, so its source can be read beside a placeholder name', async () => {
    const user = userEvent.setup();
    const onSelectIncident = vi.fn<(id: string) => void>();
    const rows = makeIncidents([
      ['huge', '2025-03-01', 9_000_000, { name: 'Huge March 2025 Theft' }],
      ['small', '2025-03-02', 1_000_000],
    ]);
    const { totals } = summarizeView(rows, EMPTY_FILTERS).summary;
    render(<TotalsPanel totals={totals} skippedCount={0} onSelectIncident={onSelectIncident} />);
    await user.click(
      screen.getByRole('button', {
        name: 'Huge March 2025 Theft: show the incident and its sources',
      }),
    );
    expect(onSelectIncident).toHaveBeenCalledWith('huge');
  });
});
