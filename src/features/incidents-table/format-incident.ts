import type { Incident } from '../../domain/incident';

/** Shown where a field has no value. */
export const NO_VALUE = '–';

export function formatTechnique(incident: Incident): string {
  return incident.technique?.trim() || NO_VALUE;
}
