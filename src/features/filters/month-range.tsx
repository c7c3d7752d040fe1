import { useId, useState } from 'react';
import type { IncidentFilters } from '../../domain/filter';
import type { MonthPreset, PresetName } from '../../domain/month-presets';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { ChangeFilters } from './filter-bar';
import { decideMonth, type MonthBounds, type MonthEnd, type MonthDecision } from './month-decision';
import { readTypedMonth } from './typed-month';

interface MonthRangeProps {
  readonly filters: IncidentFilters;
  readonly presets: readonly MonthPreset[];
  /** The first and last month of the data; a typed month outside them is not applied. */
  readonly bounds: MonthBounds | null;
  readonly onChange: ChangeFilters;
}

/** What is typed in one field while it has the focus, and the applied month it was typed over. */
interface Draft {
  readonly end: MonthEnd;
  readonly text: string;
  readonly over: string | null;
}

/**
 * "From month" and "To month" (inclusive, UTC) and the presets. A month is applied as soon as it
 * is complete and inside the data (typing replaces the history entry); a half-typed value never
 * is. Enter or leaving the field applies a cleared field, reads `2025-1` as January, and says what
 * was not applied. A reversed range of two complete months is swapped, with a message.
 */
export function MonthRange({ filters, presets, bounds, onChange }: MonthRangeProps) {
  const { t, f } = useI18n();
  const [message, setMessage] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const messageId = useId();
  const hintId = useId();

  const apply = (decision: MonthDecision, raw: string) => {
    switch (decision.kind) {
      case 'wait':
        return;
      case 'unreadable':
        setMessage(t.filters.notAMonth({ raw: raw.trim().slice(0, 20) }));
        return;
      case 'outside':
        setMessage(
          t.filters.outsideData({
            month: f.formatMonthLong(decision.month),
            first: f.formatMonthLong(decision.bounds.first),
            last: f.formatMonthLong(decision.bounds.last),
          }),
        );
        return;
      case 'apply': {
        const { from, to, swapped } = decision;
        setMessage(
          swapped && from !== null && to !== null
            ? t.filters.swapped({ from: f.formatMonthLong(from), to: f.formatMonthLong(to) })
            : '',
        );
        onChange((current) => ({ ...current, from, to }), 'replace');
      }
    }
  };

  const type = (end: MonthEnd, text: string) => {
    const decision = decideMonth(end, readTypedMonth(text, false), filters, bounds, false);
    const applied = decision.kind === 'apply' ? decision[end] : filters[end];
    setDraft({ end, text, over: applied });
    if (decision.kind === 'wait') setMessage('');
    else apply(decision, text);
  };

  const commit = (end: MonthEnd, text: string) => {
    apply(decideMonth(end, readTypedMonth(text, true), filters, bounds, true), text);
  };

  const field = (end: MonthEnd, label: string) => {
    const applied = filters[end];
    const shown = draft?.end === end && draft.over === applied ? draft.text : (applied ?? '');
    return (
      <label>
        {label}
        <input
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          size={10}
          value={shown}
          placeholder={t.filters.monthPlaceholder}
          aria-describedby={`${hintId} ${messageId}`}
          onChange={(event) => type(end, event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit(end, event.currentTarget.value);
          }}
          onBlur={(event) => {
            commit(end, event.currentTarget.value);
            setDraft(null);
          }}
        />
      </label>
    );
  };

  const isActive = (preset: MonthPreset) =>
    preset.from === filters.from && preset.to === filters.to;

  return (
    <fieldset className="filter-group month-range">
      <legend>{t.filters.months}</legend>
      <div className="month-inputs">
        {field('from', t.filters.fromMonth)}
        {field('to', t.filters.toMonth)}
      </div>
      <p id={hintId} className="field-hint">
        {t.filters.monthHint}
      </p>
      <p id={messageId} className="field-message" role="status">
        {message}
      </p>
      <div className="presets" role="group" aria-label={t.filters.presets}>
        {presets.map((preset) => (
          <button
            key={preset.name.kind === 'year' ? preset.name.year : preset.name.kind}
            type="button"
            aria-pressed={isActive(preset)}
            onClick={() => {
              setMessage('');
              setDraft(null);
              onChange((current) => ({ ...current, from: preset.from, to: preset.to }));
            }}
          >
            {presetLabel(preset.name, t)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/** A preset in the reader's words (a year is its number). */
function presetLabel(name: PresetName, t: Messages): string {
  switch (name.kind) {
    case 'all-time':
      return t.filters.allTime;
    case 'last-12-months':
      return t.filters.last12;
    case 'year-to-date':
      return t.filters.yearToDate;
    case 'year':
      return name.year;
  }
}
