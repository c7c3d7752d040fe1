import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { incidentQueries } from '../../data/incident-queries';
import { IncidentsError } from '../../data/incidents-error';
import { summarizeView } from '../../domain/engine/summarize-view';
import type { IncidentFilters } from '../../domain/filter';
import type { Formatters } from '../../lib/format';
import { describeIncidentsError } from '../../lib/i18n/error-words';
import { useI18n } from '../../lib/i18n/i18n';
import type { Messages } from '../../lib/i18n/messages-en';
import type { PinState } from './pin-state';
import './pinned.css';

interface PinnedNoticeProps {
  readonly pin: PinState;
  /** The filters the figures shown were computed for: the current total is for the same ones. */
  readonly filters: IncidentFilters;
  /** The pinned data has loaded: only then is the current dataset fetched. */
  readonly isLoaded: boolean;
}

/**
 * What a link's `dataset=` did: the view is pinned to an earlier version (with the current
 * dataset's total for the same filters, and a link to the live view), to the current one, or
 * could not be (an unknown version, or no list of versions), and the live data is shown.
 */
export function PinnedNotice({ pin, filters, isLoaded }: PinnedNoticeProps) {
  const { t, f } = useI18n();
  const p = t.pinned;
  switch (pin.kind) {
    case 'live':
    case 'checking':
      return null;
    case 'pinned':
      return <PinnedToEarlier version={pin.version} filters={filters} isLoaded={isLoaded} />;
    case 'current':
      return (
        <p className="pinned-current" role="status">
          {p.current({ version: f.formatDate(pin.version) })}
        </p>
      );
    case 'unknown':
      return (
        <p className="notice" role="status" aria-label={p.label}>
          {p.unknown({
            version: f.formatDate(pin.version),
            values: pin.versions.map((version) => f.formatDate(version)).join(', '),
          })}
        </p>
      );
    case 'unavailable':
      return (
        <p className="notice" role="status" aria-label={p.label}>
          {p.unavailable({ version: f.formatDate(pin.version), reason: reasonOf(pin.error, t, f) })}
        </p>
      );
  }
}

function PinnedToEarlier({
  version,
  filters,
  isLoaded,
}: {
  readonly version: string;
  readonly filters: IncidentFilters;
  readonly isLoaded: boolean;
}) {
  const { t, f } = useI18n();
  // The current dataset waits for the pinned one: the figures the link was made with come first.
  const current = useQuery({ ...incidentQueries.list(), enabled: isLoaded });
  const incidents = current.data?.incidents;
  const total = useMemo(
    () => (incidents ? summarizeView(incidents, filters).summary.totals.totalUsd : null),
    [incidents, filters],
  );
  const day = f.formatDate(version);
  const sentence =
    total !== null
      ? t.pinned.pinned({ version: day, total: f.formatUsdCompact(total) })
      : current.error
        ? t.pinned.noCurrent({ version: day, reason: reasonOf(current.error, t, f) })
        : t.pinned.working({ version: day });
  return (
    <div className="notice pinned-notice" role="status" aria-label={t.pinned.label}>
      <p>{sentence}</p>
      <a href={liveViewUrl(window.location)}>{t.pinned.live}</a>
    </div>
  );
}

/** The same view without its pin: the link with `dataset=` taken out. */
export function liveViewUrl(location: {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}): string {
  const params = new URLSearchParams(location.search);
  params.delete('dataset');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/** A load error in the reader's language (its English message when the data layer gave none). */
function reasonOf(error: Error, t: Messages, f: Formatters): string {
  if (!(error instanceof IncidentsError)) return error.message;
  return describeIncidentsError(error.kind, error.status, error.details, t, f) ?? error.message;
}
