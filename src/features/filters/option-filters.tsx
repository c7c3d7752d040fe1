import type { Category } from '../../domain/incident';
import { CATEGORIES } from '../../domain/incident';
import type { IncidentFilters } from '../../domain/filter';
import { formatCount } from '../../lib/format';
import type { ChangeFilters } from './filter-bar';
import type { FilterOption, FilterOptions } from './filter-options';

interface OptionFiltersProps {
  readonly filters: IncidentFilters;
  readonly options: FilterOptions;
  readonly onChange: ChangeFilters;
}

const ALL = '';

function withCount(option: FilterOption): string {
  return `${option.label} (${formatCount(option.count)})`;
}

/** Attribution, category, chain and technique, each option with its count under the others. */
export function OptionFilters({ filters, options, onChange }: OptionFiltersProps) {
  return (
    <>
      <label className="filter-field">
        Attribution
        <select
          value={filters.attribution ?? ALL}
          onChange={(event) =>
            onChange((current) => ({ ...current, attribution: event.target.value || null }))
          }
        >
          <option value={ALL}>All</option>
          {options.attribution.map((option) => (
            <option key={option.value} value={option.value}>
              {withCount(option)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        Technique
        <select
          value={filters.technique ?? ALL}
          onChange={(event) =>
            onChange((current) => ({ ...current, technique: event.target.value || null }))
          }
        >
          <option value={ALL}>All techniques</option>
          {options.technique.map((option) => (
            <option key={option.value} value={option.value}>
              {withCount(option)}
            </option>
          ))}
        </select>
      </label>
      <CheckboxGroup
        legend="Category"
        options={options.category}
        selected={filters.categories}
        onToggle={(value, checked) =>
          onChange((current) => ({
            ...current,
            categories: toggle(current.categories, value, checked).filter(isCategory),
          }))
        }
      />
      <details className="filter-group chain-filter">
        <summary>
          Chain{filters.chains.length > 0 ? ` (${filters.chains.length} selected)` : ''}
        </summary>
        <CheckboxGroup
          legend="Chain"
          options={options.chain}
          selected={filters.chains}
          onToggle={(value, checked) =>
            onChange((current) => ({ ...current, chains: toggle(current.chains, value, checked) }))
          }
        />
      </details>
    </>
  );
}

interface CheckboxGroupProps {
  readonly legend: string;
  readonly options: readonly FilterOption[];
  readonly selected: readonly string[];
  readonly onToggle: (value: string, checked: boolean) => void;
}

function CheckboxGroup({ legend, options, selected, onToggle }: CheckboxGroupProps) {
  return (
    <fieldset className="filter-group checkbox-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(event) => onToggle(option.value, event.target.checked)}
          />
          {withCount(option)}
        </label>
      ))}
    </fieldset>
  );
}

function toggle(values: readonly string[], value: string, checked: boolean): string[] {
  const rest = values.filter((item) => item !== value);
  return checked ? [...rest, value] : rest;
}

function isCategory(value: string): value is Category {
  return CATEGORIES.some((category) => category === value);
}
