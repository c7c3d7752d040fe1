import dataset from '../../../mocks/data/incidents.json';
import { incidentSchema } from '../../../src/data/incident-schema';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';

/** The embedded dataset, every row validated as the app validates it. */
export const incidents = dataset.incidents.map((row) => incidentSchema.parse(row));

/** What the page shows with no filters. */
export const summary = summarizeView(incidents, EMPTY_FILTERS).summary;

/** `$1,535,175,330.5` as 1535175330.5. */
export function parseUsd(text: string | null): number {
  return Number((text ?? '').replace(/[$,]/g, ''));
}
