import dataset from '../../mocks/data/incidents.json';
import { figuresOf } from './figures';

/**
 * Expected figures for browser tests, which run on the shipped dataset, worked out here from
 * mocks/data/incidents.json (see figures.ts), so that a re-import changes no test.
 */
export type ShippedIncident = (typeof dataset.incidents)[number];

export const shippedIncidents: readonly ShippedIncident[] = dataset.incidents;

export type { Figure } from './figures';
export { inMonths, isDprkAttributed } from './figures';
export const { figureOf } = figuresOf(shippedIncidents);
