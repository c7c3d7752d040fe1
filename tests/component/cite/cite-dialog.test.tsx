import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import type { DatasetMeta } from '../../../src/domain/incident';
import { CiteButton } from '../../../src/features/cite/cite-button';
import { formattersFor, type Locale } from '../../../src/lib/format';
import { I18nProvider } from '../../../src/lib/i18n/i18n';
import { captureDownloads } from '../export/download-spy';

const meta: DatasetMeta = {
  count: 3,
  firstDate: '2024-01-05',
  lastDate: '2025-09-30',
  generatedAt: '2026-12-01T00:00:00Z',
  version: '2026-11-30',
  sources: [],
  publishedEstimates: [],
};

function renderCite(locale: Locale = 'en') {
  window.history.replaceState(null, '', '/?from=2025-01&to=2025-03&attribution=DPRK');
  render(
    <I18nProvider locale={locale}>
      <CiteButton
        filters={{ ...EMPTY_FILTERS, from: '2025-01', to: '2025-03', attribution: 'DPRK' }}
        meta={meta}
        today="2026-12-02"
      />
    </I18nProvider>,
  );
}

describe('Cite this view', () => {
  it('opens the short and full citation of the view, and copies them', async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' });
    const short = within(dialog).getByLabelText('Short citation, for a caption');
    const full = within(dialog).getByLabelText('Full citation');
    expect(short).toHaveValue('Crypto Theft Tracker (dataset of 30 Nov 2026)');
    expect((full as HTMLTextAreaElement).value).toContain(
      'Jan 2025 – Mar 2025; Attributed to DPRK. Crypto Theft Tracker',
    );
    // The day as the app writes dates (ICU says "Sep" or "Sept" depending on its version).
    const cutOff = formattersFor('en').formatDate('2025-09-30');
    expect((full as HTMLTextAreaElement).value).toContain(
      `dataset of 30 Nov 2026, incidents to ${cutOff}.`,
    );
    expect((full as HTMLTextAreaElement).value).toContain('from=2025-01&to=2025-03');
    expect((full as HTMLTextAreaElement).value).toContain('(retrieved 2 Dec 2026)');
    const [copyShort] = within(dialog).getAllByRole('button', { name: 'Copy' });
    if (!copyShort) throw new Error('no Copy button');
    await user.click(copyShort);
    expect(await navigator.clipboard.readText()).toBe(
      'Crypto Theft Tracker (dataset of 30 Nov 2026)',
    );
    expect(within(dialog).getAllByRole('status')[0]).toHaveTextContent('Copied');
  });

  it('downloads BibTeX and RIS files named for the dataset version', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' });
    await user.click(within(dialog).getByRole('button', { name: 'Download BibTeX' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download RIS' }));
    expect(downloads.map((d) => d.fileName)).toEqual([
      'crypto-theft-tracker-2026-11-30.bib',
      'crypto-theft-tracker-2026-11-30.ris',
    ]);
    expect(await downloads[0]?.blob.text()).toMatch(/^@misc\{/);
    expect(await downloads[1]?.blob.text()).toMatch(/^TY {2}- DATA\r\n/);
  });

  it('closes and gives the focus back to Cite, in French too', async () => {
    const user = userEvent.setup();
    renderCite('fr');
    await user.click(screen.getByRole('button', { name: 'Citer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Citer cette vue' });
    expect(within(dialog).getByLabelText('Citation courte, pour une légende')).toHaveValue(
      'Crypto Theft Tracker (données du 30 nov. 2026)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Citer' })).toHaveFocus();
  });
});
