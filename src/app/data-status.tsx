import type { UseQueryResult } from '@tanstack/react-query';
import type { IncidentsResult } from '../data/parse-incidents';
import { useI18n } from '../lib/i18n/i18n';
import { errorMessage } from './error-message';
import { LoadError } from './load-error';
import { MAX_RETRIES } from './query-client';
import { useStillWaiting } from './use-still-waiting';

type IncidentsQuery = UseQueryResult<IncidentsResult>;

/** The load failed (an alert with Retry), or a refresh failed (the figures shown stay). */
export function LoadProblems({ query }: { readonly query: IncidentsQuery }) {
  const { t, f } = useI18n();
  const retry = () => void query.refetch();
  return (
    <>
      {query.isError && !query.data && (
        <LoadError message={errorMessage(query.error, t, f)} onRetry={retry} />
      )}
      {query.isRefetchError && (
        <div className="notice" role="status">
          <p>{t.app.refreshFailed({ reason: errorMessage(query.error, t, f) })}</p>
          <button type="button" onClick={retry}>
            {t.app.retry}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * The endpoint is still being waited for: while the query retries, and once the first attempt has
 * run for a few seconds (useStillWaiting), so a stalled endpoint is not a bare skeleton.
 */
export function StillWaiting({ query }: { readonly query: IncidentsQuery }) {
  const { t, f } = useI18n();
  const attempt = useStillWaiting({
    isPending: query.isPending,
    failureCount: query.failureCount,
    loadKey: query.dataUpdatedAt + query.errorUpdatedAt,
  });
  return (
    <>
      {attempt !== null && (
        <p className="notice" role="status">
          {t.app.stillWaiting({ attempt, total: MAX_RETRIES + 1 })}{' '}
          {query.failureReason &&
            t.app.lastAttemptFailed({ reason: errorMessage(query.failureReason, t, f) })}
        </p>
      )}
    </>
  );
}

/** The skeleton of the panels while they wait for their figures. */
export function LoadingPanels() {
  const { t } = useI18n();
  return (
    // A status (not a bare div, which may not carry a name) that screen readers announce.
    <div role="status" aria-busy="true" aria-label={t.app.loading} className="loading-panels">
      <div className="skeleton" />
      <div className="skeleton chart-skeleton" />
      <div className="skeleton chart-skeleton" />
    </div>
  );
}
