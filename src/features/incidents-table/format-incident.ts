import type { Category, Incident } from '../../domain/incident';
import { categoryLabel } from '../../domain/describe-filters';
import { formatUsd } from '../../lib/format';

/** Shown where a field has no value. */
export const NO_VALUE = '–';

export function formatCategory(category: Category): string {
  return categoryLabel(category);
}

export function formatTechnique(incident: Incident): string {
  return incident.technique?.trim() || NO_VALUE;
}

export function formatAttribution(incident: Incident): string {
  return incident.attribution ?? 'Unattributed';
}

export function formatReturned(incident: Incident): string {
  return incident.returnedUsd === null ? NO_VALUE : formatUsd(incident.returnedUsd);
}
