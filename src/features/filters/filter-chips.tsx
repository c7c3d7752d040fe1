import { describeFilters, removeFilter } from '../../domain/describe-filters';
import { BidiText } from '../../components/ui/bidi-text';
import { withoutIsolates } from '../../lib/bidi';
import { EMPTY_FILTERS, type IncidentFilters } from '../../domain/filter';
import { chipLabel } from '../../lib/i18n/filter-labels';
import { useI18n } from '../../lib/i18n/i18n';
import type { ChangeFilters } from './filter-bar';

interface FilterChipsProps {
  readonly filters: IncidentFilters;
  readonly onChange: ChangeFilters;
  /** Incident names by id, for the chips of excluded incidents. */
  readonly names?: ReadonlyMap<string, string>;
}

/** The active filters as removable chips, and "Clear filters". */
export function FilterChips({ filters, onChange, names }: FilterChipsProps) {
  const { t, f } = useI18n();
  const active = describeFilters(filters, names).map((filter) => {
    const label = chipLabel(filter, t, f);
    // The whole value, for the chip's title and accessible name: the chip may cut it.
    return { part: filter.part, label, full: withoutIsolates(chipLabel(filter, t, f, Infinity)) };
  });
  return (
    <div className="chips" role="group" aria-label={t.filters.activeLabel}>
      {active.length === 0 ? (
        <span className="chips-empty">{t.filters.none}</span>
      ) : (
        active.map(({ part, label, full }) => (
          <button
            key={`${part.kind}:${'value' in part ? part.value : ''}`}
            type="button"
            className="chip"
            // The chip may cut a long value; its title and accessible name hold all of it.
            title={full}
            aria-label={withoutIsolates(t.filters.remove({ label: full }))}
            onClick={() => onChange((current) => removeFilter(current, part))}
          >
            <BidiText text={label} /> <span aria-hidden="true">×</span>
          </button>
        ))
      )}
      <button
        type="button"
        className="clear-filters"
        disabled={active.length === 0}
        onClick={() => onChange(() => EMPTY_FILTERS)}
      >
        {t.filters.clear}
      </button>
    </div>
  );
}
