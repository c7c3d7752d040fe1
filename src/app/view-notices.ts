import {
  DPRK,
  DPRK_UNNAMED,
  SUSPECTED,
  UNATTRIBUTED,
  type IncidentFilters,
} from '../domain/filter';
import type { OptionValues } from '../domain/filter-options';
import type { Messages } from '../lib/i18n/messages-en';

/** Values in a link that name nothing in the dataset: kept (the figures show zero) and said. */
export function unknownValueNotices(
  filters: IncidentFilters,
  values: OptionValues,
  t: Messages,
): string[] {
  const notices: string[] = [];
  const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const { attribution, technique } = filters;
  if (
    attribution !== null &&
    attribution !== DPRK &&
    attribution !== UNATTRIBUTED &&
    attribution !== DPRK_UNNAMED &&
    attribution !== SUSPECTED &&
    !values.attributions.includes(attribution)
  ) {
    notices.push(t.app.unknownAttribution({ value: shorten(attribution) }));
  }
  for (const chain of filters.chains) {
    if (!values.chains.includes(chain)) notices.push(t.app.unknownChain({ value: shorten(chain) }));
  }
  if (technique !== null && !values.techniques.some((value) => value === technique)) {
    notices.push(t.app.unknownTechnique({ value: shorten(technique) }));
  }
  return notices;
}
