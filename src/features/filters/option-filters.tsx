import type { Category } from '../../domain/incident';
import { CATEGORIES } from '../../domain/incident';
import type { IncidentFilters } from '../../domain/filter';
import type { Formatters } from '../../lib/format';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { ChangeFilters } from './filter-bar';
import type { FilterOption, FilterOptions } from '../../domain/filter-options';

interface OptionFiltersProps {
  readonly filters: IncidentFilters;
  readonly options: FilterOptions;
  readonly onChange: ChangeFilters;
}

const ALL = '';

/** The option in the reader's words, with its count (and, for technique classes, its dollars). */
function optionText(option: FilterOption, t: Messages, f: Formatters): string {
  const { name } = option;
  const count = f.formatCount(option.count);
  switch (name.kind) {
    case 'dprk-group': {
      const excluded = name.excludedSuspected;
      const label =
        excluded > 0
          ? t.labels.dprkOptionExcluding({ n: f.formatCount(excluded), count: excluded })
          : t.labels.dprkOption;
      return t.filters.withCount({ label, count });
    }
    case 'dprk-unnamed':
      return t.filters.withCount({ label: t.labels.dprkUnnamed, count });
    case 'suspected':
      return t.filters.withCount({ label: t.labels.suspected, count });
    case 'unattributed':
      return t.filters.withCount({ label: t.labels.unattributed, count });
    case 'category':
      return t.filters.withCount({ label: t.labels.categories[name.category], count });
    case 'technique-class':
      return t.filters.withCountAndUsd({
        label: t.labels.techniqueClasses[name.techniqueClass],
        count,
        usd: f.formatUsdCompact(option.totalUsd),
      });
    case 'value':
      return t.filters.withCount({ label: option.value, count });
  }
}

/** Attribution, category, chain and technique, each option with its count under the others. */
export function OptionFilters({ filters, options, onChange }: OptionFiltersProps) {
  const { t, f } = useI18n();
  return (
    <>
      <label className="filter-field">
        {t.filters.attribution}
        <select
          value={filters.attribution ?? ALL}
          onChange={(event) =>
            onChange((current) => ({ ...current, attribution: event.target.value || null }))
          }
        >
          <option value={ALL}>{t.filters.all}</option>
          {options.attribution.map((option) => (
            <option key={option.value} value={option.value}>
              {optionText(option, t, f)}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        {t.filters.technique}
        <select
          value={filters.technique ?? ALL}
          onChange={(event) =>
            onChange((current) => ({ ...current, technique: event.target.value || null }))
          }
        >
          <option value={ALL}>{t.filters.allTechniques}</option>
          {options.technique.map((option) => (
            <option key={option.value} value={option.value}>
              {optionText(option, t, f)}
            </option>
          ))}
        </select>
      </label>
      <CheckboxGroup
        legend={t.filters.category}
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
          {filters.chains.length > 0
            ? t.filters.chainSelected({ count: filters.chains.length })
            : t.filters.chain}
        </summary>
        <CheckboxGroup
          legend={t.filters.chain}
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
  const { t, f } = useI18n();
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
          {optionText(option, t, f)}
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
