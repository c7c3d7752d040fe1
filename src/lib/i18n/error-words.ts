// A failure to load the incidents, worded: the one place its sentences are written (the messages
// of each language). The data layer words its errors in English with it (Error.message, for logs
// and as a fallback); the page words them in the reader's language.
import type { IncidentsErrorDetails, IncidentsErrorKind } from '../../data/incidents-error';
import { formattersFor, type Formatters } from '../format';
import { en, type Messages } from './messages-en';

/** The error in `t`'s language; null when the details it needs are missing. */
export function describeIncidentsError(
  kind: IncidentsErrorKind,
  status: number | null,
  { url, timeoutMs, issue }: IncidentsErrorDetails,
  t: Messages = en,
  f: Formatters = formattersFor('en'),
): string | null {
  const e = t.errors;
  switch (kind) {
    case 'http':
      return url !== undefined && status !== null ? e.http({ url, status }) : null;
    case 'timeout': {
      if (url === undefined || timeoutMs === undefined) return null;
      const seconds = Math.round(timeoutMs / 100) / 10;
      const duration =
        timeoutMs < 1000
          ? e.milliseconds({ n: f.formatCount(timeoutMs) })
          : e.seconds({
              n: String(seconds).replace('.', f.locale === 'fr' ? ',' : '.'),
              count: seconds,
            });
      return e.timeout({ url, duration });
    }
    case 'network':
      return url === undefined ? null : e.network({ url });
    case 'empty':
      return url === undefined ? null : e.empty({ url });
    case 'html':
      return url === undefined ? null : e.html({ url });
    case 'invalid-json':
      return url === undefined ? null : e.invalidJson({ url });
    case 'shape':
      return issue === undefined ? null : e.shape({ issue });
  }
}
