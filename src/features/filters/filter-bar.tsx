import { memo, useId, useState } from 'react';
import { describeFilters } from '../../domain/describe-filters';
import type { IncidentFilters } from '../../domain/filter';
import type { MonthPreset } from '../../domain/month-presets';
import { FilterChips } from './filter-chips';
import type { FilterOptions } from '../../domain/filter-options';
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
  /** Incident names by id, for the chips of excluded incidents. */
  readonly names?: ReadonlyMap<string, string>;
}

export const FilterBar = memo(function FilterBar({
  filters,
  options,
  presets,
  bounds,
  onChange,
  names,
}: FilterBarProps) {
  const { t, f } = useI18n();
  const headingId = useId();
  const gridId = useId();
  // On a phone the controls fold behind one button, so the totals are on the first screen.
  const [isOpen, setOpen] = useState(false);
  const activeCount = describeFilters(filters).length;
  return (
    <section className="panel filters" aria-labelledby={headingId}>
      <div className="filters-heading">
        <h2 id={headingId}>{t.filters.title}</h2>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={isOpen}
          aria-controls={gridId}
          onClick={() => setOpen((open) => !open)}
        >
          {t.filters.toggle({ n: f.formatCount(activeCount), count: activeCount })}
        </button>
      </div>
      <FilterChips filters={filters} onChange={onChange} names={names} />
      <div className="filter-grid" id={gridId} data-folded={!isOpen}>
        <MonthRange filters={filters} presets={presets} bounds={bounds} onChange={onChange} />
        <div className="filter-fields">
          <TextFilters filters={filters} onChange={onChange} />
          <OptionFilters filters={filters} options={options} onChange={onChange} />
        </div>
      </div>
    </section>
  );
});
