// The reference model of the filters: one incident at a time, as plainly as it can be written.
// The production engine (src/domain/engine) must select exactly the same incidents.
import {
  matchesAttribution,
  type IncidentFilters,
  type OptionField,
} from '../../src/domain/filter';
import type { Incident } from '../../src/domain/incident';
import { isMonthKey } from '../../src/domain/months';

const openMonth = (month: string | null) => (month !== null && isMonthKey(month) ? month : null);
const openAmount = (value: number | null) => (value === null || Number.isNaN(value) ? null : value);

/** Search reads the name, the technique and the attribution, as the source words them. */
function matchesSearch(incident: Incident, needle: string): boolean {
  return [incident.name, incident.technique, incident.attribution].some(
    (text) => text !== null && text.toLowerCase().includes(needle),
  );
}

/** Whether `incident` passes every filter, except the one on `skip` when given. */
export function matchesFilters(
  incident: Incident,
  filters: IncidentFilters,
  skip: OptionField | null = null,
): boolean {
  if (filters.exclude.includes(incident.id)) return false;
  const from = openMonth(filters.from);
  const to = openMonth(filters.to);
  const month = incident.date.slice(0, 7);
  if (from !== null && month < from) return false;
  if (to !== null && month > to) return false;
  const min = openAmount(filters.minAmount);
  const max = openAmount(filters.maxAmount);
  if (min !== null && !(incident.amountUsd >= min)) return false;
  if (max !== null && !(incident.amountUsd <= max)) return false;
  const { categories, chains, technique, attribution } = filters;
  if (skip !== 'category' && categories.length > 0 && !categories.includes(incident.category)) {
    return false;
  }
  if (skip !== 'technique' && technique !== null && incident.techniqueClass !== technique) {
    return false;
  }
  if (skip !== 'chain' && chains.length > 0 && !incident.chains.some((c) => chains.includes(c))) {
    return false;
  }
  if (
    skip !== 'attribution' &&
    attribution !== null &&
    !matchesAttribution(incident.attribution, attribution)
  ) {
    return false;
  }
  const needle = filters.search.trim().toLowerCase();
  return needle === '' || matchesSearch(incident, needle);
}

/** The incidents that pass every filter, in their original order. */
export function filterIncidents(
  incidents: readonly Incident[],
  filters: IncidentFilters,
): Incident[] {
  return incidents.filter((incident) => matchesFilters(incident, filters));
}
