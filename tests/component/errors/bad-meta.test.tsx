import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp, stat } from '../support/app';

const meta = incidentsResponse(SMALL_ROWS).meta;

describe('a dataset whose description is wrong', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'an impossible firstDate',
      { ...meta, firstDate: '2025-02-30' },
      /meta\.firstDate is not a real calendar date; worked out from the incidents: 2025-01-15\./,
    ],
    [
      'no meta',
      undefined,
      /meta is missing: the count and dates were worked out from the incidents\./,
    ],
    [
      'a count of 999 for 3 rows',
      { ...meta, count: 999 },
      /The data announced 999 incidents but 3 rows arrived\./,
    ],
    [
      'an estimate with a script link',
      {
        ...meta,
        publishedEstimates: [
          {
            publisher: 'Evil Corp',
            metric: 'total stolen',
            periodStart: null,
            periodEnd: '2025-12-31',
            amountUsd: 5e9,
            scopeNote: '',
            published: 'unknown',
            quote: '',
            sourceUrl: 'javascript:alert(1)',
          },
        ],
      },
      /Published estimate 1 \(“Evil Corp”\) was left out: sourceUrl must be an http\(s\) URL\./,
    ],
  ])('shows every figure and says what was wrong with %s', async (_what, badMeta, notice) => {
    answerJson({ incidents: SMALL_ROWS, meta: badMeta });
    renderApp();
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(await stat('Incidents')).toHaveTextContent('3');
    const status = screen
      .getByText(/The description sent with the data had problems/)
      .closest('div');
    expect(status).not.toBeNull();
    expect(within(status as HTMLElement).getByRole('list')).toHaveTextContent(notice);
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('says nothing about the description when it is right', async () => {
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp();
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(screen.queryByText(/The description sent with the data had problems/)).toBeNull();
  });
});
