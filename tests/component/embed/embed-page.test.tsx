import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../src/app/query-client';
import { EmbedApp } from '../../../src/embed/embed-app';
import { formattersFor } from '../../../src/lib/format';
import { fixtureIncidents, fixtureMeta } from '../support/dataset';

function renderEmbed(url: string) {
  window.history.replaceState(null, '', url);
  render(<EmbedApp queryClient={createQueryClient({ retry: false })} />);
}

describe('the embed page', () => {
  it('shows one chart of the view with its caption, credit, citation and a link back', async () => {
    renderEmbed('/embed.html?chart=cumulative&attribution=DPRK&lang=en&dataset=2026-04-01');
    const figure = await screen.findByRole('figure', { name: 'Cumulative stolen by year' });
    expect(within(figure).getByText(/View: Attributed to DPRK · All time/)).toBeVisible();
    const f = formattersFor('en');
    expect(
      screen.getByText(
        `Data: Component test fixture, incidents to ${f.formatDate(fixtureMeta.lastDate)}. ` +
          `Cite as: Crypto Theft Tracker (dataset of ${f.formatDate(fixtureMeta.version)}).`,
      ),
    ).toBeVisible();
    const back = screen.getByRole('link', { name: 'Open the full view' });
    expect(back).toHaveAttribute('target', '_top');
    expect(new URL(back.getAttribute('href') ?? '').search).toBe(
      '?attribution=DPRK&lang=en&dataset=2026-04-01',
    );
    // Only the chart: no filters, no table of incidents, no other chart, no notice.
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Notes on this link' })).not.toBeInTheDocument();
  });

  it('says which parts of the link it ignored, and shows the timeline for an unknown chart', async () => {
    renderEmbed('/embed.html?chart=pie&from=2025-13&theme=pink');
    expect(await screen.findByRole('figure', { name: 'Thefts over time' })).toBeVisible();
    const notes = screen.getByRole('status', { name: 'Notes on this link' });
    expect(notes).toHaveTextContent(
      'Ignored chart=“pie”: use one of timeline, largest, cumulative, category, technique.',
    );
    expect(notes).toHaveTextContent('Ignored theme=“pink”: use one of auto, light, dark.');
    expect(notes).toHaveTextContent('Ignored from=“2025-13”');
  });

  it('names an excluded incident in its caption, as the dashboard chip does', async () => {
    const excluded = fixtureIncidents[1];
    if (!excluded) throw new Error('the fixture has a second incident');
    renderEmbed(`/embed.html?chart=timeline&exclude=${excluded.id}`);
    const figure = await screen.findByRole('figure', { name: 'Thefts over time' });
    expect(
      within(figure).getByText(new RegExp(`View: Excluding \u2068${excluded.name}\u2069 · `)),
    ).toBeVisible();
  });

  it('reads in French with lang=fr', async () => {
    renderEmbed('/embed.html?chart=category&lang=fr');
    const figure = await screen.findByRole('figure', { name: 'Par catégorie' });
    expect(within(figure).getByText(/Vue : Tous les incidents/)).toBeVisible();
    expect(screen.getByText(/^Données : Component test fixture/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ouvrir la vue complète' })).toBeVisible();
  });
});
