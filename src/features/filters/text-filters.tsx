import { useState } from 'react';
import type { IncidentFilters } from '../../domain/filter';
import { useI18n } from '../../lib/i18n/i18n';
import type { ChangeFilters } from './filter-bar';

interface TextFiltersProps {
  readonly filters: IncidentFilters;
  readonly onChange: ChangeFilters;
}

/** Typed filters replace the history entry instead of pushing one per key stroke. */
export function TextFilters({ filters, onChange }: TextFiltersProps) {
  const { t } = useI18n();
  const [minText, setMinText] = useState(filters.minAmount?.toString() ?? '');
  const [minMessage, setMinMessage] = useState('');

  // Follow the URL when it changes from elsewhere (a chip, Clear filters, back and forward).
  const [urlMin, setUrlMin] = useState(filters.minAmount);
  if (urlMin !== filters.minAmount) {
    setUrlMin(filters.minAmount);
    if (minText.trim() === '' || Number(minText) !== filters.minAmount) {
      setMinText(filters.minAmount?.toString() ?? '');
      setMinMessage('');
    }
  }

  const changeMin = (text: string) => {
    setMinText(text);
    const trimmed = text.trim();
    if (trimmed === '') {
      setMinMessage('');
      onChange((current) => ({ ...current, minAmount: null }), 'replace');
      return;
    }
    const amount = Number(trimmed);
    if (!Number.isFinite(amount) || amount < 0) {
      setMinMessage(t.filters.minInvalid);
      return;
    }
    setMinMessage('');
    onChange((current) => ({ ...current, minAmount: amount }), 'replace');
  };

  return (
    <>
      <label className="filter-field search-field">
        {t.filters.search}
        <input
          type="search"
          value={filters.search}
          placeholder={t.filters.searchPlaceholder}
          onChange={(event) =>
            onChange((current) => ({ ...current, search: event.target.value }), 'replace')
          }
        />
      </label>
      <label className="filter-field">
        {t.filters.minAmount}
        <input
          type="number"
          inputMode="numeric"
          min={0}
          step="any"
          value={minText}
          placeholder={t.filters.minPlaceholder}
          aria-describedby="min-amount-message"
          onChange={(event) => changeMin(event.target.value)}
        />
        <span id="min-amount-message" className="field-message" role="status">
          {minMessage}
        </span>
      </label>
    </>
  );
}
