import { classifyTechnique } from '../../../src/domain/technique-class';
import { en } from '../../../src/lib/i18n/messages-en';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  HOSTILE,
  HOSTILE_INVALID_ROWS,
  HOSTILE_VALID_ROWS,
  hostileResponse,
} from '../../../mocks/fixtures/hostile-incidents';
import { openDataTable } from '../support/data-table';
import { answerJson, expectNoInjectedElements, renderApp, stat } from '../support/app';

type User = ReturnType<typeof userEvent.setup>;

const incidentsRegion = () => screen.findByRole('region', { name: 'Incidents' });
/** The lower charts follow the totals a frame later: found, not got. */
const findFigure = (name: string) => screen.findByRole('figure', { name });

/** Where hostile text shows up, and the check that it shows as the very same text. */
const PLACES: [string, (user: User) => Promise<void>][] = [
  [
    'the incidents table',
    async () => {
      for (const row of HOSTILE_VALID_ROWS) {
        expect(
          within(await incidentsRegion()).getByRole('button', { name: row.name }),
        ).toBeVisible();
      }
    },
  ],
  [
    'the detail panel',
    async (user) => {
      const region = await incidentsRegion();
      await user.click(within(region).getByRole('button', { name: HOSTILE.imgName }));
      const detail = screen.getByRole('dialog', { name: HOSTILE.imgName });
      for (const value of [HOSTILE.technique, HOSTILE.attribution, HOSTILE.chain]) {
        expect(detail).toHaveTextContent(value, { normalizeWhitespace: false });
      }
      expect(within(detail).getByRole('link')).toHaveAttribute(
        'href',
        'https://example.org/report',
      );
    },
  ],
  [
    'the filter options',
    async () => {
      const attribution = screen.getByLabelText('Attribution');
      expect(within(attribution).getByRole('option', { name: /^<iframe src=/ })).toHaveValue(
        HOSTILE.iframeAttribution,
      );
      expect(screen.getByRole('checkbox', { name: /^<img src=x onerror/ })).toBeInTheDocument();
    },
  ],
  [
    'the largest incidents chart and its data table',
    async () => {
      const table = await openDataTable(await findFigure('Largest incidents'));
      expect(table).toHaveTextContent(HOSTILE.imgName);
      expect(table).toHaveTextContent(HOSTILE.scriptName);
      expect(table).toHaveTextContent(HOSTILE.formulaName);
    },
  ],
  [
    'the technique breakdown',
    async () => {
      // The chart groups by technique class: a hostile text lands in its class, as text.
      const table = await openDataTable(await findFigure('By technique'));
      const techniqueClass = classifyTechnique(HOSTILE.scriptTechnique);
      expect(table).toHaveTextContent(en.labels.techniqueClasses[techniqueClass]);
    },
  ],
  [
    'the totals',
    async () => {
      expect(await stat('Largest incident')).toHaveTextContent(HOSTILE.imgName);
      expect(await stat('Incidents')).toHaveTextContent(String(HOSTILE_VALID_ROWS.length));
      // The attribution starting with "DPRK" counts as DPRK, whatever follows it.
      expect(await stat('Attributed to DPRK')).toHaveTextContent('$500,000,000');
    },
  ],
  [
    'the sources in "About the data", with its javascript: URL as plain text',
    async (user) => {
      await user.click(screen.getByRole('heading', { name: 'About the data' }));
      const sources = screen.getByRole('table', { name: 'Sources' });
      expect(within(sources).getByText(HOSTILE.imgName)).toBeVisible();
      expect(within(sources).queryByRole('link')).toBeNull();
    },
  ],
  [
    'the skipped-rows report, where javascript: and data: rows are left out',
    async (user) => {
      const report = screen.getByRole('alert');
      expect(report).toHaveTextContent(
        `${HOSTILE_INVALID_ROWS.length} of ${HOSTILE_VALID_ROWS.length + HOSTILE_INVALID_ROWS.length} incidents were skipped`,
      );
      await user.click(within(report).getByText('Show the skipped rows'));
      expect(within(report).getAllByText('must be an http(s) URL')).toHaveLength(3);
      expect(screen.queryByRole('button', { name: 'Script link' })).toBeNull();
    },
  ],
];

describe('a dataset whose text fields hold markup and formulas', () => {
  // One render checks every place in turn: each place is about the page as a whole, and the
  // escaping of each kind of hostile text is tested in tests/unit/hostile/battery.test.ts.
  it('shows them as text in every place and runs nothing', async () => {
    const user = userEvent.setup();
    answerJson(hostileResponse);
    renderApp();
    await screen.findByRole('region', { name: 'Totals' });
    for (const [where, check] of PLACES) {
      await check(user).catch((error: unknown) => {
        throw new Error(`in ${where}: ${String(error)}`);
      });
      expectNoInjectedElements();
    }
  });
});
