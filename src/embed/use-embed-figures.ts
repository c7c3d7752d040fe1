import { useMemo } from 'react';
import type { IncidentsResult } from '../data/parse-incidents';
import { cumulativeFromMonthly } from '../domain/cumulative';
import { summarizeView } from '../domain/engine/summarize-view';
import type { IncidentFilters } from '../domain/filter';
import {
  collectOptionValues,
  unknownValues,
  withoutUnknownValues,
  type UnknownValues,
} from '../domain/filter-options';
import { earlierMonth } from '../domain/months';
import type { ViewState } from '../domain/view-state';
import type { EmbedFigures } from './embed-figure';

export interface EmbedData {
  readonly figures: EmbedFigures;
  /** The filters the figures were computed for (a value no incident has is left out). */
  readonly filters: IncidentFilters;
  /** The values of the link that no incident has, for a notice. */
  readonly unknown: UnknownValues;
}

/** The one chart's figures for the link's view, from the same engine as the dashboard's. */
export function useEmbedFigures(
  data: IncidentsResult | undefined,
  view: ViewState,
): EmbedData | null {
  return useMemo(() => {
    if (data === undefined) return null;
    const values = collectOptionValues(data.incidents);
    const filters = withoutUnknownValues(view.filters, values);
    const { summary } = summarizeView(data.incidents, filters);
    const lastMonth = data.meta.lastDate ? data.meta.lastDate.slice(0, 7) : null;
    const cumulative = cumulativeFromMonthly(
      summary.monthly,
      earlierMonth(filters.to, lastMonth),
      filters.from,
    );
    return {
      figures: { summary, cumulative, mode: view.mode, years: view.years },
      filters,
      unknown: unknownValues(view.filters, values),
    };
  }, [data, view]);
}
