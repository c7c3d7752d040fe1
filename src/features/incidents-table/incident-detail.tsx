import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Incident } from '../../domain/incident';
import { formatDay, formatUsd } from '../../lib/format';
import {
  formatAttribution,
  formatCategory,
  formatChains,
  formatReturned,
  formatTechnique,
} from './format-incident';
import { SourceLink } from './source-link';
import './incident-detail.css';

interface IncidentDetailProps {
  readonly incident: Incident;
  readonly onClose: () => void;
}

/**
 * Every field of one incident, in a non-modal dialog under the table: the rest of the page stays
 * usable. Focus moves to its heading when it opens; Escape or Close closes it.
 */
export function IncidentDetail({ incident, onClose }: IncidentDetailProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [incident.id]);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  }

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      className="incident-detail"
      onKeyDown={handleKeyDown}
    >
      <div className="incident-detail-head">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>
          {incident.name}
        </h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="incident-detail-fields">
        <Field label="Date">{formatDay(incident.date)}</Field>
        <Field label="Amount (USD)">{formatUsd(incident.amountUsd)}</Field>
        <Field label="Category">{formatCategory(incident.category)}</Field>
        <Field label="Technique">{formatTechnique(incident)}</Field>
        <Field label="Chains">{formatChains(incident)}</Field>
        <Field label="Attribution">{formatAttribution(incident)}</Field>
        <Field label="Returned">{formatReturned(incident)}</Field>
        <Field label="ID">
          <code>{incident.id}</code>
        </Field>
        <Field label="Sources" isWide>
          <ul className="incident-detail-sources">
            {incident.sourceUrls.map((url, index) => (
              <li key={`${index}-${url}`}>
                <SourceLink url={url} label="url" />
              </li>
            ))}
          </ul>
        </Field>
      </dl>
    </section>
  );
}

interface FieldProps {
  readonly label: string;
  /** Spans the whole row of the grid (long values such as URLs). */
  readonly isWide?: boolean;
  readonly children: ReactNode;
}

function Field({ label, isWide = false, children }: FieldProps) {
  return (
    <div className={isWide ? 'incident-detail-field is-wide' : 'incident-detail-field'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
