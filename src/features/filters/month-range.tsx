import { useState } from 'react';
import type { IncidentFilters } from '../../domain/filter';
import type { MonthPreset } from '../../domain/month-presets';
import { compareMonths, isMonthKey } from '../../domain/months';
import { formatMonthLong } from '../../lib/format';
import type { ChangeFilters } from './filter-bar';

interface MonthRangeProps {
  readonly filters: IncidentFilters;
  readonly presets: readonly MonthPreset[];
  readonly onChange: ChangeFilters;
}

/** "From month" and "To month" (inclusive, UTC) and the presets. A reversed range is swapped. */
export function MonthRange({ filters, presets, onChange }: MonthRangeProps) {
  const [message, setMessage] = useState('');

  const setMonth = (key: 'from' | 'to', raw: string) => {
    const value = raw === '' ? null : raw;
    if (value !== null && !isMonthKey(value)) {
      setMessage(`“${raw.slice(0, 20)}” is not a month: use YYYY-MM, e.g. 2025-02.`);
      return;
    }
    let from = key === 'from' ? value : filters.from;
    let to = key === 'to' ? value : filters.to;
    if (from !== null && to !== null && compareMonths(from, to) > 0) {
      [from, to] = [to, from];
      setMessage(
        `From month was after To month, so the range was swapped: ${formatMonthLong(from)} to ${formatMonthLong(to)}.`,
      );
    } else {
      setMessage('');
    }
    onChange((current) => ({ ...current, from, to }), 'replace');
  };

  const isActive = (preset: MonthPreset) =>
    preset.from === filters.from && preset.to === filters.to;

  return (
    <fieldset className="filter-group month-range">
      <legend>Months (UTC, inclusive)</legend>
      <div className="month-inputs">
        <label>
          From month
          <input
            type="month"
            value={filters.from ?? ''}
            pattern="\d{4}-\d{2}"
            placeholder="YYYY-MM"
            onChange={(event) => setMonth('from', event.target.value)}
          />
        </label>
        <label>
          To month
          <input
            type="month"
            value={filters.to ?? ''}
            pattern="\d{4}-\d{2}"
            placeholder="YYYY-MM"
            onChange={(event) => setMonth('to', event.target.value)}
          />
        </label>
      </div>
      <p className="field-message" role="status">
        {message}
      </p>
      <div className="presets" role="group" aria-label="Month presets">
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
            {preset.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
