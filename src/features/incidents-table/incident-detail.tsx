import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Incident } from '../../domain/incident';
import { useI18n } from '../../lib/i18n/i18n';
import { ChainList } from './chain-list';
import { ExcludeAction } from './exclude-action';
import { IncidentDetailName } from './incident-detail-name';
import { formatTechnique, NO_VALUE } from './format-incident';
import { SourceLink } from './source-link';
import './incident-detail.css';

interface IncidentDetailProps {
  readonly incident: Incident;
  readonly onClose: () => void;
  /** Leaves the incident out of every figure; no control without it. */
  readonly onExclude?: (id: string) => void;
  /** No more incidents can be excluded (the link holds as many as it can). */
  readonly isExcludeFull?: boolean;
}

/**
 * Every field of one incident, in a non-modal dialog under the table: the rest of the page stays
 * usable. Focus moves to its heading when it opens; Escape or Close closes it.
 */
export function IncidentDetail({
  incident,
  onClose,
  onExclude,
  isExcludeFull = false,
}: IncidentDetailProps) {
  const { t, f } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const sectionRef = useRef<HTMLElement>(null);

  // Opened from a chart or a row far up the page (on a phone, screens away): bring it into view
  // and put the focus in it, so the reader and a screen reader are where it opened.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    sectionRef.current?.scrollIntoView?.({ block: 'start' });
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
      ref={sectionRef}
      className="incident-detail"
      onKeyDown={handleKeyDown}
    >
      <div className="incident-detail-head">
        <IncidentDetailName name={incident.name} headingId={headingId} headingRef={headingRef} />
        <button type="button" onClick={onClose}>
          {t.table.close}
        </button>
      </div>
      <dl className="incident-detail-fields">
        <Field label={t.table.date}>{f.formatDay(incident.date)}</Field>
        <Field label={t.table.amount}>{f.formatUsd(incident.amountUsd)}</Field>
        <Field label={t.table.category}>{t.labels.categories[incident.category]}</Field>
        <Field label={t.table.technique}>{formatTechnique(incident)}</Field>
        <Field label={t.table.chains}>
          <ChainList incident={incident} />
        </Field>
        <Field label={t.table.attribution}>{incident.attribution ?? t.labels.unattributed}</Field>
        <Field label={t.table.returned}>
          {incident.returnedUsd === null ? NO_VALUE : f.formatUsd(incident.returnedUsd)}
        </Field>
        <Field label={t.table.id}>
          <code>{incident.id}</code>
        </Field>
        <Field label={t.table.sources} isWide>
          <ul className="incident-detail-sources">
            {incident.sourceUrls.map((url, index) => (
              <li key={`${index}-${url}`}>
                <SourceLink url={url} label="url" />
              </li>
            ))}
          </ul>
        </Field>
      </dl>
      {onExclude && (
        <ExcludeAction onExclude={() => onExclude(incident.id)} isFull={isExcludeFull} />
      )}
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
