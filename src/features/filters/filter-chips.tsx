import { describeFilters, removeFilter } from '../../domain/describe-filters';
import { EMPTY_FILTERS, type IncidentFilters } from '../../domain/filter';
import { formatMonthShort, formatUsdCompact } from '../../lib/format';
import type { ChangeFilters } from './filter-bar';

interface FilterChipsProps {
  readonly filters: IncidentFilters;
  readonly onChange: ChangeFilters;
}

/** The active filters as removable chips, and "Clear filters". */
export function FilterChips({ filters, onChange }: FilterChipsProps) {
  const active = describeFilters(filters, { month: formatMonthShort, usd: formatUsdCompact });
  return (
    <div className="chips" role="group" aria-label="Active filters">
      {active.length === 0 ? (
        <span className="chips-empty">No filters: all incidents</span>
      ) : (
        active.map(({ part, label }) => (
          <button
            key={`${part.kind}:${'value' in part ? part.value : ''}`}
            type="button"
            className="chip"
            aria-label={`Remove filter: ${label}`}
            onClick={() => onChange((current) => removeFilter(current, part))}
          >
            {label} <span aria-hidden="true">×</span>
          </button>
        ))
      )}
      <button
        type="button"
        className="clear-filters"
        disabled={active.length === 0}
        onClick={() => onChange(() => EMPTY_FILTERS)}
      >
        Clear filters
      </button>
    </div>
  );
}
