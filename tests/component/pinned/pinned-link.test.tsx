import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { versionsIndexUrl } from '../../../src/data/endpoint';
import { formattersFor } from '../../../src/lib/format';
import { renderApp, stat } from '../support/app';
import { figureOf, inMonths } from '../support/dataset';
import { answerVersions, CURRENT_VERSION, earlier, EARLIER_VERSION } from '../support/versions';

const en = formattersFor('en');
const fr = formattersFor('fr');

/** A text as the page's text content reads it (a no-break space is a space). */
const spaced = (text: string) => text.replace(/\s+/g, ' ');

function pinNotice(name = 'Dataset version') {
  return screen.findByRole('status', { name });
}

describe('A link pinned to a dataset version', () => {
  it("shows the earlier version's figures, the current total and a link to the live view", async () => {
    answerVersions();
    renderApp(`/?dataset=${EARLIER_VERSION}`);
    expect(await stat('Incidents')).toHaveTextContent(en.formatCount(earlier.figureOf().count));
    expect(await stat('Total stolen')).toHaveTextContent(
      en.formatUsdCompact(earlier.figureOf().totalUsd),
    );
    const notice = await pinNotice();
    await waitFor(() =>
      expect(notice).toHaveTextContent(
        `This view is pinned to the dataset of ${en.formatDate(EARLIER_VERSION)}; with the current dataset the total is ${en.formatUsdCompact(figureOf().totalUsd)}.`,
      ),
    );
    expect(within(notice).getByRole('link', { name: 'Open the live view' })).toHaveAttribute(
      'href',
      `${window.location.origin}/`,
    );
    // The header names the version shown, though its file did not say it.
    expect(screen.getByText(/dataset of 1 Mar 2026/, { selector: 'header *' })).toBeVisible();
  });

  it('keeps the pin while months are typed, and gives the current total for the same months', async () => {
    const user = userEvent.setup();
    answerVersions();
    renderApp(`/?dataset=${EARLIER_VERSION}`);
    await stat('Incidents');
    await user.type(screen.getByLabelText('From month'), '2025-01');
    await user.type(screen.getByLabelText('To month'), '2025-06');
    const months = inMonths('2025-01', '2025-06');
    await waitFor(async () =>
      expect(await stat('Total stolen')).toHaveTextContent(
        en.formatUsdCompact(earlier.figureOf(months).totalUsd),
      ),
    );
    const params = new URLSearchParams(window.location.search);
    expect([params.get('dataset'), params.get('from'), params.get('to')]).toEqual([
      EARLIER_VERSION,
      '2025-01',
      '2025-06',
    ]);
    // The versions differ for these months (a figure was corrected since), so both are checked.
    expect(earlier.figureOf(months).totalUsd).not.toBe(figureOf(months).totalUsd);
    const notice = await pinNotice();
    await waitFor(() =>
      expect(notice).toHaveTextContent(
        `with the current dataset the total is ${en.formatUsdCompact(figureOf(months).totalUsd)}.`,
      ),
    );
    expect(within(notice).getByRole('link')).toHaveAttribute(
      'href',
      `${window.location.origin}/?from=2025-01&to=2025-06`,
    );
  });

  it('says it in French', async () => {
    answerVersions();
    renderApp(`/?dataset=${EARLIER_VERSION}&lang=fr`);
    const notice = await pinNotice('Version du jeu de données');
    await waitFor(() =>
      expect(notice).toHaveTextContent(
        spaced(
          `Cette vue est figée sur le jeu de données du ${fr.formatDate(EARLIER_VERSION)} ; avec le jeu de données actuel, le total est de ${fr.formatUsdCompact(figureOf().totalUsd)}.`,
        ),
      ),
    );
    expect(within(notice).getByRole('link', { name: 'Ouvrir la vue à jour' })).toHaveAttribute(
      'href',
      `${window.location.origin}/?lang=fr`,
    );
  });

  it('cites the pinned version and keeps the pin in the citation link', async () => {
    const user = userEvent.setup();
    answerVersions();
    renderApp(`/?dataset=${EARLIER_VERSION}`);
    await stat('Incidents');
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cite this view' });
    expect(within(dialog).getByLabelText('Short citation, for a caption')).toHaveValue(
      `Crypto Theft Tracker (dataset of ${en.formatDate(EARLIER_VERSION)})`,
    );
    const full = within(dialog).getByLabelText('Full citation');
    expect(full instanceof HTMLTextAreaElement && full.value).toContain(
      `${window.location.origin}/?dataset=${EARLIER_VERSION} `,
    );
  });

  it('says quietly when the pinned version is the current one', async () => {
    answerVersions();
    renderApp(`/?dataset=${CURRENT_VERSION}`);
    expect(
      await screen.findByText(
        `This view is pinned to the dataset of ${en.formatDate(CURRENT_VERSION)}, which is the current one.`,
      ),
    ).toBeVisible();
    expect(await stat('Incidents')).toHaveTextContent(en.formatCount(figureOf().count));
    expect(screen.queryByRole('status', { name: 'Dataset version' })).toBeNull();
  });
});

describe('A link pinned to a version that cannot be opened', () => {
  it('names the released versions and shows the current data for an unknown one', async () => {
    answerVersions();
    renderApp('/?dataset=2020-01-01');
    expect(await pinNotice()).toHaveTextContent(
      `The link asks for the dataset of ${en.formatDate('2020-01-01')}, which is not a released version (released: ${en.formatDate(EARLIER_VERSION)}, ${en.formatDate(CURRENT_VERSION)}); the current dataset is shown.`,
    );
    expect(await stat('Incidents')).toHaveTextContent(en.formatCount(figureOf().count));
  });

  it('says in French that a version is not released', async () => {
    answerVersions();
    renderApp('/?dataset=2020-01-01&lang=fr');
    expect(await pinNotice('Version du jeu de données')).toHaveTextContent(
      spaced(
        `qui n’est pas une version publiée (versions publiées : ${fr.formatDate(EARLIER_VERSION)}, ${fr.formatDate(CURRENT_VERSION)})`,
      ),
    );
  });

  it('ignores a value that is not a version, with a notice', async () => {
    renderApp('/?dataset=latest');
    const notices = await screen.findByRole('status', { name: 'Notices about this link' });
    expect(notices).toHaveTextContent(
      'Ignored dataset=“latest”: not a dataset version written YYYY-MM-DD, such as 2026-11-29.',
    );
    expect(await stat('Incidents')).toHaveTextContent(en.formatCount(figureOf().count));
  });

  it('shows the current data, and says why, when the list of versions does not load', async () => {
    server.use(
      http.get(versionsIndexUrl(INCIDENTS_PATH), () => new HttpResponse(null, { status: 404 })),
    );
    renderApp(`/?dataset=${EARLIER_VERSION}`);
    expect(await pinNotice()).toHaveTextContent(
      `The dataset of ${en.formatDate(EARLIER_VERSION)} could not be opened because the list of versions did not load`,
    );
    expect(await pinNotice()).toHaveTextContent('/api/incidents-versions/index.json');
    expect(await stat('Incidents')).toHaveTextContent(en.formatCount(figureOf().count));
  });
});
