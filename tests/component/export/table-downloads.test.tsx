import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureMeta } from '../support/dataset';
import { incidentsResponseSchema, metaSchema } from '../../../src/data/incident-schema';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import type { Incident } from '../../../src/domain/incident';
import type { ExportContext } from '../../../src/features/export/export-context';
import { TableDownloads } from '../../../src/features/export/table-downloads';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { captureDownloads } from './download-spy';

const CONTEXT: ExportContext = {
  filters: EMPTY_FILTERS,
  generatedOn: '2026-11-29',
  meta: metaSchema.parse(fixtureMeta),
};

const ROWS: readonly Incident[] = [
  makeIncident({ id: 'b', date: '2025-02-21', name: '=HYPERLINK("x")', amountUsd: 1.5e9 }),
  makeIncident({
    id: 'a',
    date: '2024-05-01',
    name: 'Bridge, "the big one"',
    chains: ['Ethereum', 'BSC'],
    sourceUrls: ['https://example.org/a', 'https://example.org/b'],
  }),
];

afterEach(() => vi.unstubAllGlobals());

async function download(name: string) {
  const user = userEvent.setup();
  const downloads = captureDownloads();
  render(<TableDownloads rows={() => ROWS} context={CONTEXT} />);
  await user.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const [file] = downloads;
  if (!file) throw new Error('No download');
  return { fileName: file.fileName, text: await file.blob.text() };
}

describe('the incidents table downloads', () => {
  it('"Download CSV" saves every field of the rows, in their order', async () => {
    const { fileName, text } = await download('Download CSV');
    expect(fileName).toBe('incidents_all-time.csv');
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      comments: '# ',
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => row.id)).toEqual(['b', 'a']);
    expect(parsed.data[0]).toMatchObject({ name: `'=HYPERLINK("x")`, amount_usd: '1500000000' });
    expect(parsed.data[1]).toMatchObject({
      name: 'Bridge, "the big one"',
      date: '2024-05-01',
      chains: 'Ethereum; BSC',
      source_urls: 'https://example.org/a https://example.org/b',
      returned_usd: '',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Downloaded incidents_all-time.csv',
    );
  });

  it('"Download JSON" saves a response of the data contract with the rows', async () => {
    const { fileName, text } = await download('Download JSON');
    expect(fileName).toBe('incidents_all-time.json');
    const parsed = incidentsResponseSchema.parse(JSON.parse(text));
    expect(parsed.incidents).toEqual(ROWS);
    expect(parsed.meta.count).toBe(2);
  });
});
