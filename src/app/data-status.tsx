import type { UseQueryResult } from '@tanstack/react-query';
import type { IncidentsResult } from '../data/parse-incidents';
import { useI18n } from '../lib/i18n/i18n';
import { errorMessage } from './error-message';
import { LoadError } from './load-error';
import { MAX_RETRIES } from './query-client';

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

/** The endpoint is still being waited for, while the query retries. */
export function StillWaiting({ query }: { readonly query: IncidentsQuery }) {
  const { t, f } = useI18n();
  return (
    <>
      {query.isPending && query.failureCount > 0 && (
        <p className="notice" role="status">
          {t.app.stillWaiting({ attempt: query.failureCount + 1, total: MAX_RETRIES + 1 })}{' '}
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
