import { IncidentsError } from '../data/incidents-error';
import type { Formatters } from '../lib/format';
import type { Messages } from '../lib/i18n/messages-en';

/**
 * A loading error in the reader's language. The data layer's English message is the fallback
 * (for errors it did not describe, and for the parts zod words, such as a shape issue).
 */
export function errorMessage(error: Error, t: Messages, f: Formatters): string {
  if (f.locale === 'en' || !(error instanceof IncidentsError)) return error.message;
  const { url, timeoutMs, issue } = error.details;
  const e = t.errors;
  switch (error.kind) {
    case 'http':
      return url !== undefined && error.status !== null
        ? e.http({ url, status: error.status })
        : error.message;
    case 'timeout': {
      if (url === undefined || timeoutMs === undefined) return error.message;
      const seconds = Math.round(timeoutMs / 100) / 10;
      const duration =
        timeoutMs < 1000
          ? `${f.formatCount(timeoutMs)} ms`
          : e.seconds({
              n: String(seconds).replace('.', f.locale === 'fr' ? ',' : '.'),
              count: seconds,
            });
      return e.timeout({ url, duration });
    }
    case 'network':
      return url === undefined ? error.message : e.network({ url });
    case 'empty':
      return url === undefined ? error.message : e.empty({ url });
    case 'html':
      return url === undefined ? error.message : e.html({ url });
    case 'invalid-json':
      return url === undefined ? error.message : e.invalidJson({ url });
    case 'shape':
      return issue === undefined ? error.message : e.shape({ issue });
  }
}
