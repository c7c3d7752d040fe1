import { IncidentsError } from '../data/incidents-error';
import type { Formatters } from '../lib/format';
import { describeIncidentsError } from '../lib/i18n/error-words';
import type { Messages } from '../lib/i18n/messages-en';

/**
 * A loading error in the reader's language, from the messages (lib/i18n/error-words). The error's
 * own message (English) is the fallback for errors the data layer did not describe.
 */
export function errorMessage(error: Error, t: Messages, f: Formatters): string {
  if (!(error instanceof IncidentsError)) return error.message;
  return describeIncidentsError(error.kind, error.status, error.details, t, f) ?? error.message;
}
