import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { answerJson, renderApp, stat } from '../support/app';

// The timeline's code fails to load, as after a deploy that removed the old chunk.
vi.mock('../../../src/components/charts/timeline-chart', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeEach(() => {
  // React and the boundary log the caught error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('a chart whose code fails to load', () => {
  it('says so in its panel and leaves the other panels working', async () => {
    answerJson(incidentsResponse(SMALL_ROWS));
    renderApp();
    const message = await screen.findByText(/“Thefts over time” panel could not be drawn/);
    // (Vitest words the failed import its own way; the panel quotes whatever the error says.)
    expect(message.closest('[role="alert"]')).toHaveTextContent(/The other panels are unaffected/);
    expect(await stat('Total stolen')).toHaveTextContent('$7,000,000');
    expect(await screen.findByRole('figure', { name: 'By category' })).toBeInTheDocument();
  });
});
