import type { Incident } from '../../../src/domain/incident';

/** A valid incident with plain defaults; override only what a test is about. */
export function makeIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    date: '2025-01-15',
    name: 'Example Protocol exploit',
    amountUsd: 1_000_000,
    category: 'defi-protocol',
    technique: null,
    chains: [],
    attribution: null,
    returnedUsd: null,
    sourceUrls: ['https://example.org/report'],
    ...overrides,
  };
}

/** Several incidents from `[id, date, amountUsd, extra]` rows. */
export function makeIncidents(
  rows: readonly (readonly [string, string, number, Partial<Incident>?])[],
): Incident[] {
  return rows.map(([id, date, amountUsd, extra]) =>
    makeIncident({ id, date, amountUsd, ...extra }),
  );
}
