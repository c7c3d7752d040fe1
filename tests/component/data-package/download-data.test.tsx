import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataPackageMetadataSchema } from '../../../src/data/data-package-schema';
import { formattersFor } from '../../../src/lib/format';
import { inMonths } from '../../support/figures';
import { captureDownloads } from '../export/download-spy';
import { renderApp } from '../support/app';
import { figureOf, fixtureIncidents } from '../support/dataset';

afterEach(() => vi.unstubAllGlobals());

const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const VIEW = { from: '2025-01', to: '2025-03' };
const inView = figureOf(inMonths(VIEW.from, VIEW.to));

async function openTable(url: string) {
  renderApp(url);
  return screen.findByRole('region', { name: /^Incidents$/ });
}

describe('"Download data" under the incidents table', () => {
  it('offers the filtered rows and the whole dataset with their counts, and saves a ZIP', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const table = await openTable(`/?from=${VIEW.from}&to=${VIEW.to}`);
    const f = formattersFor('en');
    const button = await within(table).findByRole('button', { name: /^Download data/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const choices = within(table).getByRole('group', { name: 'Download the data as a ZIP' });
    expect(
      within(choices).getByRole('button', {
        name: `Whole dataset: ${f.formatCount(fixtureIncidents.length)} incidents`,
      }),
    ).toBeVisible();
    await user.click(
      within(choices).getByRole('button', {
        name: `Filtered: ${f.formatCount(inView.count)} incidents`,
      }),
    );

    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file?.fileName).toBe('crypto-theft-data_2025-01_2025-03.zip');
    const files = unzipSync(new Uint8Array((await file?.blob.arrayBuffer()) ?? new ArrayBuffer(0)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'incidents.csv',
        'metadata.json',
        'README.md',
        'charts/thefts-over-time_2025-01_2025-03.csv',
      ]),
    );
    const csv = Papa.parse<Record<string, string>>(
      UTF8.decode(files['incidents.csv']).replace(/^\uFEFF/, ''),
      {
        comments: '# ',
        header: true,
        skipEmptyLines: true,
      },
    );
    expect(csv.data).toHaveLength(inView.count);
    const metadata = dataPackageMetadataSchema.parse(
      JSON.parse(UTF8.decode(files['metadata.json'])),
    );
    expect(metadata.rowCount).toBe(inView.count);
    expect(metadata.totalUsd).toBe(inView.totalUsd);
    expect(
      within(table).getByText('Downloaded crypto-theft-data_2025-01_2025-03.zip'),
    ).toBeVisible();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes its choices with Escape, back on the button', async () => {
    const user = userEvent.setup();
    const table = await openTable('/');
    const button = await within(table).findByRole('button', { name: /^Download data/ });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(within(table).queryByRole('group', { name: 'Download the data as a ZIP' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('speaks French', async () => {
    const user = userEvent.setup();
    const table = await openTable('/?lang=fr');
    const f = formattersFor('fr');
    await user.click(
      await within(table).findByRole('button', { name: /^Télécharger les données/ }),
    );
    const choices = within(table).getByRole('group', { name: 'Télécharger les données en ZIP' });
    expect(
      within(choices).getByRole('button', {
        name: `Jeu de données complet : ${f.formatCount(fixtureIncidents.length)} incidents`,
      }),
    ).toBeVisible();
  });

  it('says what to do when the ZIP cannot be saved', async () => {
    const user = userEvent.setup();
    vi.stubGlobal(
      'URL',
      Object.assign(class extends URL {}, {
        createObjectURL: () => {
          throw new Error('no room left');
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const table = await openTable('/');
    await user.click(await within(table).findByRole('button', { name: /^Download data/ }));
    await user.click(within(table).getByRole('button', { name: /^Whole dataset:/ }));
    expect(
      await within(table).findByText(
        'The ZIP could not be built (no room left). Try again; if it fails again, reload the page or use Download CSV.',
      ),
    ).toBeVisible();
  });
});
