import { DPRK, UNATTRIBUTED, type IncidentFilters } from '../domain/filter';
import type { OptionValues } from '../features/filters/filter-options';

/** Values in a link that name nothing in the dataset: kept (the figures show zero) and said. */
export function unknownValueNotices(filters: IncidentFilters, values: OptionValues): string[] {
  const notices: string[] = [];
  const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const { attribution, technique } = filters;
  if (
    attribution !== null &&
    attribution !== DPRK &&
    attribution !== UNATTRIBUTED &&
    !values.attributions.includes(attribution)
  ) {
    notices.push(`No incident has the attribution “${shorten(attribution)}”.`);
  }
  for (const chain of filters.chains) {
    if (!values.chains.includes(chain))
      notices.push(`No incident is on the chain “${shorten(chain)}”.`);
  }
  if (technique !== null && !values.techniques.includes(technique)) {
    notices.push(`No incident has the technique “${shorten(technique)}”.`);
  }
  return notices;
}
