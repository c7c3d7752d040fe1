import { useState } from 'react';
import type { IncidentFilters } from '../../domain/filter';
import type { MonthPreset } from '../../domain/month-presets';
import { compareMonths, isMonthKey } from '../../domain/months';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { ChangeFilters } from './filter-bar';

interface MonthRangeProps {
  readonly filters: IncidentFilters;
  readonly presets: readonly MonthPreset[];
  readonly onChange: ChangeFilters;
}

/** "From month" and "To month" (inclusive, UTC) and the presets. A reversed range is swapped. */
export function MonthRange({ filters, presets, onChange }: MonthRangeProps) {
  const { t, f } = useI18n();
  const [message, setMessage] = useState('');

  const setMonth = (key: 'from' | 'to', raw: string) => {
    const value = raw === '' ? null : raw;
    if (value !== null && !isMonthKey(value)) {
      setMessage(t.filters.notAMonth({ raw: raw.slice(0, 20) }));
      return;
    }
    let from = key === 'from' ? value : filters.from;
    let to = key === 'to' ? value : filters.to;
    if (from !== null && to !== null && compareMonths(from, to) > 0) {
      [from, to] = [to, from];
      setMessage(t.filters.swapped({ from: f.formatMonthLong(from), to: f.formatMonthLong(to) }));
    } else {
      setMessage('');
    }
    onChange((current) => ({ ...current, from, to }), 'replace');
  };

  const isActive = (preset: MonthPreset) =>
    preset.from === filters.from && preset.to === filters.to;

  return (
    <fieldset className="filter-group month-range">
      <legend>{t.filters.months}</legend>
      <div className="month-inputs">
        <label>
          {t.filters.fromMonth}
          <input
            type="month"
            value={filters.from ?? ''}
            pattern="\d{4}-\d{2}"
            placeholder={t.filters.monthPlaceholder}
            onChange={(event) => setMonth('from', event.target.value)}
          />
        </label>
        <label>
          {t.filters.toMonth}
          <input
            type="month"
            value={filters.to ?? ''}
            pattern="\d{4}-\d{2}"
            placeholder={t.filters.monthPlaceholder}
            onChange={(event) => setMonth('to', event.target.value)}
          />
        </label>
      </div>
      <p className="field-message" role="status">
        {message}
      </p>
      <div className="presets" role="group" aria-label={t.filters.presets}>
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            aria-pressed={isActive(preset)}
            onClick={() => {
              setMessage('');
              onChange((current) => ({ ...current, from: preset.from, to: preset.to }));
            }}
          >
            {presetLabel(preset.label, t)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** The domain names its presets in English (and years as numbers): worded here. */
function presetLabel(label: string, t: Messages): string {
  if (label === 'All time') return t.filters.allTime;
  if (label === 'Last 12 months') return t.filters.last12;
  if (label === 'Year to date') return t.filters.yearToDate;
  return label;
}
