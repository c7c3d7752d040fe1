import { fireEvent, within } from '@testing-library/react';

/**
 * Opens a chart's data table the way a reader does (a click on its summary; the table is built
 * when opened) and returns the table.
 */
export async function openDataTable(figure: HTMLElement): Promise<HTMLElement> {
  const details = figure.querySelector('details.data-table');
  const summary = details?.querySelector('summary');
  if (!(details instanceof HTMLDetailsElement) || !summary) {
    throw new Error('This figure has no data table');
  }
  if (!details.open) fireEvent.click(summary);
  return within(figure).findByRole('table');
}
