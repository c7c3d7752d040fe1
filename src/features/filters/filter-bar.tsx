import { memo, useId } from 'react';
import type { IncidentFilters } from '../../domain/filter';
import type { MonthPreset } from '../../domain/month-presets';
import { FilterChips } from './filter-chips';
import type { FilterOptions } from './filter-options';
import type { MonthBounds } from './month-decision';
import { MonthRange } from './month-range';
import { OptionFilters } from './option-filters';
import { TextFilters } from './text-filters';
import { useI18n } from '../../lib/i18n/i18n';
import './filters.css';

/** A change to the filters; `replace` for typing, `push` (default) for choices. */
export type ChangeFilters = (
  change: (filters: IncidentFilters) => IncidentFilters,
  history?: 'push' | 'replace',
) => void;

interface FilterBarProps {
  readonly filters: IncidentFilters;
  readonly options: FilterOptions;
  readonly presets: readonly MonthPreset[];
  /** The first and last month of the data, once it has loaded. */
  readonly bounds: MonthBounds | null;
  readonly onChange: ChangeFilters;
}

export const FilterBar = memo(function FilterBar({
  filters,
  options,
  presets,
  bounds,
  onChange,
}: FilterBarProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="panel filters" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.filters.title}</h2>
      <FilterChips filters={filters} onChange={onChange} />
      <div className="filter-grid">
        <MonthRange filters={filters} presets={presets} bounds={bounds} onChange={onChange} />
        <div className="filter-fields">
          <TextFilters filters={filters} onChange={onChange} />
          <OptionFilters filters={filters} options={options} onChange={onChange} />
        </div>
      </div>
    </section>
  );
});
